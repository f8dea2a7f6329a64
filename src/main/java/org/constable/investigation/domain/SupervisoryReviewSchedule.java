package org.constable.investigation.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * When a supervisor must review an investigation: a first review a fixed number of days after it was
 * opened, then again a fixed number of days after each review (ADR 0080). The next review follows
 * from the day the last one was done, not from the day it was due, so a late review does not shorten
 * the next interval, and an early one does not lengthen it.
 */
public final class SupervisoryReviewSchedule {

    private final Period first;
    private final Period every;

    public SupervisoryReviewSchedule(Period first, Period every) {
        this.first = Objects.requireNonNull(first, "first");
        this.every = Objects.requireNonNull(every, "every");
        if (first.isNegative() || first.isZero() || every.isNegative() || every.isZero()) {
            throw new IllegalStateException("review intervals must be positive: first " + first + ", every " + every);
        }
    }

    /** The standard: first review 7 days after opening, then every 28 days. */
    public static SupervisoryReviewSchedule standard() {
        return new SupervisoryReviewSchedule(Period.ofDays(7), Period.ofDays(28));
    }

    public LocalDate firstDue(LocalDate openedOn) {
        return openedOn.plus(first);
    }

    public LocalDate nextAfter(LocalDate reviewedOn) {
        return reviewedOn.plus(every);
    }

    public Period first() {
        return first;
    }

    public Period every() {
        return every;
    }
}
