package org.constable.forecasting.publishing.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.constable.forecasting.domain.Cadence;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * How far ahead a forecast looks. Police.uk data is known only to the month, so a forecast from it
 * can only be for the next month: a day or a week inside a month cannot be told apart. The force's
 * own recorded crimes have exact times, so from them a forecast may be for the next day, the next
 * seven days or the next month after the last day of the data window.
 */
public enum Horizon {
    NEXT_DAY(Cadence.DAILY),
    NEXT_WEEK(Cadence.WEEKLY),
    NEXT_MONTH(Cadence.MONTHLY);

    private final Cadence cadence;

    Horizon(Cadence cadence) {
        this.cadence = cadence;
    }

    public static Horizon parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return NEXT_MONTH;
        }
        try {
            return valueOf(
                    text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("horizon", "Unknown horizon '" + text + "': use next-day, next-week or next-month");
        }
    }

    /** The cadence the forecasting methods run with for this horizon (their default lookbacks and period length). */
    public Cadence cadence() {
        return cadence;
    }

    /** Refuses a horizon finer than month-precision data can support. */
    public void requireMonthPrecisionAllows() {
        if (this != NEXT_MONTH) {
            throw new InvalidInput(
                    "horizon",
                    "The force's crime data is known only to the month, so only a next-month "
                            + "forecast is meaningful; " + label() + " needs crimes with exact times");
        }
    }

    /** The month forecast when the data window ends with {@code lastMonth}. */
    public YearMonth periodAfter(YearMonth lastMonth) {
        requireMonthPrecisionAllows();
        return lastMonth.plusMonths(1);
    }

    /**
     * The days forecast when the data window ends with {@code lastDay}: the next day, the next seven
     * days, or the next month (from the next day to the day before the same day a month later; a
     * window ending on a month's last day is followed by the whole next calendar month).
     */
    public ForecastDays periodAfter(LocalDate lastDay) {
        LocalDate first = lastDay.plusDays(1);
        return switch (this) {
            case NEXT_DAY -> new ForecastDays(first, first);
            case NEXT_WEEK -> new ForecastDays(first, first.plusDays(6));
            case NEXT_MONTH -> new ForecastDays(first, first.plusMonths(1).minusDays(1));
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
