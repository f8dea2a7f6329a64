package org.constable.forecasting.publishing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A forecast as published and stored, never changed afterwards: the data source, the data window
 * and the period forecast as days, first and last inclusive (whole months for police.uk data).
 * Cells are squares of {@code cellSize} metres, or H3 hexagons of {@code h3Resolution} (null for
 * squares), in which case {@code cellSize} is the average hexagon edge in metres.
 */
public record PublishedForecast(
        long id,
        String crimeType,
        Horizon horizon,
        DataSource dataSource,
        String method,
        String parameters,
        LocalDate windowFrom,
        LocalDate windowTo,
        LocalDate periodFrom,
        LocalDate periodTo,
        String cellScheme,
        double cellSize,
        @Nullable Integer h3Resolution,
        int eventsUsed,
        String publishedBy,
        Instant publishedAt,
        List<RankedCell> cells) {

    public static final String SQUARE_GRID = "square-grid-epsg27700";
    public static final String H3 = "h3";

    public PublishedForecast {
        cells = List.copyOf(cells);
    }

    /** For people: "250 m squares", "H3 resolution 9 hexagons". */
    public String cellDescription() {
        return H3.equals(cellScheme) ? "H3 resolution " + h3Resolution + " hexagons" : (long) cellSize + " m squares";
    }

    public boolean hasCell(String cellId) {
        return cells.stream().anyMatch(c -> c.cellId().equals(cellId));
    }

    public ForecastDays period() {
        return new ForecastDays(periodFrom, periodTo);
    }

    /** The period as people say it: "2024-04" for a calendar month, "2024-04-02" for a day, else "first to last". */
    public String periodLabel() {
        return label(periodFrom, periodTo);
    }

    /** The data window as people say it, in months for police.uk data. */
    public String windowLabel() {
        return label(windowFrom, windowTo);
    }

    private static String label(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return first.toString();
        }
        if (first.getDayOfMonth() == 1 && last.equals(YearMonth.from(last).atEndOfMonth())) {
            YearMonth a = YearMonth.from(first);
            YearMonth b = YearMonth.from(last);
            return a.equals(b) ? a.toString() : a + " to " + b;
        }
        return first + " to " + last;
    }
}
