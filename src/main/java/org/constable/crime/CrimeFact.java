package org.constable.crime;

import java.time.Instant;

/**
 * One recorded crime as statistics see it: no personal fields at all. {@code status} says whether it
 * counts (RECORDED) or was cancelled; {@code outcomeType} is the latest Home Office outcome code, or null.
 */
public record CrimeFact(
        long crimeId,
        String reference,
        String classificationCode,
        String policeUkCategory,
        Instant occurredFrom,
        Instant recordedAt,
        Double latitude,
        Double longitude,
        CrimeStatus status,
        String outcomeType) {}
