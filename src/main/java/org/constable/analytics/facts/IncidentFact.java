package org.constable.analytics.facts;

import java.time.Instant;

/** A closed incident as analytics keeps it: what it was, when, where on the map and in which beat. Nothing personal. */
public record IncidentFact(
        long incidentId,
        String classification,
        boolean crimeIndicative,
        Instant reportedAt,
        Instant closedAt,
        Double latitude,
        Double longitude,
        String beat) {}
