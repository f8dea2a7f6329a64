package org.constable.forecasting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Rolling-origin schedules: one forecast per day, week or month, each trained on everything before it. */
public final class RollingOrigin {

    private RollingOrigin() {}

    /** Every day from {@code first} to {@code last} inclusive, trained before 00:00 of that day. */
    public static List<ForecastPeriod> daily(LocalDate first, LocalDate last) {
        List<ForecastPeriod> periods = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            periods.add(new ForecastPeriod(
                    d.toString(), d.atStartOfDay(), d.plusDays(1).atStartOfDay()));
        }
        return periods;
    }

    /** Seven-day periods starting on {@code first}, then every seventh day while a period starts by {@code last}. */
    public static List<ForecastPeriod> weekly(LocalDate first, LocalDate last) {
        List<ForecastPeriod> periods = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusWeeks(1)) {
            periods.add(new ForecastPeriod(
                    "week of " + d, d.atStartOfDay(), d.plusWeeks(1).atStartOfDay()));
        }
        return periods;
    }

    /** Every month from {@code first} to {@code last} inclusive, trained on the earlier months. */
    public static List<ForecastPeriod> monthly(YearMonth first, YearMonth last) {
        List<ForecastPeriod> periods = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            periods.add(new ForecastPeriod(
                    m.toString(),
                    m.atDay(1).atStartOfDay(),
                    m.plusMonths(1).atDay(1).atStartOfDay()));
        }
        return periods;
    }
}
