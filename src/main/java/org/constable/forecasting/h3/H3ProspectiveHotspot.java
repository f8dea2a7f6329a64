package org.constable.forecasting.h3;

import org.constable.forecasting.domain.CellMethod;
import org.constable.forecasting.domain.ProspectiveHotspot;

/**
 * Prospective hotspotting on H3 cells: {@link ProspectiveHotspot} itself, run on hexagons, where d is
 * the number of rings between cells and the space bandwidth a number of rings (about √3 hexagon edges
 * each, some 350 m at resolution 9).
 */
public final class H3ProspectiveHotspot implements H3Forecaster {

    private final ProspectiveHotspot method;

    public H3ProspectiveHotspot(ProspectiveHotspot method) {
        this.method = method;
    }

    @Override
    public CellMethod method() {
        return method;
    }
}
