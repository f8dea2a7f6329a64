package org.constable.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * PACE s.40: the first review no later than 6 hours after detention was authorised, then at
 * intervals of not more than 9 hours. A review carried out late (postponed under s.40(4), or
 * missed) does not move the timetable (s.40(5)): the next is due 9 hours after the late one was due.
 */
public final class Pace40ReviewSchedule {

    public static final Duration FIRST = Duration.ofHours(6);
    public static final Duration INTERVAL = Duration.ofHours(9);

    private Pace40ReviewSchedule() {}

    public static Instant nextDue(Instant authorisedAt, List<Review> reviews) {
        Instant due = authorisedAt.plus(FIRST);
        for (Review r : reviews) {
            Instant anchor = r.at().isAfter(due) ? due : r.at();
            due = anchor.plus(INTERVAL);
        }
        return due;
    }
}
