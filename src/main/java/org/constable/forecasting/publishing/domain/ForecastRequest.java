package org.constable.forecasting.publishing.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.constable.crime.PoliceUkCategories.CrimeType;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What an analyst asks to publish: the data source, a crime type (a police.uk category, kept as
 * police.uk labels it), the horizon, a method name as {@code ForecastMethods.parse} accepts it, the
 * data window (days, inclusive: whole months for historic police.uk data), the cells (squares of a
 * size in metres, or H3 hexagons of a resolution) and how many top cells to keep. Any cell scheme
 * goes with any data source and horizon the source supports.
 */
public record ForecastRequest(
        DataSource source,
        String crimeType,
        Horizon horizon,
        String method,
        LocalDate windowFrom,
        LocalDate windowTo,
        CellScheme cells,
        int topCells) {

    public static final int MOST_CELLS = 200;

    /** Every part is present here: {@link #fromText} refuses a missing one, naming it, before this runs. */
    public ForecastRequest {
        if (crimeType.isBlank()) {
            throw new InvalidInput("crimeType", "Choose a crime type");
        }
        if (method.isBlank()) {
            throw new InvalidInput("method", "Choose a method");
        }
        if (windowTo.isBefore(windowFrom)) {
            throw windowRefused(source, windowFrom);
        }
        if (topCells < 1 || topCells > MOST_CELLS) {
            throw new InvalidInput("topCells", "The number of top cells must be between 1 and " + MOST_CELLS);
        }
        crimeType = category(crimeType).label();
        method = method.trim();
    }

    /**
     * From form or JSON text as typed: 250 m square cells and 20 top cells unless given, next month unless
     * another horizon is named, historic police.uk months unless "recorded" is named; a cell scheme "h3"
     * takes its resolution instead of a size; the window in months (2024-03) for historic data, in days
     * (2024-03-17) for recorded crimes.
     */
    public static ForecastRequest fromText(
            @Nullable String source,
            @Nullable String crimeType,
            @Nullable String horizon,
            @Nullable String method,
            @Nullable String from,
            @Nullable String to,
            @Nullable String cellScheme,
            @Nullable Double cellSize,
            @Nullable Integer h3Resolution,
            @Nullable Integer topCells) {
        DataSource s = DataSource.parse(source);
        LocalDate first = s == DataSource.POLICE_UK_MONTHS ? monthStart(from) : day(from, "first");
        LocalDate last = s == DataSource.POLICE_UK_MONTHS ? monthEnd(to) : day(to, "last");
        Horizon h = Horizon.parse(horizon);
        CellScheme cells = CellScheme.fromText(cellScheme, cellSize, h3Resolution);
        if (crimeType == null || crimeType.isBlank()) {
            throw new InvalidInput("crimeType", "Choose a crime type");
        }
        if (method == null || method.isBlank()) {
            throw new InvalidInput("method", "Choose a method");
        }
        if (first == null || last == null) {
            throw windowRefused(s, first);
        }
        return new ForecastRequest(s, crimeType, h, method, first, last, cells, topCells == null ? 20 : topCells);
    }

    private static InvalidInput windowRefused(DataSource source, @Nullable LocalDate windowFrom) {
        return new InvalidInput(
                windowFrom == null ? "windowFrom" : "windowTo",
                "The data window needs a first and a last "
                        + (source == DataSource.POLICE_UK_MONTHS ? "month" : "day")
                        + ", the last not before the first");
    }

    public ForecastDays window() {
        return new ForecastDays(windowFrom, windowTo);
    }

    /** The days forecast; refused for a horizon finer than a month when the data is known only to the month. */
    public ForecastDays period() {
        if (source == DataSource.POLICE_UK_MONTHS) {
            horizon.requireMonthPrecisionAllows();
        }
        return horizon.periodAfter(windowTo);
    }

    /** The police.uk category named by its label ("Vehicle crime") or its slug ("vehicle-crime"), in any case. */
    public static CrimeType category(String crimeType) {
        String t = crimeType.trim();
        return Arrays.stream(CrimeType.values())
                .filter(c -> c.label().equalsIgnoreCase(t) || c.slug().equalsIgnoreCase(t))
                .findFirst()
                .orElseThrow(
                        () -> new InvalidInput(
                                "crimeType",
                                "Unknown crime type '" + t
                                        + "': use a police.uk category such as Burglary, Robbery, Vehicle crime or Violence and sexual offences"));
    }

    private static @Nullable LocalDate monthStart(@Nullable String text) {
        YearMonth m = month(text, "first");
        return m == null ? null : m.atDay(1);
    }

    private static @Nullable LocalDate monthEnd(@Nullable String text) {
        YearMonth m = month(text, "last");
        return m == null ? null : m.atEndOfMonth();
    }

    private static @Nullable YearMonth month(@Nullable String text, String which) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(
                    field(which),
                    "The " + which + " month of the data window must look like 2024-03 (months 01 to 12).");
        }
    }

    private static @Nullable LocalDate day(@Nullable String text, String which) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field(which), "The " + which + " day of the data window must look like 2024-03-17.");
        }
    }

    /** The request field of the window's first or last month or day. */
    private static String field(String which) {
        return "first".equals(which) ? "windowFrom" : "windowTo";
    }
}
