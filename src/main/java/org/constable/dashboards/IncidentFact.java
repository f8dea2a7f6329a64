package org.constable.dashboards;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A closed incident as dashboards keep it: what it was, when, where on the map and in which beat. Nothing personal. */
public record IncidentFact(
        long incidentId,
        String classification,
        boolean crimeIndicative,
        Instant reportedAt,
        Instant closedAt,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String beat) {}
