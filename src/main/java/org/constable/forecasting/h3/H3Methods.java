package org.constable.forecasting.h3;

import org.constable.forecasting.domain.CellMethod;
import org.constable.forecasting.domain.Forecaster;
import org.constable.shared.InvalidInput;

/**
 * Runs a square-grid method on H3 cells: the methods written over cells of any shape (naive counts,
 * retrospective and prospective hotspots) run as they are, each one's own code (ADR 0061); the
 * self-exciting and Constable-best methods are fitted on the square grid's row-major cells and have
 * no H3 version (ADR 0032).
 */
public final class H3Methods {

    public static final String SUPPORTED = "naive, retro-<metres> and prohot";

    private H3Methods() {}

    public static H3Forecaster port(Forecaster method) {
        return method.onAnyCells()
                .<H3Forecaster>map(OnHexagons::new)
                .orElseThrow(() -> new InvalidInput(
                        "method",
                        "The method '" + method.name() + "' is not available on H3 cells; on H3 cells use " + SUPPORTED
                                + ", or choose square cells"));
    }

    /** A method written over cells, on hexagons. */
    private record OnHexagons(CellMethod method) implements H3Forecaster {}
}
