package org.constable.crime;

import java.time.Instant;

/** One recorded crime as statistics see it: no personal fields at all. {@code status} is RECORDED or CANCELLED; {@code outcomeType} the latest Home Office outcome, or null. */
public record CrimeFact(
        long crimeId,
        String reference,
        String classificationCode,
        String policeUkCategory,
        Instant occurredFrom,
        Instant recordedAt,
        Double latitude,
        Double longitude,
        String status,
        String outcomeType) {}
