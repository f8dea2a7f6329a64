package org.constable.covert.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.constable.shared.ForceTime;

/**
 * How long a directed surveillance authorisation lasts and how often it is reviewed (ADR 0102): in
 * force for {@code months} from the grant (RIPA s.43(3): three months), each renewal another {@code
 * months} from the expiry, reviews every {@code reviewEveryDays} from the grant or the last review,
 * and what falls within {@code dueWithinDays} shows on the authorising officer's queue.
 */
public record AuthorisationTerms(int months, int reviewEveryDays, int dueWithinDays) {

    public AuthorisationTerms {
        if (months < 1 || reviewEveryDays < 1 || dueWithinDays < 0) {
            throw new IllegalArgumentException("authorisation terms must be positive");
        }
    }

    /** The expiry: {@code months} after {@code from}, on the force's calendar. */
    public Instant expiryFrom(Instant from) {
        return from.atZone(ForceTime.ZONE).plus(Period.ofMonths(months)).toInstant();
    }

    /** The day the next review falls due: {@code reviewEveryDays} after the grant or the last review. */
    public LocalDate reviewDue(Instant grantedOrLastReviewed) {
        return grantedOrLastReviewed.atZone(ForceTime.ZONE).toLocalDate().plusDays(reviewEveryDays);
    }
}
