package org.constable.forecasting.domain;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * All events of one dataset, sorted by time, in primitive arrays so that a forecast touches only
 * the window it needs (found by binary search) and nothing is boxed. Times are whole minutes
 * since 1970-01-01T00:00 in the data's own local time (monthly data: the first minute of the month).
 * The valid cells are those with at least one event over the whole period, as the protocol says.
 */
public final class EventLog {

    private final String name;
    private final Cadence cadence;
    private final CellGrid grid;
    private final long[] minutes;
    private final double[] xs;
    private final double[] ys;
    private final int[] cells;
    private final boolean[] valid;
    private final int[] validCells;

    private EventLog(String name, Cadence cadence, CellGrid grid, long[] minutes, double[] xs, double[] ys) {
        this.name = name;
        this.cadence = cadence;
        this.grid = grid;
        this.minutes = minutes;
        this.xs = xs;
        this.ys = ys;
        this.cells = new int[minutes.length];
        this.valid = new boolean[grid.cellCount()];
        for (int i = 0; i < minutes.length; i++) {
            int cell = grid.cellOf(xs[i], ys[i]);
            if (cell < 0) {
                throw new IllegalArgumentException("Event " + i + " lies outside the grid");
            }
            cells[i] = cell;
            valid[cell] = true;
        }
        int count = 0;
        for (boolean v : valid) {
            count += v ? 1 : 0;
        }
        this.validCells = new int[count];
        for (int c = 0, k = 0; c < valid.length; c++) {
            if (valid[c]) {
                validCells[k++] = c;
            }
        }
    }

    /** Sorts the events by time (stable) and lays the protocol grid over them. */
    public static EventLog of(String name, Cadence cadence, long[] minutes, double[] xs, double[] ys, double cellSize) {
        return of(name, cadence, minutes, xs, ys, null, cellSize);
    }

    /** As {@link #of(String, Cadence, long[], double[], double[], double)} on a given grid (null: the protocol grid). */
    public static EventLog of(
            String name,
            Cadence cadence,
            long[] minutes,
            double[] xs,
            double[] ys,
            @Nullable CellGrid grid,
            double cellSize) {
        if (minutes.length != xs.length || xs.length != ys.length) {
            throw new IllegalStateException("Times and coordinates differ in length");
        }
        int n = minutes.length;
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            sorted &= i == 0 || minutes[i - 1] <= minutes[i];
        }
        long[] m = minutes.clone();
        double[] x = xs.clone();
        double[] y = ys.clone();
        if (!sorted) {
            Integer[] idx = new Integer[n];
            Arrays.setAll(idx, i -> i);
            Arrays.sort(idx, (a, b) -> Long.compare(minutes[a], minutes[b]));
            for (int i = 0; i < n; i++) {
                m[i] = minutes[idx[i]];
                x[i] = xs[idx[i]];
                y[i] = ys[idx[i]];
            }
        }
        CellGrid g = grid != null ? grid : CellGrid.covering(x, y, cellSize);
        return new EventLog(name, cadence, g, m, x, y);
    }

    public static long minuteOf(LocalDateTime t) {
        return Math.floorDiv(t.toEpochSecond(ZoneOffset.UTC), 60);
    }

    public static LocalDateTime dateTimeOf(long minute) {
        return LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.UTC);
    }

    public String name() {
        return name;
    }

    public Cadence cadence() {
        return cadence;
    }

    public CellGrid grid() {
        return grid;
    }

    public int size() {
        return minutes.length;
    }

    public long minute(int i) {
        return minutes[i];
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    public int cell(int i) {
        return cells[i];
    }

    public boolean isValid(int cell) {
        return valid[cell];
    }

    /** Row-major indices of the valid cells, ascending. Do not modify. */
    int[] validCellsShared() {
        return validCells;
    }

    public int[] validCells() {
        return validCells.clone();
    }

    public int validCount() {
        return validCells.length;
    }

    /** Index of the first event at or after the given minute (size() if none): a lower bound. */
    public int indexAtOrAfter(long minute) {
        return firstAtOrAfter(minutes, minute);
    }

    /** Lower bound: index of the first of the ascending minutes at or after the given one (length if none). */
    public static int firstAtOrAfter(long[] minutes, long minute) {
        int lo = 0, hi = minutes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (minutes[mid] < minute) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public int indexAtOrAfter(LocalDateTime t) {
        return indexAtOrAfter(minuteOf(t));
    }

    public LocalDateTime first() {
        return dateTimeOf(minutes[0]);
    }

    public LocalDateTime last() {
        return dateTimeOf(minutes[minutes.length - 1]);
    }

    /** The events strictly before the cut-off: all a forecaster may see. */
    public EventHistory before(LocalDateTime cutoff) {
        return new EventHistory(this, cutoff, indexAtOrAfter(cutoff));
    }
}
