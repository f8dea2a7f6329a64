package org.constable.sources.domain;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One authorisation of a source's use and conduct (RIPA s.29): granted by an authorising officer,
 * taking effect at once or, for a renewal, when the one it renews expires; reviewed at its interval;
 * cancelled at most once, after which the source may not be used under it.
 */
public record Authorisation(
        long id,
        long sourceId,
        @Nullable Long renewalOf,
        String grantedBy,
        long grantedByUserId,
        Instant grantedAt,
        Instant startsAt,
        Instant expiresAt,
        boolean juvenile,
        int reviewIntervalDays,
        String grounds,
        @Nullable Instant cancelledAt,
        @Nullable String cancelledBy,
        @Nullable String cancellationReason,
        @Nullable Instant lastReviewAt) {

    /** Where an authorisation stands at an instant. */
    public enum State {
        /** A renewal waiting for the authorisation it renews to expire. */
        PENDING,
        LIVE,
        EXPIRED,
        CANCELLED
    }

    public State stateAt(Instant now) {
        if (cancelledAt != null && !now.isBefore(cancelledAt)) {
            return State.CANCELLED;
        }
        if (!now.isBefore(expiresAt)) {
            return State.EXPIRED;
        }
        return now.isBefore(startsAt) ? State.PENDING : State.LIVE;
    }

    /** Whether the source could be used under this authorisation at {@code at}. */
    public boolean covers(Instant at) {
        return stateAt(at) == State.LIVE;
    }

    /** The next review: one interval after the last review, or after it took effect. */
    public Instant nextReviewDue() {
        Instant from = lastReviewAt != null && lastReviewAt.isAfter(startsAt) ? lastReviewAt : startsAt;
        return from.plus(Duration.ofDays(reviewIntervalDays));
    }
}
