package org.constable.investigation.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.crime.CrimesUnderInvestigation;
import org.constable.custody.CustodyRecordsOnFile;
import org.constable.dispatch.Incidents;
import org.constable.identity.Actor;
import org.constable.investigation.domain.ReferralSource;
import org.constable.investigation.persistence.InvestigationStore;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/**
 * The records a safeguarding referral is made from, read live through their owners' facades: whether
 * one exists, and whether it is restricted for an actor (ADR 0088). A referral inherits its source's
 * restriction: from a crime with a restricted party or place the actor may not open, from an
 * investigation of such a crime, or from an incident at a restricted address the actor may not open. Custody records carry
 * no restriction of their own yet.
 */
@Component
class ReferralSources {

    /** A source named by kind and id. */
    record Source(ReferralSource type, long id) {}

    private final CrimesUnderInvestigation crimes;
    private final Incidents incidents;
    private final InvestigationStore investigations;
    private final InvestigationAccess investigationAccess;
    private final CustodyRecordsOnFile custody;

    ReferralSources(
            CrimesUnderInvestigation crimes,
            Incidents incidents,
            InvestigationStore investigations,
            InvestigationAccess investigationAccess,
            CustodyRecordsOnFile custody) {
        this.crimes = crimes;
        this.incidents = incidents;
        this.investigations = investigations;
        this.investigationAccess = investigationAccess;
        this.custody = custody;
    }

    static RecordRef ref(ReferralSource type, long id) {
        return RecordRef.of(
                switch (type) {
                    case INCIDENT -> RecordType.INCIDENT;
                    case CRIME -> RecordType.CRIME;
                    case INVESTIGATION -> RecordType.INVESTIGATION;
                    case DETENTION -> RecordType.DETENTION;
                },
                id);
    }

    boolean exists(ReferralSource type, long id) {
        return switch (type) {
            case INCIDENT -> !incidents.existing(List.of(id)).isEmpty();
            case CRIME -> crimes.found(List.of(id)).containsKey(id);
            case INVESTIGATION -> investigations.find(id).isPresent();
            case DETENTION -> custody.exists(id);
        };
    }

    /** Of these sources, those restricted for the actor: read live, never from a copy. */
    Set<Source> restrictedFor(Actor actor, Collection<Source> sources) {
        Map<ReferralSource, List<Long>> byType = sources.stream()
                .collect(Collectors.groupingBy(Source::type, Collectors.mapping(Source::id, Collectors.toList())));
        Set<Source> out = new HashSet<>();
        List<Long> crimeIds = byType.getOrDefault(ReferralSource.CRIME, List.of());
        crimes.withheldFrom(actor, crimeIds).forEach(id -> out.add(new Source(ReferralSource.CRIME, id)));
        for (Long inv : byType.getOrDefault(ReferralSource.INVESTIGATION, List.of())) {
            if (investigationAccess.restrictedFor(actor, inv)) {
                out.add(new Source(ReferralSource.INVESTIGATION, inv));
            }
        }
        List<Long> incidentIds = byType.getOrDefault(ReferralSource.INCIDENT, List.of());
        if (!incidentIds.isEmpty()) {
            incidents
                    .withheldFrom(actor, new ArrayList<>(new HashSet<>(incidentIds)))
                    .forEach(id -> out.add(new Source(ReferralSource.INCIDENT, id)));
        }
        return out;
    }

    boolean restrictedFor(Actor actor, ReferralSource type, long id) {
        return !restrictedFor(actor, List.of(new Source(type, id))).isEmpty();
    }
}
