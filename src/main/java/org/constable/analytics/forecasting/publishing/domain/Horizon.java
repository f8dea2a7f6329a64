package org.constable.analytics.forecasting.publishing.domain;

import java.time.YearMonth;
import java.util.Locale;

/**
 * How far ahead a forecast looks. Police.uk data is known only to the month, so a forecast from it
 * can only be for the next month: a day or a week inside a month cannot be told apart.
 */
public enum Horizon {
    NEXT_DAY,
    NEXT_WEEK,
    NEXT_MONTH;

    public static Horizon parse(String text) {
        if (text == null || text.isBlank()) {
            return NEXT_MONTH;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown horizon '" + text + "': use next-day, next-week or next-month");
        }
    }

    /** Refuses a horizon finer than month-precision data can support. */
    public void requireMonthPrecisionAllows() {
        if (this != NEXT_MONTH) {
            throw new IllegalArgumentException("The force's crime data is known only to the month, so only a next-month "
                    + "forecast is meaningful; " + label() + " needs crimes with exact times");
        }
    }

    /** The month forecast when the data window ends with {@code lastMonth}. */
    public YearMonth periodAfter(YearMonth lastMonth) {
        requireMonthPrecisionAllows();
        return lastMonth.plusMonths(1);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
