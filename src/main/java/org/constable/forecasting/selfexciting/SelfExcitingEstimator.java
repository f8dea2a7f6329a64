package org.constable.forecasting.selfexciting;

import org.jspecify.annotations.Nullable;

/**
 * Expectation-maximisation for the grid self-exciting point process of Mohler et al. (2011, 2015)
 * as in open_cp's {@code seppexp}: each event is either background (rate {@code mu[cell]}) or
 * triggered by an earlier event of the same cell (kernel {@code theta*omega*exp(-omega*dt)}).
 * <p>
 * The exponential kernel makes the sums over earlier events recursive: for the events of one cell
 * in time order, {@code A_j = sum_{i<j} exp(-omega (t_j - t_i)) = exp(-omega d)(A_{j-1} + 1)} and
 * {@code B_j = sum_{i<j} (t_j - t_i) exp(-omega (t_j - t_i)) = exp(-omega d)(B_{j-1} + d (A_{j-1} + 1))}
 * with {@code d = t_j - t_{j-1}}. One EM step is therefore O(events) instead of O(events²) — the
 * reason a year of daily refits takes seconds here and about an hour in open_cp.
 * <p>
 * Updates (no edge correction, as open_cp): {@code mu_c = sum of background probabilities in c / T},
 * {@code theta = sum of trigger probabilities / N}, {@code omega = sum p_ij / sum p_ij (t_j - t_i)}.
 */
public final class SelfExcitingEstimator {

    /** Stop when no parameter moves by more than this share between two steps. */
    static final double TOLERANCE = 1e-5;

    private final int maxIterations;

    public SelfExcitingEstimator(int maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("EM needs at least one iteration");
        }
        this.maxIterations = maxIterations;
    }

    /**
     * Fits on events grouped by cell: {@code times[cellStart[k] .. cellStart[k+1]-1]} are the times
     * (days from the window start, ascending) of the events of cell {@code cells[k]}; the window is
     * {@code [0, windowDays)}; {@code cellCount} sizes the background array. Starts from
     * {@code start} (warm start) or, when null, from half the events as background, theta 0.5,
     * omega 1/day.
     */
    public SelfExcitingFit fit(
            double[] times,
            int[] cells,
            int[] cellStart,
            double windowDays,
            int cellCount,
            @Nullable SelfExcitingFit start) {
        int n = times.length;
        double[] mu = new double[cellCount];
        double theta;
        double omega;
        if (start != null) {
            for (int k = 0; k < cells.length; k++) {
                int count = cellStart[k + 1] - cellStart[k];
                // A cell new to the window gets half its count as background so EM can move it.
                mu[cells[k]] =
                        start.background()[cells[k]] > 0 ? start.background()[cells[k]] : 0.5 * count / windowDays;
            }
            theta = start.theta();
            omega = start.omega();
        } else {
            for (int k = 0; k < cells.length; k++) {
                mu[cells[k]] = 0.5 * (cellStart[k + 1] - cellStart[k]) / windowDays;
            }
            theta = 0.5;
            omega = 1.0;
        }
        if (n == 0) {
            return new SelfExcitingFit(mu, 0, omega, 0);
        }
        double[] nextMu = new double[cellCount];
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            double triggered = 0;
            double triggeredDelay = 0;
            double change = 0;
            for (int k = 0; k < cells.length; k++) {
                int cell = cells[k];
                double m = mu[cell];
                double a = 0;
                double b = 0;
                double background = 0;
                for (int j = cellStart[k]; j < cellStart[k + 1]; j++) {
                    if (j > cellStart[k]) {
                        double d = times[j] - times[j - 1];
                        double e = Math.exp(-omega * d);
                        b = e * (b + d * (a + 1));
                        a = e * (a + 1);
                    }
                    double trigger = theta * omega * a;
                    double lambda = m + trigger;
                    if (lambda <= 0) {
                        continue;
                    }
                    background += m / lambda;
                    triggered += trigger / lambda;
                    triggeredDelay += theta * omega * b / lambda;
                }
                nextMu[cell] = background / windowDays;
                change = Math.max(change, relativeChange(m, nextMu[cell]));
            }
            for (int cell : cells) {
                mu[cell] = nextMu[cell];
            }
            double nextTheta = triggered / n;
            double nextOmega = triggeredDelay > 0 ? triggered / triggeredDelay : omega;
            change = Math.max(change, Math.max(relativeChange(theta, nextTheta), relativeChange(omega, nextOmega)));
            theta = nextTheta;
            omega = nextOmega;
            if (change < TOLERANCE) {
                break;
            }
        }
        return new SelfExcitingFit(mu, theta, omega, iteration);
    }

    private static double relativeChange(double before, double after) {
        double scale = Math.max(Math.abs(before), Math.abs(after));
        return scale < 1e-12 ? 0 : Math.abs(after - before) / scale;
    }
}
