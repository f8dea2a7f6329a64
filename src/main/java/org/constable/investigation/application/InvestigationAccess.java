package org.constable.investigation.application;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.constable.crime.CrimesUnderInvestigation;
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
 * crimes it investigates: when any of its crimes has a restricted party or place the actor may not
 * open (read live through the crime module), the investigation itself is restricted for them, and
 * only a need-to-know grant on the investigation opens it. A missing investigation and a restricted
 * one answer alike (RecordNotFound), as people's records do.
 */
@Component
class InvestigationAccess {

    private final InvestigationStore store;
    private final CrimesUnderInvestigation crimes;
    private final AccessPolicy policy;

    InvestigationAccess(InvestigationStore store, CrimesUnderInvestigation crimes, AccessPolicy policy) {
        this.store = store;
        this.crimes = crimes;
        this.policy = policy;
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

    /** True when a crime of the investigation is withheld from the actor (before any need-to-know on it). */
    boolean restrictedFor(Actor actor, long investigationId) {
        List<Long> ids = store.crimes(investigationId).stream()
                .map(InvestigationStore.CrimeLink::crimeId)
                .toList();
        return !crimes.withheldFrom(actor, ids).isEmpty();
    }

    /** Of these investigations, those the actor may not open (their crimes withheld, no need-to-know). */
    Set<Long> closedTo(Actor actor, Collection<Long> investigationIds) {
        if (investigationIds.isEmpty()) {
            return Set.of();
        }
        List<long[]> pairs = store.crimeIdsOf(investigationIds);
        Set<Long> withheld =
                crimes.withheldFrom(actor, pairs.stream().map(p -> p[1]).toList());
        return pairs.stream()
                .filter(p -> withheld.contains(p[1]))
                .map(p -> p[0])
                .distinct()
                .filter(inv -> !policy.mayOpen(
                        actor, Permission.INVESTIGATION_READ, RecordRef.of(RecordType.INVESTIGATION, inv), true))
                .collect(java.util.stream.Collectors.toSet());
    }
}
