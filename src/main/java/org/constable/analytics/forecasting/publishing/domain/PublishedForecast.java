package org.constable.analytics.forecasting.publishing.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A forecast as published and stored, never changed afterwards. The period is the forecast month(s).
 * Cells are squares of {@code cellSize} metres, or H3 hexagons of {@code h3Resolution} (null for
 * squares), in which case {@code cellSize} is the average hexagon edge in metres.
 */
public record PublishedForecast(long id, String crimeType, Horizon horizon, String method, String parameters,
                                YearMonth windowFrom, YearMonth windowTo, YearMonth periodFrom, YearMonth periodTo,
                                String cellScheme, double cellSize, Integer h3Resolution, int eventsUsed, String publishedBy,
                                Instant publishedAt, List<RankedCell> cells) {

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
}
