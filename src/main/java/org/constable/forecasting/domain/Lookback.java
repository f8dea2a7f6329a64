package org.constable.forecasting.domain;

import java.time.LocalDateTime;

/**
 * How far back a method looks from the cut-off: a number of days or of calendar months. The
 * window is [cut-off minus the lookback, cut-off), start inclusive as in open_cp's clipping.
 */
public record Lookback(int amount, Unit unit) {

    public enum Unit {
        DAYS,
        MONTHS
    }

    public Lookback {
        if (amount <= 0) {
            throw new IllegalArgumentException("A lookback must be positive: " + amount);
        }
    }

    public static Lookback days(int days) {
        return new Lookback(days, Unit.DAYS);
    }

    public static Lookback months(int months) {
        return new Lookback(months, Unit.MONTHS);
    }

    public LocalDateTime startBefore(LocalDateTime cutoff) {
        return unit == Unit.DAYS ? cutoff.minusDays(amount) : cutoff.minusMonths(amount);
    }

    /** Index of the first event of the window in the history. */
    public int firstIndex(CellHistory<?> history) {
        return history.indexAtOrAfter(startBefore(history.cutoff()));
    }

    @Override
    public String toString() {
        return amount + (unit == Unit.DAYS ? " d" : " mo");
    }
}
