package org.constable.forecasting.publishing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A run of whole days in the force's local time, first and last inclusive: a data window or the
 * period a forecast is for. As instants it is [start of first day, start of the day after last).
 */
public record ForecastDays(LocalDate first, LocalDate last) {

    /** The force's local time, in which days begin and end and in which forecast times are counted. */
    public static final ZoneId FORCE_TIME = ZoneId.of("Europe/London");

    public ForecastDays {
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "A run of days needs a first and a last day, the last not before the first");
        }
    }

    public LocalDateTime startTime() {
        return first.atStartOfDay();
    }

    public LocalDateTime endTime() {
        return last.plusDays(1).atStartOfDay();
    }

    public Instant start() {
        return startTime().atZone(FORCE_TIME).toInstant();
    }

    public Instant end() {
        return endTime().atZone(FORCE_TIME).toInstant();
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start()) && t.isBefore(end());
    }

    public long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }
}
