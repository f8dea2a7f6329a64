package org.constable.covert.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.constable.covert.domain.AuthorisationState;
import org.constable.covert.domain.AuthorisationTerms;
import org.constable.covert.persistence.AuthorisationStore;
import org.constable.covert.persistence.AuthorisationStore.AuthorisationRow;
import org.constable.identity.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Where an authorisation stands now, by the injected clock, and its next review day. */
@Component
class AuthorisationViews {

    private final AuthorisationStore store;
    private final AuthorisationTerms terms;
    private final CurrentActor users;
    private final Clock clock;

    AuthorisationViews(AuthorisationStore store, AuthorisationTerms terms, CurrentActor users, Clock clock) {
        this.store = store;
        this.terms = terms;
        this.users = users;
        this.clock = clock;
    }

    AuthorisationState state(AuthorisationRow a) {
        return AuthorisationState.at(clock.instant(), a.grantedAt(), a.expiresAt(), a.cancelledAt());
    }

    /** The day the next review falls due while it is in force; null otherwise. */
    @Nullable LocalDate nextReviewDue(AuthorisationRow a) {
        if (state(a) != AuthorisationState.IN_FORCE || a.grantedAt() == null) {
            return null;
        }
        Instant last = store.lastReviewed(a.id());
        return terms.reviewDue(last == null ? a.grantedAt() : last);
    }

    CovertViews.AuthorisationLine line(AuthorisationRow a) {
        return new CovertViews.AuthorisationLine(
                a.id(),
                state(a).name(),
                a.applicant(),
                username(a.authorisingOfficerId()),
                a.grantedAt(),
                a.expiresAt(),
                nextReviewDue(a));
    }

    CovertViews.Authorisation full(AuthorisationRow a) {
        AuthorisationState state = state(a);
        return new CovertViews.Authorisation(
                a.id(),
                a.operationId(),
                state.name(),
                state.refusal(),
                a.applicantId(),
                a.applicant(),
                a.authorisingOfficerId(),
                username(a.authorisingOfficerId()),
                a.grounds(),
                a.necessity(),
                a.proportionality(),
                a.appliedAt(),
                a.grantedAt(),
                a.expiresAt(),
                nextReviewDue(a),
                a.cancelledAt(),
                a.cancelledBy(),
                a.cancellationReason(),
                store.reviews(a.id()).stream()
                        .map(r -> new CovertViews.Review(r.outcome(), r.notes(), r.reviewedBy(), r.reviewedAt()))
                        .toList(),
                store.renewals(a.id()).stream()
                        .map(r -> new CovertViews.Renewal(
                                r.expiresBefore(), r.expiresAfter(), r.renewedBy(), r.renewedAt()))
                        .toList(),
                store.uses(a.id()).stream()
                        .map(u -> new CovertViews.Use(u.activity(), u.recordedBy(), u.recordedAt()))
                        .toList());
    }

    String username(long userId) {
        return users.usernameOf(userId).orElse("user " + userId);
    }
}
