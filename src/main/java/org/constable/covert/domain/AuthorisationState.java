package org.constable.covert.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where a directed surveillance authorisation stands at an instant (ADR 0102): applied for and not
 * yet granted, in force, expired (at or after its expiry) or cancelled. Only one in force may be used,
 * reviewed, renewed; a cancelled one is never anything else again.
 */
public enum AuthorisationState {
    APPLIED,
    IN_FORCE,
    EXPIRED,
    CANCELLED;

    public static AuthorisationState at(
            Instant now, @Nullable Instant grantedAt, @Nullable Instant expiresAt, @Nullable Instant cancelledAt) {
        if (cancelledAt != null) {
            return CANCELLED;
        }
        if (grantedAt == null || expiresAt == null) {
            return APPLIED;
        }
        return now.isBefore(expiresAt) ? IN_FORCE : EXPIRED;
    }

    /** The reason nothing further may be done, in words, or null when the authorisation is in force. */
    public @Nullable String refusal() {
        return switch (this) {
            case IN_FORCE -> null;
            case APPLIED -> "This authorisation has not been granted.";
            case EXPIRED -> "This authorisation has expired: no further surveillance may be carried out under it.";
            case CANCELLED -> "This authorisation is cancelled: no further surveillance may be carried out under it.";
        };
    }
}
