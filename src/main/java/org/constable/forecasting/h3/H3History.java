package org.constable.forecasting.h3;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.CellHistory;
import org.constable.forecasting.domain.EventLog;

/**
 * The events an H3 forecaster may use: those strictly before the cut-off, in time order, each as
 * its minute (as in {@link EventLog}) and its H3 cell index; the hexagons' {@link CellHistory}.
 */
public final class H3History implements CellHistory<Map<Long, Double>> {

    private final Cadence cadence;
    private final LocalDateTime cutoff;
    private final long[] minutes;
    private final long[] cells;

    private H3History(Cadence cadence, LocalDateTime cutoff, long[] minutes, long[] cells) {
        this.cadence = cadence;
        this.cutoff = cutoff;
        this.minutes = minutes;
        this.cells = cells;
    }

    /** Keeps the events before the cut-off and sorts them by time (stable). */
    public static H3History before(LocalDateTime cutoff, Cadence cadence, long[] minutes, long[] cells) {
        if (minutes.length != cells.length) {
            throw new IllegalStateException("Times and cells differ in length");
        }
        long end = EventLog.minuteOf(cutoff);
        int[] order = IntStream.range(0, minutes.length)
                .filter(i -> minutes[i] < end)
                .boxed()
                .sorted(Comparator.comparingLong(i -> minutes[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        return new H3History(
                cadence,
                cutoff,
                Arrays.stream(order).mapToLong(i -> minutes[i]).toArray(),
                Arrays.stream(order).mapToLong(i -> cells[i]).toArray());
    }

    @Override
    public HexagonCells cells() {
        return HexagonCells.INSTANCE;
    }

    @Override
    public long cellAt(int i) {
        return cells[i];
    }

    /**
     * The events of each cell are counted and stand at its centre (a cell's position inside its
     * hexagon is not kept); each such cell visits the rings ({@code gridDisk}) out to the last one with
     * a centre within the distance, in great-circle metres. Each cell's centre is looked up once.
     */
    @Override
    public void forEachCellNear(int first, double metres, NearVisitor visitor) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = first; i < size(); i++) {
            counts.merge(cell(i), 1, Integer::sum);
        }
        Map<Long, double[]> centres = new HashMap<>();
        counts.forEach((source, n) -> {
            double[] from = centres.computeIfAbsent(source, H3Cells::centre);
            for (List<Long> ring : H3Cells.ringsWithin(source, metres)) {
                for (long cell : ring) {
                    double d = H3Cells.metresBetween(from, centres.computeIfAbsent(cell, H3Cells::centre));
                    visitor.at(cell, d * d, n);
                }
            }
        });
    }

    @Override
    public Cadence cadence() {
        return cadence;
    }

    @Override
    public LocalDateTime cutoff() {
        return cutoff;
    }

    @Override
    public long cutoffMinute() {
        return EventLog.minuteOf(cutoff);
    }

    @Override
    public int size() {
        return minutes.length;
    }

    @Override
    public long minute(int i) {
        return minutes[i];
    }

    public long cell(int i) {
        return cells[i];
    }

    /** Index of the first event at or after the minute (size() if none). */
    @Override
    public int indexAtOrAfter(long minute) {
        return EventLog.firstAtOrAfter(minutes, minute);
    }

    @Override
    public int indexAtOrAfter(LocalDateTime t) {
        return indexAtOrAfter(EventLog.minuteOf(t));
    }
}
