package org.constable.forecasting.h3;

import org.constable.forecasting.domain.CellMethod;
import org.constable.forecasting.domain.Lookback;
import org.constable.forecasting.domain.RetrospectiveHotspot;

/**
 * Retrospective hotspotting on H3 cells: {@link RetrospectiveHotspot} itself, run on hexagons, where
 * the kernel runs between cell centres in great-circle metres ({@link H3History#forEachCellNear}).
 */
public final class H3RetrospectiveHotspot implements H3Forecaster {

    private final RetrospectiveHotspot method;

    public H3RetrospectiveHotspot(double bandwidthMetres, Lookback lookback) {
        this.method = new RetrospectiveHotspot(bandwidthMetres, lookback);
    }

    @Override
    public CellMethod method() {
        return method;
    }
}
