package org.constable.forecasting.domain;

import java.time.Duration;
import java.util.List;

/**
 * Hits per period and coverage level of one forecaster on one dataset. A period without events
 * has no hit rate and is left out of the means ({@link #scoredPeriods()} says how many count).
 */
public record BacktestResult(
        String dataset,
        String method,
        double[] coverages,
        List<ForecastPeriod> periods,
        int[] events,
        int[][] hits,
        Duration wallTime) {

    public int levelOf(double coverage) {
        for (int l = 0; l < coverages.length; l++) {
            if (Math.abs(coverages[l] - coverage) < 1e-12) {
                return l;
            }
        }
        throw new IllegalArgumentException("Coverage " + coverage + " was not scored");
    }

    /** Hit rate of one period at one coverage level, NaN when the period had no events. */
    public double hitRate(int period, int level) {
        return events[period] == 0 ? Double.NaN : (double) hits[period][level] / events[period];
    }

    public double[] hitRates(double coverage) {
        int level = levelOf(coverage);
        double[] rates = new double[periods.size()];
        for (int p = 0; p < rates.length; p++) {
            rates[p] = hitRate(p, level);
        }
        return rates;
    }

    public Spread hitRateSpread(double coverage) {
        return Spread.of(hitRates(coverage));
    }

    public double meanHitRate(double coverage) {
        return hitRateSpread(coverage).mean();
    }

    /** Predictive accuracy index: mean hit rate divided by the share of area covered. */
    public double pai(double coverage) {
        return meanHitRate(coverage) / coverage;
    }

    public long scoredPeriods() {
        return java.util.Arrays.stream(events).filter(e -> e > 0).count();
    }
}
