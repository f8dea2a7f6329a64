package org.constable.custody.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The clocks of a detention read at one moment of an injected clock: time to the limit, the review
 * owed, the visit owed, and what is in breach. The suite board, the phone and the tests all read
 * them from here, so nothing can be shown as fine that the rules call overdue.
 */
public final class PaceClock {

    /** One detention's clocks at {@code now}. */
    public record Reading(
            Instant now,
            Instant limit,
            Duration toLimit,
            @Nullable Instant reviewDue,
            boolean reviewPostponed,
            @Nullable Instant visitDue,
            List<Breach> breaches) {

        public boolean inBreach() {
            return !breaches.isEmpty();
        }
    }

    private final Clock clock;

    public PaceClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public Reading read(Detention d) {
        Instant now = clock.instant();
        List<Breach> breaches = new ArrayList<>();
        boolean open = d.status().open();
        Instant limit = d.limit().until();
        if (open && now.isAfter(limit)) {
            breaches.add(Breach.LIMIT_PASSED);
        }
        Instant reviewDue = d.nextReviewDue().orElse(null);
        boolean postponed = d.postponement().isPresent();
        if (reviewDue != null && now.isAfter(reviewDue) && !postponed) {
            breaches.add(Breach.REVIEW_OVERDUE);
        }
        Instant visitDue = d.nextVisitDue().orElse(null);
        if (visitDue != null && now.isAfter(visitDue)) {
            breaches.add(Breach.VISIT_OVERDUE);
        }
        if (open && d.releaseOrdered()) {
            breaches.add(Breach.RELEASE_ORDERED);
        }
        if (open && d.needsAppropriateAdult() && d.snapshot().appropriateAdult() == null) {
            breaches.add(Breach.APPROPRIATE_ADULT_NEEDED);
        }
        return new Reading(
                now, limit, Duration.between(now, limit), reviewDue, postponed, visitDue, List.copyOf(breaches));
    }
}
