package org.constable.forecasting.h3;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.EventLog;

/**
 * The events an H3 forecaster may use: those strictly before the cut-off, in time order, each as
 * its minute (as in {@link EventLog}) and its H3 cell index.
 */
public final class H3History {

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
            throw new IllegalArgumentException("Times and cells differ in length");
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

    public Cadence cadence() {
        return cadence;
    }

    public LocalDateTime cutoff() {
        return cutoff;
    }

    public long cutoffMinute() {
        return EventLog.minuteOf(cutoff);
    }

    public int size() {
        return minutes.length;
    }

    public long minute(int i) {
        return minutes[i];
    }

    public long cell(int i) {
        return cells[i];
    }

    /** Index of the first event at or after the minute (size() if none). */
    public int indexAtOrAfter(long minute) {
        return EventLog.firstAtOrAfter(minutes, minute);
    }

    public int indexAtOrAfter(LocalDateTime t) {
        return indexAtOrAfter(EventLog.minuteOf(t));
    }
}
