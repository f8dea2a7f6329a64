package org.constable.analytics.forecasting.publishing.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A forecast as published and stored, never changed afterwards. The period is the forecast month(s). */
public record PublishedForecast(long id, String crimeType, Horizon horizon, String method, String parameters,
                                YearMonth windowFrom, YearMonth windowTo, YearMonth periodFrom, YearMonth periodTo,
                                String cellScheme, double cellSize, int eventsUsed, String publishedBy,
                                Instant publishedAt, List<RankedCell> cells) {

    public static final String SQUARE_GRID = "square-grid-epsg27700";

    public PublishedForecast {
        cells = List.copyOf(cells);
    }

    public boolean hasCell(String cellId) {
        return cells.stream().anyMatch(c -> c.cellId().equals(cellId));
    }
}
