package org.constable.forecasting.domain;

import java.time.LocalDateTime;

/**
 * The events a method may use, those strictly before the cut-off in time order, each with its
 * minute and its cell, on cells of any shape (ADR 0061): {@link EventHistory} on the square grid,
 * {@code H3History} on hexagons.
 *
 * @param <R> what the cells' risk sheets give back
 */
public interface CellHistory<R> {

    /** Called with a cell, its squared distance in metres from where some events happened, and how many. */
    @FunctionalInterface
    interface NearVisitor {
        void at(long cell, double squaredMetres, int events);
    }

    Cells<R> cells();

    Cadence cadence();

    LocalDateTime cutoff();

    long cutoffMinute();

    /** Number of events before the cut-off. */
    int size();

    long minute(int i);

    /** The cell of event i, as {@link Cells} names it. */
    long cellAt(int i);

    /** Index of the first event at or after the given time (size() if none before the cut-off). */
    int indexAtOrAfter(LocalDateTime t);

    int indexAtOrAfter(long minute);

    /**
     * For the events from index {@code first} on, visits each cell whose centre may lie within
     * {@code metres} of where they happened, with the squared distance (a kernel decides what counts).
     * On the square grid each event stands at its own point and visits the cells of its bounding
     * square; on hexagons the events of a cell are counted and stand at its centre, which visits the
     * rings out to the last one with a centre within the distance.
     */
    void forEachCellNear(int first, double metres, NearVisitor visitor);
}
