package org.constable.investigation.application;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.constable.crime.CrimesUnderInvestigation;
import org.constable.dispatch.Incidents;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.persistence.InvestigationStore;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Opens an investigation for an actor (ADR 0081). An investigation inherits the restriction of the
 * crimes it investigates and of the incident it was opened from: when any of its crimes has a
 * restricted party or place, or its incident a restricted place, that the actor may not open (read
 * live through the crime and dispatch modules), the investigation itself is restricted for them, and
 * only a need-to-know grant on the investigation opens it. A missing investigation and a restricted
 * one answer alike (RecordNotFound), as people's records do.
 */
@Component
class InvestigationAccess {

    private final InvestigationStore store;
    private final CrimesUnderInvestigation crimes;
    private final AccessPolicy policy;
    private final Incidents incidents;

    InvestigationAccess(
            InvestigationStore store, CrimesUnderInvestigation crimes, AccessPolicy policy, Incidents incidents) {
        this.store = store;
        this.crimes = crimes;
        this.policy = policy;
        this.incidents = incidents;
    }

    /** The investigation, if the actor holds the permission and may open it. */
    InvestigationRow open(Actor actor, Permission permission, long id, boolean lock) {
        policy.require(actor, permission);
        @Nullable InvestigationRow row = (lock ? store.lock(id) : store.find(id)).orElse(null);
        Boolean restricted = row == null ? null : restrictedFor(actor, id);
        policy.requireFound(actor, permission, RecordRef.of(RecordType.INVESTIGATION, id), restricted);
        if (row == null) {
            throw new RecordNotFound(RecordRef.of(RecordType.INVESTIGATION, id));
        }
        return row;
    }

    /**
     * True when a crime of the investigation, or the incident it was opened from, is withheld from the
     * actor (before any need-to-know on the investigation).
     */
    boolean restrictedFor(Actor actor, long investigationId) {
        List<Long> ids = store.crimes(investigationId).stream()
                .map(InvestigationStore.CrimeLink::crimeId)
                .toList();
        return !crimes.withheldFrom(actor, ids).isEmpty()
                || !closedByIncident(actor, List.of(investigationId)).isEmpty();
    }

    /** Of these investigations, those the actor may not open (their crimes withheld, no need-to-know). */
    Set<Long> closedTo(Actor actor, Collection<Long> investigationIds) {
        if (investigationIds.isEmpty()) {
            return Set.of();
        }
        List<long[]> pairs = store.crimeIdsOf(investigationIds);
        Set<Long> withheld =
                crimes.withheldFrom(actor, pairs.stream().map(p -> p[1]).toList());
        Set<Long> byIncident = closedByIncident(actor, investigationIds);
        return java.util.stream.Stream.concat(
                        pairs.stream().filter(p -> withheld.contains(p[1])).map(p -> p[0]), byIncident.stream())
                .distinct()
                .filter(inv -> !policy.mayOpen(
                        actor, Permission.INVESTIGATION_READ, RecordRef.of(RecordType.INVESTIGATION, inv), true))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Of these investigations, those opened from an incident whose restricted place the actor may not open. */
    private Set<Long> closedByIncident(Actor actor, Collection<Long> investigationIds) {
        List<long[]> pairs = store.incidentIdsOf(investigationIds);
        if (pairs.isEmpty()) {
            return Set.of();
        }
        Set<Long> withheld =
                incidents.withheldFrom(actor, pairs.stream().map(p -> p[1]).toList());
        return pairs.stream()
                .filter(p -> withheld.contains(p[1]))
                .map(p -> p[0])
                .collect(java.util.stream.Collectors.toSet());
    }
}
