package org.constable.forecasting.domain;

/** The baseline: risk of a cell = number of events in it over the lookback window (open_cp's CountingGridKernel). */
public final class NaiveCounts implements Forecaster {

    private final Lookback lookback;

    public NaiveCounts(Lookback lookback) {
        this.lookback = lookback;
    }

    public Lookback lookback() {
        return lookback;
    }

    @Override
    public String name() {
        return "naive " + lookback;
    }

    @Override
    public double[] risk(EventHistory history) {
        double[] risk = new double[history.grid().cellCount()];
        for (int i = lookback.firstIndex(history); i < history.size(); i++) {
            risk[history.cell(i)]++;
        }
        return risk;
    }
}
