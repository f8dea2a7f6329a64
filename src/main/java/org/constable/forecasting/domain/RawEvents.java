package org.constable.forecasting.domain;

import java.util.Arrays;
import org.constable.shared.InvalidInput;

/**
 * Events as read from a file, before they are laid on a grid: times in whole minutes (see
 * {@link EventLog}), coordinates in the file's own system, and whether the times are only months.
 */
public final class RawEvents {

    private long[] minutes = new long[1 << 12];
    private double[] xs = new double[minutes.length];
    private double[] ys = new double[minutes.length];
    private int size;
    private final boolean monthsOnly;
    private final int limit;

    public RawEvents(boolean monthsOnly, int limit) {
        this.monthsOnly = monthsOnly;
        this.limit = limit;
    }

    /** Adds one event; refuses the file past the limit, so a huge file cannot take all the memory. */
    public void add(long minute, double x, double y, String fileName) {
        if (size == limit) {
            throw new EventsFileRefused(
                    fileName, -1, "it holds more than " + limit + " events, the most one backtest reads");
        }
        if (size == minutes.length) {
            minutes = Arrays.copyOf(minutes, size * 2);
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
        }
        minutes[size] = minute;
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    public boolean monthsOnly() {
        return monthsOnly;
    }

    public int size() {
        return size;
    }

    /** The events on the protocol's grid (250 m cells, origin at the smallest x and y), after projection. */
    public EventLog toLog(String name, Cadence cadence, EventProjection projection, int maxCells) {
        if (size == 0) {
            throw new InvalidInput("eventsPath", "The data holds no events to forecast from.");
        }
        double[] x = Arrays.copyOf(xs, size);
        double[] y = Arrays.copyOf(ys, size);
        projection.apply(x, y, size);
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new InvalidInput(
                        "crs",
                        "An event cannot be placed on the grid of EPSG:" + projection.grid()
                                + " (is the coordinate system of the file right?)");
            }
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double cell = CellGrid.PROTOCOL_CELL_SIZE;
        double cells = (Math.floor((maxX - minX) / cell) + 1) * (Math.floor((maxY - minY) / cell) + 1);
        if (cells > maxCells) {
            throw new InvalidInput(
                    "eventsPath",
                    String.format(
                            java.util.Locale.ROOT,
                            "The events spread over %.0f km by %.0f km, more than one grid of %,d cells of 250 m covers"
                                    + " (is the coordinate system of the file right?)",
                            (maxX - minX) / 1000,
                            (maxY - minY) / 1000,
                            maxCells));
        }
        return EventLog.of(name, cadence, Arrays.copyOf(minutes, size), x, y, cell);
    }
}
