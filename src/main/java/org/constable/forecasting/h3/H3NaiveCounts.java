package org.constable.forecasting.h3;

import java.util.HashMap;
import java.util.Map;
import org.constable.forecasting.domain.Lookback;

/** The baseline on H3 cells: risk of a cell = number of events in it over the lookback window. */
public final class H3NaiveCounts implements H3Forecaster {

    private final Lookback lookback;

    public H3NaiveCounts(Lookback lookback) {
        this.lookback = lookback;
    }

    @Override
    public String name() {
        return "naive " + lookback;
    }

    @Override
    public Map<Long, Double> risk(H3History history) {
        Map<Long, Double> risk = new HashMap<>();
        for (int i = history.indexAtOrAfter(lookback.startBefore(history.cutoff())); i < history.size(); i++) {
            risk.merge(history.cell(i), 1.0, Double::sum);
        }
        return risk;
    }
}
