package org.constable.forecasting.domain;

import java.time.LocalDateTime;

/**
 * The events a forecaster may use: those strictly before the cut-off, indices 0..size()-1 in time
 * order. Window lookups are binary searches, so a forecast over the last 28 days reads only
 * those events however long the history is.
 */
public final class EventHistory {

    private final EventLog log;
    private final LocalDateTime cutoff;
    private final long cutoffMinute;
    private final int end;

    EventHistory(EventLog log, LocalDateTime cutoff, int end) {
        this.log = log;
        this.cutoff = cutoff;
        this.cutoffMinute = EventLog.minuteOf(cutoff);
        this.end = end;
    }

    public LocalDateTime cutoff() {
        return cutoff;
    }

    public long cutoffMinute() {
        return cutoffMinute;
    }

    public Cadence cadence() {
        return log.cadence();
    }

    public CellGrid grid() {
        return log.grid();
    }

    /** Number of events before the cut-off. */
    public int size() {
        return end;
    }

    public long minute(int i) {
        check(i);
        return log.minute(i);
    }

    public double x(int i) {
        check(i);
        return log.x(i);
    }

    public double y(int i) {
        check(i);
        return log.y(i);
    }

    public int cell(int i) {
        check(i);
        return log.cell(i);
    }

    public boolean isValid(int cell) {
        return log.isValid(cell);
    }

    /** Index of the first event at or after the given time (size() if none before the cut-off). */
    public int indexAtOrAfter(LocalDateTime t) {
        return Math.min(log.indexAtOrAfter(t), end);
    }

    public int indexAtOrAfter(long minute) {
        return Math.min(log.indexAtOrAfter(minute), end);
    }

    private void check(int i) {
        if (i >= end) {
            throw new IndexOutOfBoundsException("Event " + i + " is not before the cut-off " + cutoff);
        }
    }
}
