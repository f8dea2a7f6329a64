package org.constable.crime.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the counting rules look at in a crime about to be recorded (or an existing one, with its id and reference). */
public record CrimeDraft(
        @Nullable Long id,
        @Nullable String reference,
        Classification classification,
        Instant occurredFrom,
        Instant occurredTo,
        Instant reportedAt,
        List<Long> victims,
        Set<Long> incidentIds,
        boolean cancelled) {

    public CrimeDraft {
        victims = List.copyOf(victims);
        incidentIds = Set.copyOf(incidentIds);
    }

    /**
     * Two crimes belong to the same incident when they share a police incident, or when their
     * offence windows overlap (the same occasion, even if it was reported twice).
     */
    public boolean sameIncidentAs(CrimeDraft other) {
        boolean sharedIncident = incidentIds.stream().anyMatch(other.incidentIds::contains);
        boolean overlapping = !occurredFrom.isAfter(other.occurredTo) && !other.occurredFrom.isAfter(occurredTo);
        return sharedIncident || overlapping;
    }

    public boolean sharesVictimWith(CrimeDraft other) {
        return victims.stream().anyMatch(other.victims::contains);
    }
}
