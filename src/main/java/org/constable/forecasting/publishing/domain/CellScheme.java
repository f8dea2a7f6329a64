package org.constable.forecasting.publishing.domain;

import java.time.LocalDateTime;
import java.util.Locale;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.Forecaster;
import org.constable.forecasting.h3.H3Cells;
import org.constable.forecasting.h3.H3Methods;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The cells a forecast is published on: squares of a size in metres on the British National Grid,
 * or H3 hexagons of a resolution (ADR 0032). The stored name tells them apart; the size in metres
 * of an H3 scheme is its average hexagon edge, for people to read.
 */
public sealed interface CellScheme {

    String storedName();

    double sizeMetres();

    /** The H3 resolution, or null for square cells. */
    @Nullable Integer resolution();

    /** For people: "250 m squares", "H3 resolution 9 hexagons". */
    String describe();

    /** Refuses a method that has no version on these cells, naming those that have. */
    void requireSupports(Forecaster forecaster);

    CellForecast newForecast();

    /** From form or JSON text: "square" (the default, 250 m unless a size is given) or "h3" with its resolution. */
    static CellScheme fromText(@Nullable String scheme, @Nullable Double cellSize, @Nullable Integer resolution) {
        String s = scheme == null ? "" : scheme.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("square") || s.equals(PublishedForecast.SQUARE_GRID)) {
            return new Square(cellSize == null ? 250 : cellSize);
        }
        if (s.equals(PublishedForecast.H3)) {
            return new H3(H3Cells.checkResolution(resolution));
        }
        throw new InvalidInput(
                "cellScheme",
                "Unknown cell scheme '" + scheme + "': use square (with a size in metres) or h3 (with a resolution)");
    }

    record Square(double metres) implements CellScheme {

        public Square {
            SquareGridForecast.checkCellSize(metres);
        }

        @Override
        public String storedName() {
            return PublishedForecast.SQUARE_GRID;
        }

        @Override
        public double sizeMetres() {
            return metres;
        }

        @Override
        public @Nullable Integer resolution() {
            return null;
        }

        @Override
        public String describe() {
            return (long) metres + " m squares";
        }

        @Override
        public void requireSupports(Forecaster forecaster) {
            // every method runs on the square grid
        }

        @Override
        public CellForecast newForecast() {
            SquareGridForecast grid = new SquareGridForecast();
            double size = metres;
            return new CellForecast() {
                @Override
                public void add(LocalDateTime at, double longitude, double latitude) {
                    grid.add(at, longitude, latitude);
                }

                @Override
                public int size() {
                    return grid.size();
                }

                @Override
                public Outcome forecast(Forecaster forecaster, Cadence cadence, LocalDateTime cutoff, int topN) {
                    return grid.forecast(forecaster, cadence, cutoff, size, topN);
                }
            };
        }
    }

    record H3(Integer resolution) implements CellScheme {

        public H3 {
            H3Cells.checkResolution(resolution);
        }

        @Override
        public String storedName() {
            return PublishedForecast.H3;
        }

        @Override
        public double sizeMetres() {
            return H3Cells.edgeMetres(resolution);
        }

        @Override
        public String describe() {
            return "H3 resolution " + resolution + " hexagons";
        }

        @Override
        public void requireSupports(Forecaster forecaster) {
            H3Methods.port(forecaster);
        }

        @Override
        public CellForecast newForecast() {
            return new H3CellForecast(resolution);
        }
    }
}
