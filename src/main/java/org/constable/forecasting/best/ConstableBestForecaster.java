package org.constable.forecasting.best;

import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.CellGrid;
import org.constable.forecasting.domain.EventHistory;
import org.constable.forecasting.domain.Forecaster;

/**
 * Constable's best forecaster: long-run risk plus near-repeat, with five parameters
 * ({@link BestForecasterParameters}). Risk of a cell =
 * {@code L_c / sum(L) + nearWeight * R_c / sum(R)}, where
 * {@code L} = events of the whole history weighted by {@code exp(-age/longDecayDays)} and smoothed
 * over the two surrounding rings of cells, and {@code R} = the same with the short
 * {@code nearDecayDays} and its own ring weight. The long term is where crime keeps happening
 * (the 365-day count that beats every open_cp method on Chicago is its box-window cousin); the
 * near term is the near-repeat and recent-trend effect (Bowers, Johnson &amp; Pease 2004).
 * Stateless; one forecast reads each event of the history at most once.
 */
public final class ConstableBestForecaster implements Forecaster {

    /** Events older than this many e-folding times weigh less than 0.25% and are skipped. */
    static final double HORIZON_DECAYS = 6;

    static final int RINGS = 2;
    private static final double MINUTES_PER_DAY = 24 * 60;

    private final String name;
    private final BestForecasterParameters parameters;

    public ConstableBestForecaster(String name, BestForecasterParameters parameters) {
        this.name = name;
        this.parameters = parameters;
    }

    /**
     * The tuned method for a cadence ("constable-best"): {@link BestForecasterParameters#MONTHLY} for
     * month-precision data, otherwise {@code DAILY} (its decays are in days; nothing was tuned weekly).
     */
    public static ConstableBestForecaster forCadence(Cadence cadence) {
        BestForecasterParameters p =
                cadence == Cadence.MONTHLY ? BestForecasterParameters.MONTHLY : BestForecasterParameters.DAILY;
        return new ConstableBestForecaster("constable-best (" + p + ")", p);
    }

    public BestForecasterParameters parameters() {
        return parameters;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double[] risk(EventHistory history) {
        BestForecasterParameters p = parameters;
        double[] longRun = smooth(decayedCounts(history, p.longDecayDays()), history.grid(), p.longRingWeight());
        double[] recent = smooth(decayedCounts(history, p.nearDecayDays()), history.grid(), p.nearRingWeight());
        double longTotal = sum(longRun);
        double recentTotal = sum(recent);
        double[] risk = new double[longRun.length];
        for (int c = 0; c < risk.length; c++) {
            double l = longTotal > 0 ? longRun[c] / longTotal : 0;
            double r = recentTotal > 0 ? recent[c] / recentTotal : 0;
            risk[c] = l + p.nearWeight() * r;
        }
        return risk;
    }

    /** Events per cell weighted by exp(-age/decay), age in days before the cut-off. */
    static double[] decayedCounts(EventHistory history, double decayDays) {
        double[] counts = new double[history.grid().cellCount()];
        long cutoff = history.cutoffMinute();
        int from = history.indexAtOrAfter(cutoff - (long) Math.ceil(HORIZON_DECAYS * decayDays * MINUTES_PER_DAY));
        double rate = 1 / (decayDays * MINUTES_PER_DAY);
        for (int i = from; i < history.size(); i++) {
            counts[history.cell(i)] += Math.exp(-(cutoff - history.minute(i)) * rate);
        }
        return counts;
    }

    /** Spreads each cell's value over the cells within {@link #RINGS} rings, weight ringWeight^r at ring r. */
    static double[] smooth(double[] values, CellGrid grid, double ringWeight) {
        if (ringWeight == 0) {
            return values;
        }
        int nx = grid.nx();
        int ny = grid.ny();
        double[] ringWeights = new double[RINGS + 1];
        for (int r = 0; r <= RINGS; r++) {
            ringWeights[r] = Math.pow(ringWeight, r);
        }
        double[] out = new double[values.length];
        for (int gy = 0; gy < ny; gy++) {
            for (int gx = 0; gx < nx; gx++) {
                double v = values[gy * nx + gx];
                if (v == 0) {
                    continue;
                }
                for (int dy = -RINGS; dy <= RINGS; dy++) {
                    int y = gy + dy;
                    if (y < 0 || y >= ny) {
                        continue;
                    }
                    for (int dx = -RINGS; dx <= RINGS; dx++) {
                        int x = gx + dx;
                        if (x >= 0 && x < nx) {
                            out[y * nx + x] += v * ringWeights[Math.max(Math.abs(dx), Math.abs(dy))];
                        }
                    }
                }
            }
        }
        return out;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
