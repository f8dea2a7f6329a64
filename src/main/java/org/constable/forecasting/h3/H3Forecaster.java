package org.constable.forecasting.h3;

import java.util.Map;
import org.constable.forecasting.domain.CellMethod;

/**
 * A predictive-mapping method on H3 cells: from the events before the cut-off, a positive risk per
 * H3 cell index (cells left out have none). It is a square-grid method run on hexagons: the method's
 * own code, written once over cells, computes the risk (ADR 0061); only the cells differ.
 */
public interface H3Forecaster {

    /** The method, the same object and code as on the square grid. */
    CellMethod method();

    default String name() {
        return method().nameOn(HexagonCells.INSTANCE);
    }

    default Map<Long, Double> risk(H3History history) {
        return method().riskOn(history);
    }
}
