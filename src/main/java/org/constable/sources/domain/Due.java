package org.constable.sources.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a source's authorisations ask of its handler, controller and registrar, and when: a review
 * at its interval, a renewal within the last month of an authorisation nothing renews yet, and an
 * authorisation that expired with no other taking over (the source may not be used until one is granted).
 */
public final class Due {

    /** How far ahead the queue looks. */
    public static final Duration HORIZON = Duration.ofDays(14);
    /** A renewal is asked for in the last month of an authorisation. */
    public static final Duration RENEWAL_WINDOW = Duration.ofDays(30);

    public enum What {
        REVIEW,
        RENEWAL,
        EXPIRED
    }

    public record Item(What what, Instant dueAt, boolean overdue) {}

    private Due() {}

    /** The items of one source's authorisations (oldest first), as they stand at {@code now}. */
    public static List<Item> of(List<Authorisation> authorisations, Instant now) {
        List<Item> items = new ArrayList<>();
        Optional<Authorisation> latest = authorisations.isEmpty()
                ? Optional.empty()
                : Optional.of(authorisations.get(authorisations.size() - 1));
        for (Authorisation a : authorisations) {
            if (a.stateAt(now) != Authorisation.State.LIVE) {
                continue;
            }
            Instant review = a.nextReviewDue();
            if (review.isBefore(a.expiresAt()) && review.isBefore(now.plus(HORIZON))) {
                items.add(new Item(What.REVIEW, review, !review.isAfter(now)));
            }
            boolean renewed = latest.isPresent() && latest.get().id() != a.id();
            Instant renewFrom = a.expiresAt().minus(RENEWAL_WINDOW);
            if (!renewed && renewFrom.isBefore(now.plus(HORIZON))) {
                items.add(new Item(What.RENEWAL, a.expiresAt(), false));
            }
        }
        latest.filter(a -> a.stateAt(now) == Authorisation.State.EXPIRED)
                .filter(a -> now.isBefore(a.expiresAt().plus(RENEWAL_WINDOW)))
                .ifPresent(a -> items.add(new Item(What.EXPIRED, a.expiresAt(), true)));
        return items;
    }
}
