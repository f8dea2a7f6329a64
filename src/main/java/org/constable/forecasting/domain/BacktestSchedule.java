package org.constable.forecasting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The schedule of a backtest as an analyst gives it: how often (daily, weekly, monthly) and the
 * first and last period (a date for daily and weekly, a month for monthly). Each period is trained
 * on everything before it and scored on its own events.
 */
public record BacktestSchedule(Cadence cadence, String first, String last, List<ForecastPeriod> periods) {

    /** A year of daily forecasts is 365; ten years of them is the most one backtest runs. */
    public static final int MAX_PERIODS = 3660;

    public BacktestSchedule {
        periods = List.copyOf(periods);
    }

    /** Reads "daily", "weekly" or "monthly". */
    public static Cadence cadence(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("cadence", "Choose how often to forecast: daily, weekly or monthly.");
        }
        try {
            return Cadence.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("cadence", "How often to forecast is daily, weekly or monthly.");
        }
    }

    public static BacktestSchedule of(Cadence cadence, @Nullable String first, @Nullable String last) {
        if (first == null || first.isBlank() || last == null || last.isBlank()) {
            throw new InvalidInput(
                    first == null || first.isBlank() ? "first" : "last",
                    "Give the first and last period of the schedule ("
                            + (cadence == Cadence.MONTHLY ? "months as yyyy-MM" : "dates as yyyy-MM-dd") + ").");
        }
        List<ForecastPeriod> periods;
        if (cadence == Cadence.MONTHLY) {
            YearMonth from = month(first, "first");
            YearMonth to = month(last, "last");
            order(from.isAfter(to));
            periods = RollingOrigin.monthly(from, to);
        } else {
            LocalDate from = date(first, "first");
            LocalDate to = date(last, "last");
            order(from.isAfter(to));
            periods = cadence == Cadence.DAILY ? RollingOrigin.daily(from, to) : RollingOrigin.weekly(from, to);
        }
        if (periods.size() > MAX_PERIODS) {
            throw new InvalidInput(
                    "last",
                    "The schedule has " + periods.size() + " periods; at most " + MAX_PERIODS
                            + " are run in one backtest.");
        }
        return new BacktestSchedule(cadence, first.strip(), last.strip(), periods);
    }

    /** The protocol's own schedule of a built-in dataset. */
    public static BacktestSchedule of(ProtocolDataset dataset) {
        List<ForecastPeriod> periods = dataset.schedule();
        return new BacktestSchedule(
                dataset.cadence(),
                periods.get(0).label(),
                periods.get(periods.size() - 1).label(),
                periods);
    }

    /** "monthly, 2020-01 to 2021-09 (21 periods)". */
    public String describe() {
        return cadence.name().toLowerCase(Locale.ROOT) + ", " + first + " to " + last + " (" + periods.size()
                + (periods.size() == 1 ? " period)" : " periods)");
    }

    private static void order(boolean backwards) {
        if (backwards) {
            throw new InvalidInput("last", "The first period of the schedule comes after the last.");
        }
    }

    private static YearMonth month(String text, String which) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(which, "The " + which + " period of a monthly schedule is a month, yyyy-MM.");
        }
    }

    private static LocalDate date(String text, String which) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(
                    which, "The " + which + " period of a daily or weekly schedule is a date, yyyy-MM-dd.");
        }
    }
}
