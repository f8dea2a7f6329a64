package org.constable.forecasting.domain;

import java.util.Optional;

/**
 * A predictive-mapping method: from the events strictly before the cut-off, a risk value per
 * cell of the grid (row-major, length nx*ny, non-negative; higher = more likely). Only the
 * ranking matters for scoring. Implementations must be stateless between calls (a backtest may
 * call them from several threads) and describe their parameters in {@link #name()}.
 */
public interface Forecaster {

    /** Short name with its parameters, e.g. "naive 28 d"; used in tables and stored forecasts. */
    String name();

    double[] risk(EventHistory history);

    /**
     * This method written over cells of any shape, when it is one (ADR 0061): it then runs on H3
     * hexagons too. Empty for methods fitted to the square grid's row-major cells.
     */
    default Optional<CellMethod> onAnyCells() {
        return Optional.empty();
    }
}
