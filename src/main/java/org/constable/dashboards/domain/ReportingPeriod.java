package org.constable.dashboards.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard's period, whole days from {@code first} to {@code last} inclusive, the same-length period
 * before it (the trend is against that), and the buckets of its chart: days up to a month, ISO weeks
 * up to half a year, then calendar months, so that a chart never has more than about 31 points.
 */
public record ReportingPeriod(LocalDate first, LocalDate last) {

    public enum Bucket {
        DAY,
        WEEK,
        MONTH
    }

    public static final int MAX_DAYS = 366 * 2;

    public ReportingPeriod {
        if (first == null || last == null || last.isBefore(first)) {
            throw new InvalidInput(
                    first == null ? "from" : "to",
                    "Choose a period that ends on or after the day it starts: from and to are days written like 2026-03-17, to not before from.");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new InvalidInput(
                    "from",
                    "Choose a period of up to two years (at most " + MAX_DAYS + " days, from and to included).");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    public ReportingPeriod previous() {
        return new ReportingPeriod(first.minusDays(days()), first.minusDays(1));
    }

    public Bucket bucket() {
        return days() <= 31 ? Bucket.DAY : days() <= 183 ? Bucket.WEEK : Bucket.MONTH;
    }

    /** The first day of the bucket a day falls in. */
    public LocalDate bucketOf(LocalDate day) {
        return switch (bucket()) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of every bucket in the period, in order. */
    public List<LocalDate> buckets() {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = bucketOf(first); !d.isAfter(last); ) {
            starts.add(d);
            d = switch (bucket()) {
                case DAY -> d.plusDays(1);
                case WEEK -> d.plusWeeks(1);
                case MONTH -> d.plusMonths(1);
            };
        }
        return starts;
    }

    /** Change against the previous period as a share (0.25 = up a quarter), or null when there was nothing to compare with. */
    public static @Nullable Double trend(long now, long before) {
        return before == 0 ? null : (double) (now - before) / before;
    }
}
