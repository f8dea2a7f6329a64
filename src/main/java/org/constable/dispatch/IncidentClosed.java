package org.constable.dispatch;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An incident was closed; when {@code crimeIndicative}, crime recording must follow within 24 hours of {@code reportedAt}. */
public record IncidentClosed(
        long incidentId,
        String reference,
        String classification,
        boolean crimeIndicative,
        Instant reportedAt,
        Instant closedAt,
        String locationText,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable Long locationId,
        String closedBy) {}
