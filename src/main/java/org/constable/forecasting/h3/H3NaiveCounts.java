package org.constable.forecasting.h3;

import org.constable.forecasting.domain.CellMethod;
import org.constable.forecasting.domain.Lookback;
import org.constable.forecasting.domain.NaiveCounts;

/** The baseline on H3 cells: {@link NaiveCounts} itself, run on hexagons. */
public final class H3NaiveCounts implements H3Forecaster {

    private final NaiveCounts method;

    public H3NaiveCounts(Lookback lookback) {
        this.method = new NaiveCounts(lookback);
    }

    @Override
    public CellMethod method() {
        return method;
    }
}
