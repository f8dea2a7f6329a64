package org.constable.analytics.forecasting.publishing.domain;

import org.constable.analytics.forecasting.methods.ForecastMethods;

import java.time.YearMonth;

/**
 * What an analyst asks to publish: a crime type (as police.uk names it), the horizon, a method
 * name as {@code ForecastMethods.parse} accepts it, the data window (months, inclusive), the cells
 * (squares of a size in metres, or H3 hexagons of a resolution) and how many top cells to keep.
 */
public record ForecastRequest(String crimeType, Horizon horizon, String method, YearMonth windowFrom,
                              YearMonth windowTo, CellScheme cells, int topCells) {

    public static final int MOST_CELLS = 200;

    public ForecastRequest {
        if (crimeType == null || crimeType.isBlank()) {
            throw new IllegalArgumentException("Choose a crime type");
        }
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("Choose a method");
        }
        if (horizon == null) {
            throw new IllegalArgumentException("Choose a horizon");
        }
        if (windowFrom == null || windowTo == null || windowTo.isBefore(windowFrom)) {
            throw new IllegalArgumentException("The data window needs a first and a last month, the last not before the first");
        }
        if (cells == null) {
            throw new IllegalArgumentException("Choose the cells: square or H3");
        }
        if (topCells < 1 || topCells > MOST_CELLS) {
            throw new IllegalArgumentException("The number of top cells must be between 1 and " + MOST_CELLS);
        }
        crimeType = crimeType.trim();
        method = method.trim();
    }

    /**
     * From form or JSON text as typed: 250 m square cells and 20 top cells unless given, next month unless
     * another horizon is named; a cell scheme "h3" takes its resolution instead of a size.
     */
    public static ForecastRequest fromText(String crimeType, String horizon, String method, String from, String to, String cellScheme,
                                           Double cellSize, Integer h3Resolution, Integer topCells) {
        return new ForecastRequest(crimeType, Horizon.parse(horizon), method, month(from, "first"), month(to, "last"),
                CellScheme.fromText(cellScheme, cellSize, h3Resolution), topCells == null ? 20 : topCells);
    }

    private static YearMonth month(String text, String which) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("The " + which + " month of the data window must look like 2024-03");
        }
    }
}
