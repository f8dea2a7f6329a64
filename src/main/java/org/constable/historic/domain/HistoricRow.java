package org.constable.historic.domain;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** One accepted police.uk row, ready to load: values checked, flags set, key derived. */
public record HistoricRow(
        long line,
        byte[] rowKey,
        @Nullable String crimeId,
        YearMonth month,
        String reportedBy,
        String fallsWithin,
        @Nullable Double longitude,
        @Nullable Double latitude,
        @Nullable String location,
        @Nullable String lsoaCode,
        @Nullable String lsoaName,
        String crimeType,
        @Nullable String lastOutcome,
        @Nullable String context) {

    public boolean flaggedNoLocation() {
        return longitude == null;
    }

    public boolean flaggedNoCrimeId() {
        return crimeId == null;
    }
}
