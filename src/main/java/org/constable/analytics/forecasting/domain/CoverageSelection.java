package org.constable.analytics.forecasting.domain;

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

    /** For each coverage level, a mask over all cells (true = selected). */
    public boolean[][] select(double[] risk, double[] coverages) {
        int[] valid = log.validCellsShared();
        if (risk.length != log.grid().cellCount()) {
            throw new IllegalArgumentException("Risk grid has " + risk.length + " cells, expected " + log.grid().cellCount());
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
        boolean[][] masks = new boolean[coverages.length][];
        for (int l = 0; l < coverages.length; l++) {
            masks[l] = selectTop(risk, valid, sorted, cellsAt(coverages[l]));
        }
        return masks;
    }

    /** Selected cells at one coverage, highest risk first (ties: highest index first). */
    public int[] topCells(double[] risk, double coverage) {
        boolean[] mask = select(risk, new double[] {coverage})[0];
        Integer[] chosen = java.util.stream.IntStream.range(0, mask.length).filter(c -> mask[c]).boxed().toArray(Integer[]::new);
        Arrays.sort(chosen, (a, b) -> risk[a] != risk[b] ? Double.compare(risk[b], risk[a]) : Integer.compare(b, a));
        return Arrays.stream(chosen).mapToInt(Integer::intValue).toArray();
    }

    private static boolean[] selectTop(double[] risk, int[] valid, double[] sortedAscending, int n) {
        boolean[] mask = new boolean[risk.length];
        if (n == 0) {
            return mask;
        }
        double threshold = sortedAscending[sortedAscending.length - n];
        int above = 0;
        for (int c : valid) {
            if (risk[c] > threshold) {
                mask[c] = true;
                above++;
            }
        }
        int tiedToTake = n - above;
        for (int k = valid.length - 1; k >= 0 && tiedToTake > 0; k--) {
            int c = valid[k];
            if (risk[c] == threshold) {
                mask[c] = true;
                tiedToTake--;
            }
        }
        return mask;
    }
}
