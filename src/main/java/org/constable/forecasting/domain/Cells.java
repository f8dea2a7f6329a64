package org.constable.forecasting.domain;

/**
 * The cells a forecasting method ranks, whatever their shape: the protocol's square grid
 * ({@link CellGrid}) or H3 hexagons. A method that needs only what this says (which cells lie some
 * steps from a cell, a sheet to add risk to) is written once and runs on both (ADR 0061). A cell is
 * named by a {@code long}: the row-major index on the square grid, the H3 index on hexagons.
 *
 * @param <R> what a risk sheet gives back: {@code double[]} (row-major) on squares, a map from H3
 *     index to risk on hexagons
 */
public interface Cells<R> {

    /** Called with a cell and its number of steps from the centre cell. */
    @FunctionalInterface
    interface StepVisitor {
        void at(long cell, int steps);
    }

    /** Risk added up per cell, in floating point. */
    interface RiskSheet<R> {
        void add(long cell, double amount);

        R risk();
    }

    /** Weights added up exactly per cell, over a common denominator given at the end. */
    interface ExactSheet<R> {
        void add(long cell, long numerator);

        R riskOver(long denominator);
    }

    /**
     * Visits every cell at most {@code steps} steps from {@code cell}, the cell itself at 0: the
     * Chebyshev distance in cells on the square grid (its edge clips the square), rings of
     * neighbours on hexagons.
     */
    void forEachWithinSteps(long cell, int steps, StepVisitor visitor);

    /** How a method's name reads a distance in steps: "" on squares (cells), " rings" on hexagons. */
    String stepsUnit();

    /** The name a person reads for a cell: "g-12-40" on squares, the H3 index in hex on hexagons. */
    String id(long cell);

    RiskSheet<R> newRiskSheet();

    ExactSheet<R> newExactSheet();
}
