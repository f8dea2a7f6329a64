package org.constable.forecasting.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Prospective hotspotting (Bowers, Johnson and Pease 2004) as open_cp's grid version runs it:
 * risk of a cell = Σ 1/((1+d)(1+dt)) over past events, d the Chebyshev distance in cells between
 * the event's cell and this cell, dt the whole time units from the event to the cut-off, rounded
 * down; events with d or dt at or beyond the bandwidths weigh nothing. Daily data: dt in weeks from
 * the event's time (weekly cadence likewise). Monthly data knows only the month, so dt counts whole months from the end of
 * the event's month (last month's events have dt = 0, as last week's do in daily data); this is
 * the convention that reproduces open_cp's figures (the month's start gives 19.8% instead of
 * 19.5% at 5% on Merseyside burglary). Sums are kept as exact integers (over the common denominator of
 * all weights) so that cells equal in theory tie exactly and the protocol's tie rule decides. On H3
 * hexagons d is the number of rings between the cells, the hexagonal counterpart of the Chebyshev
 * distance, and the space bandwidth a number of rings (ADR 0032, 0061).
 */
public final class ProspectiveHotspot implements Forecaster, CellMethod {

    private static final long MINUTES_PER_WEEK = 7L * 24 * 60;

    private final int spaceBandwidth;
    private final int timeBandwidth;
    private final long commonDenominator;
    private final long[][] numerators;

    public ProspectiveHotspot(int spaceBandwidthCells, int timeBandwidthUnits) {
        if (spaceBandwidthCells <= 0
                || timeBandwidthUnits <= 0
                || spaceBandwidthCells > 20
                || timeBandwidthUnits > 20) {
            throw new IllegalArgumentException("Bandwidths must lie in 1..20");
        }
        this.spaceBandwidth = spaceBandwidthCells;
        this.timeBandwidth = timeBandwidthUnits;
        this.commonDenominator = lcmUpTo(spaceBandwidthCells) * lcmUpTo(timeBandwidthUnits);
        this.numerators = new long[spaceBandwidthCells][timeBandwidthUnits];
        for (int d = 0; d < spaceBandwidthCells; d++) {
            for (int t = 0; t < timeBandwidthUnits; t++) {
                numerators[d][t] = commonDenominator / ((1L + d) * (1L + t));
            }
        }
    }

    /** The classic setting: 8 cells (2 km at 250 m) and 8 weeks or 8 months. */
    public static ProspectiveHotspot classic() {
        return new ProspectiveHotspot(8, 8);
    }

    @Override
    public String name() {
        return "prohot d<" + spaceBandwidth + " dt<" + timeBandwidth;
    }

    @Override
    public String nameOn(Cells<?> cells) {
        return "prohot d<" + spaceBandwidth + cells.stepsUnit() + " dt<" + timeBandwidth;
    }

    @Override
    public double[] risk(EventHistory history) {
        return riskOn(history);
    }

    @Override
    public <R> R riskOn(CellHistory<R> history) {
        Cells<R> cells = history.cells();
        Cells.ExactSheet<R> sums = cells.newExactSheet();
        int reach = spaceBandwidth - 1;
        int first = history.indexAtOrAfter(windowStartMinute(history.cadence(), history.cutoff()));
        for (int i = first; i < history.size(); i++) {
            int dt = unitsBefore(history.cadence(), history.cutoffMinute(), history.minute(i));
            if (dt < 0 || dt >= timeBandwidth) {
                continue;
            }
            int units = dt;
            cells.forEachWithinSteps(history.cellAt(i), reach, (cell, d) -> sums.add(cell, numerators[d][units]));
        }
        return sums.riskOver(commonDenominator);
    }

    @Override
    public Optional<CellMethod> onAnyCells() {
        return Optional.of(this);
    }

    public int spaceBandwidth() {
        return spaceBandwidth;
    }

    public int timeBandwidth() {
        return timeBandwidth;
    }

    /** The weight 1/((1+d)(1+dt)) times {@link #commonDenominator()}, exactly; d and dt below the bandwidths. */
    public long numerator(int d, int dt) {
        return numerators[d][dt];
    }

    public long commonDenominator() {
        return commonDenominator;
    }

    /** The first minute an event may have and still weigh something at this cut-off. */
    public long windowStartMinute(Cadence cadence, LocalDateTime cutoff) {
        return cadence == Cadence.MONTHLY
                ? EventLog.minuteOf(cutoff.minusMonths(timeBandwidth))
                : EventLog.minuteOf(cutoff) - timeBandwidth * MINUTES_PER_WEEK + 1;
    }

    /**
     * dt of an event: whole weeks before the cut-off (daily, weekly), or whole months after its month
     * ended (monthly). The cut-off's month is the one that begins at or contains it: a mid-month
     * cut-off (exact-time data forecast a month ahead) counts its own month's earlier events as last
     * month's (dt = 0); at a month's start this is the month-data convention unchanged.
     */
    public static int unitsBefore(Cadence cadence, long cutoffMinute, long minute) {
        return cadence == Cadence.MONTHLY
                ? monthIndex(cutoffMinute - 1) - monthIndex(minute)
                : (int) Math.floorDiv(cutoffMinute - minute, MINUTES_PER_WEEK);
    }

    private static int monthIndex(long minute) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(minute, 1440));
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    private static long lcmUpTo(int n) {
        long l = 1;
        for (int k = 2; k <= n; k++) {
            l = l / gcd(l, k) * k;
        }
        return l;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
