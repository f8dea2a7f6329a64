package org.constable.historic;

import java.time.YearMonth;

/**
 * One historic crime from the police.uk street-level data: anonymised (the point is a snapped
 * "On or near" location), known only to the month, with no victim. {@code longitude} and
 * {@code latitude} are null when the row had no coordinates ({@code flaggedNoLocation});
 * {@code crimeId} is null for anti-social behaviour ({@code flaggedNoCrimeId}).
 */
public record HistoricCrime(
        String crimeId,
        YearMonth month,
        String reportedBy,
        String fallsWithin,
        Double longitude,
        Double latitude,
        String location,
        String lsoaCode,
        String lsoaName,
        String crimeType,
        String lastOutcome,
        boolean flaggedNoLocation,
        boolean flaggedNoCrimeId) {}
