package org.constable.forecasting.selfexciting;

import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.EventHistory;
import org.constable.forecasting.domain.Forecaster;

/**
 * Self-exciting point process forecast (open_cp's {@code seppexp}): fit background and trigger by
 * EM on the events of the last {@code windowDays} before the cut-off, then rank cells by the
 * expected number of events over the next period (one day; a month for monthly data):
 * {@code mu_c D + theta * sum_i (exp(-omega a_i) - exp(-omega (a_i + D)))} over the cell's events
 * of age {@code a_i}. Meant for data with exact times: with monthly dates every event of a month
 * shares one instant and the trigger degenerates.
 * <p>
 * Each forecast refits from the same cold start, so the forecaster is stateless and a backtest may
 * run it on several threads; the O(events) EM step makes that cheap (see {@link SelfExcitingEstimator}).
 */
public final class SelfExcitingForecaster implements Forecaster {

    static final long MINUTES_PER_DAY = 24 * 60;

    private final int windowDays;
    private final SelfExcitingEstimator estimator;

    public SelfExcitingForecaster(int windowDays, int maxIterations) {
        if (windowDays < 1) {
            throw new IllegalArgumentException("The training window must last at least a day");
        }
        this.windowDays = windowDays;
        this.estimator = new SelfExcitingEstimator(maxIterations);
    }

    /** As the protocol's seppexp: a 365-day training window; at most 200 EM steps. */
    public static SelfExcitingForecaster protocol() {
        return new SelfExcitingForecaster(365, 200);
    }

    @Override
    public String name() {
        return "sepp " + windowDays + " d";
    }

    @Override
    public double[] risk(EventHistory history) {
        Window window = Window.of(history, windowDays);
        SelfExcitingFit fit = fit(window);
        return expectedCounts(window, fit, periodDays(history.cadence()));
    }

    /** The EM fit on the training window before the history's cut-off (for reports and tests). */
    public SelfExcitingFit fit(EventHistory history) {
        return fit(Window.of(history, windowDays));
    }

    private SelfExcitingFit fit(Window w) {
        return estimator.fit(w.times, w.cells, w.cellStart, windowDays, w.cellCount, null);
    }

    static double periodDays(Cadence cadence) {
        return switch (cadence) {
            case DAILY -> 1.0;
            case WEEKLY -> 7.0;
            case MONTHLY -> 365.25 / 12;
        };
    }

    private static double[] expectedCounts(Window w, SelfExcitingFit fit, double periodDays) {
        double[] risk = new double[w.cellCount];
        double decayOverPeriod = 1 - Math.exp(-fit.omega() * periodDays);
        for (int k = 0; k < w.cells.length; k++) {
            int cell = w.cells[k];
            double triggered = 0;
            for (int j = w.cellStart[k]; j < w.cellStart[k + 1]; j++) {
                triggered += Math.exp(-fit.omega() * (w.length - w.times[j]));
            }
            risk[cell] = fit.background()[cell] * periodDays + fit.theta() * triggered * decayOverPeriod;
        }
        return risk;
    }

    /** The training events grouped by cell (a stable counting sort keeps each cell's times ascending). */
    private static final class Window {
        final double[] times;
        final int[] cells;
        final int[] cellStart;
        final int cellCount;
        final double length;

        private Window(double[] times, int[] cells, int[] cellStart, int cellCount, double length) {
            this.times = times;
            this.cells = cells;
            this.cellStart = cellStart;
            this.cellCount = cellCount;
            this.length = length;
        }

        static Window of(EventHistory history, int windowDays) {
            long end = history.cutoffMinute();
            long start = end - windowDays * MINUTES_PER_DAY;
            int from = history.indexAtOrAfter(start);
            int to = history.size();
            int cellCount = history.grid().cellCount();
            int[] perCell = new int[cellCount + 1];
            for (int i = from; i < to; i++) {
                perCell[history.cell(i) + 1]++;
            }
            int active = 0;
            for (int c = 0; c < cellCount; c++) {
                active += perCell[c + 1] > 0 ? 1 : 0;
                perCell[c + 1] += perCell[c];
            }
            int[] cells = new int[active];
            int[] cellStart = new int[active + 1];
            for (int c = 0, k = 0; c < cellCount; c++) {
                if (perCell[c + 1] > perCell[c]) {
                    cells[k] = c;
                    cellStart[k + 1] = perCell[c + 1];
                    k++;
                }
            }
            double[] times = new double[to - from];
            int[] next = perCell.clone();
            for (int i = from; i < to; i++) {
                times[next[history.cell(i)]++] = (double) (history.minute(i) - start) / MINUTES_PER_DAY;
            }
            return new Window(times, cells, cellStart, cellCount, (double) windowDays);
        }
    }
}
