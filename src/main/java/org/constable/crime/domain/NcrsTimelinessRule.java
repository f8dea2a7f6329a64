package org.constable.crime.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * NCRS: a crime-indicative incident is recorded as a crime, or decided by the registrar not to be
 * one, within 24 hours of the report to the police.
 */
public final class NcrsTimelinessRule {

    public static final Duration LIMIT = Duration.ofHours(24);

    public Instant dueAt(Instant reportedAt) {
        return reportedAt.plus(LIMIT);
    }

    public boolean overdue(Instant reportedAt, Instant now) {
        return now.isAfter(dueAt(reportedAt));
    }

    /** Time left (negative when overdue). */
    public Duration remaining(Instant reportedAt, Instant now) {
        return Duration.between(now, dueAt(reportedAt));
    }
}
