package org.constable.forecasting.domain;

import java.time.LocalDateTime;

/**
 * The events a forecaster may use: those strictly before the cut-off, indices 0..size()-1 in time
 * order. Window lookups are binary searches, so a forecast over the last 28 days reads only
 * those events however long the history is.
 */
public final class EventHistory implements CellHistory<double[]> {

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

    @Override
    public CellGrid cells() {
        return log.grid();
    }

    @Override
    public long cellAt(int i) {
        return cell(i);
    }

    /** Each event stands at its own point and visits the cells of its bounding square, row by row. */
    @Override
    public void forEachCellNear(int first, double metres, NearVisitor visitor) {
        CellGrid grid = log.grid();
        for (int i = first; i < size(); i++) {
            double x = x(i);
            double y = y(i);
            int gx0 = Math.max(0, grid.column(x - metres));
            int gx1 = Math.min(grid.nx() - 1, grid.column(x + metres));
            int gy0 = Math.max(0, grid.row(y - metres));
            int gy1 = Math.min(grid.ny() - 1, grid.row(y + metres));
            for (int gy = gy0; gy <= gy1; gy++) {
                double dy = grid.centreY(gy) - y;
                for (int gx = gx0; gx <= gx1; gx++) {
                    double dx = grid.centreX(gx) - x;
                    visitor.at(gy * grid.nx() + gx, dx * dx + dy * dy, 1);
                }
            }
        }
    }

    @Override
    public LocalDateTime cutoff() {
        return cutoff;
    }

    @Override
    public long cutoffMinute() {
        return cutoffMinute;
    }

    @Override
    public Cadence cadence() {
        return log.cadence();
    }

    public CellGrid grid() {
        return log.grid();
    }

    /** Number of events before the cut-off. */
    @Override
    public int size() {
        return end;
    }

    @Override
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
    @Override
    public int indexAtOrAfter(LocalDateTime t) {
        return Math.min(log.indexAtOrAfter(t), end);
    }

    @Override
    public int indexAtOrAfter(long minute) {
        return Math.min(log.indexAtOrAfter(minute), end);
    }

    private void check(int i) {
        if (i >= end) {
            throw new IndexOutOfBoundsException("Event " + i + " is not before the cut-off " + cutoff);
        }
    }
}
