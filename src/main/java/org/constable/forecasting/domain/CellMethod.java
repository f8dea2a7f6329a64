package org.constable.forecasting.domain;

/**
 * A forecasting method written once over {@link Cells}: it runs on the square grid and on H3
 * hexagons through the same code (ADR 0061). A {@link Forecaster} that is one says so through
 * {@link Forecaster#onAnyCells()}; those fitted to the square grid's row-major cells are not.
 */
public interface CellMethod {

    /** The method's name with its parameters, as it reads on these cells. */
    String nameOn(Cells<?> cells);

    /** A risk per cell from the history's events (only the ranking matters). */
    <R> R riskOn(CellHistory<R> history);
}
