package org.constable.investigation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an obligation falls due: the last day on which it may be done, and the instant that day
 * ends in England and Wales (the Code counts days, so a duty is met any time on its last day).
 */
public record Deadline(Obligation obligation, LocalDate lastDay, Instant dueBy) {

    /** Victims' Code days are days in England and Wales, whatever the server's zone. */
    public static final ZoneId ENGLAND_AND_WALES = ZoneId.of("Europe/London");

    public static Deadline endOf(Obligation obligation, LocalDate lastDay) {
        return new Deadline(
                obligation,
                lastDay,
                lastDay.plusDays(1).atStartOfDay(ENGLAND_AND_WALES).toInstant());
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ENGLAND_AND_WALES).toLocalDate();
    }
}
