package org.constable.forecasting.domain;

import java.util.Arrays;

/**
 * The protocol's choice of the top cells of a risk grid: mask to valid cells (an all-zero grid is
 * thereby uniform), take n = floor(N * c) cells of highest risk, and at the cut-off value keep the
 * tied cells with the highest row-major index. Works on primitive arrays: one sort of N doubles
 * per forecast, then one pass per coverage level.
 */
public final class CoverageSelection {

    private final EventLog log;

    public CoverageSelection(EventLog log) {
        this.log = log;
    }

    /** Number of cells selected at coverage c: floor(N * c). */
    public int cellsAt(double coverage) {
        if (!(coverage >= 0 && coverage <= 1)) {
            throw new IllegalArgumentException("Coverage must lie in [0, 1]: " + coverage);
        }
        return (int) Math.floor(log.validCount() * coverage);
    }

    /**
     * The cut-off of each coverage level: a cell is selected when its risk is above the level's
     * threshold, or equal to it and its index is at least the level's lowest tied index.
     */
    public Cutoffs cutoffs(double[] risk, double[] coverages) {
        int[] valid = log.validCellsShared();
        if (risk.length != log.grid().cellCount()) {
            throw new IllegalArgumentException("Risk grid has " + risk.length + " cells, expected "
                    + log.grid().cellCount());
        }
        double[] sorted = new double[valid.length];
        for (int k = 0; k < valid.length; k++) {
            double r = risk[valid[k]];
            if (Double.isNaN(r)) {
                throw new IllegalArgumentException("Risk of cell " + valid[k] + " is not a number");
            }
            sorted[k] = r;
        }
        Arrays.sort(sorted);
        double[] thresholds = new double[coverages.length];
        int[] lowestTied = new int[coverages.length];
        for (int l = 0; l < coverages.length; l++) {
            int n = cellsAt(coverages[l]);
            if (n == 0) {
                thresholds[l] = Double.POSITIVE_INFINITY;
                lowestTied[l] = Integer.MAX_VALUE;
                continue;
            }
            double threshold = sorted[sorted.length - n];
            // cells above the threshold are all taken; the rest of the n come from the tied cells, highest index first
            int above = sorted.length - upperBound(sorted, threshold);
            int tiedToTake = n - above;
            int lowest = Integer.MAX_VALUE;
            for (int k = valid.length - 1; k >= 0 && tiedToTake > 0; k--) {
                if (risk[valid[k]] == threshold) {
                    lowest = valid[k];
                    tiedToTake--;
                }
            }
            thresholds[l] = threshold;
            lowestTied[l] = lowest;
        }
        return new Cutoffs(risk, thresholds, lowestTied);
    }

    /** For each coverage level, a mask over all cells (true = selected). */
    public boolean[][] select(double[] risk, double[] coverages) {
        Cutoffs cutoffs = cutoffs(risk, coverages);
        boolean[][] masks = new boolean[coverages.length][risk.length];
        for (int c : log.validCellsShared()) {
            for (int l = 0; l < coverages.length; l++) {
                masks[l][c] = cutoffs.selects(l, c);
            }
        }
        return masks;
    }

    /** Cut-offs of one risk grid at each level; invalid cells must not be asked about. */
    public record Cutoffs(double[] risk, double[] thresholds, int[] lowestTiedIndex) {

        public boolean selects(int level, int cell) {
            double r = risk[cell];
            return r > thresholds[level] || (r == thresholds[level] && cell >= lowestTiedIndex[level]);
        }
    }

    /** First index whose value is greater than v in an ascending array. */
    private static int upperBound(double[] ascending, double v) {
        int lo = 0, hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Selected cells at one coverage, highest risk first (ties: highest index first). */
    public int[] topCells(double[] risk, double coverage) {
        boolean[] mask = select(risk, new double[] {coverage})[0];
        Integer[] chosen = java.util.stream.IntStream.range(0, mask.length)
                .filter(c -> mask[c])
                .boxed()
                .toArray(Integer[]::new);
        Arrays.sort(chosen, (a, b) -> risk[a] != risk[b] ? Double.compare(risk[b], risk[a]) : Integer.compare(b, a));
        return Arrays.stream(chosen).mapToInt(Integer::intValue).toArray();
    }
}
