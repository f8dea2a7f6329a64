package org.constable.historic;

import java.time.YearMonth;

/** How many historic crimes of one police.uk crime type were recorded in one month. */
public record HistoricCrimeCount(YearMonth month, String crimeType, long count) {}
