package org.constable.historic.domain;

import java.time.YearMonth;

/** One accepted police.uk row, ready to load: values checked, flags set, key derived. */
public record HistoricRow(
        long line,
        byte[] rowKey,
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
        String context) {

    public boolean flaggedNoLocation() {
        return longitude == null;
    }

    public boolean flaggedNoCrimeId() {
        return crimeId == null;
    }
}
