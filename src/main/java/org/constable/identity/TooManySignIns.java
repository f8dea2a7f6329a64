package org.constable.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before any password is checked: too many failures from this address or for
 * this account, or too many sign-ins being checked at once. Answered with 429 and Retry-After.
 */
public class TooManySignIns extends AuthenticationException {

    private final Duration retryAfter;

    public TooManySignIns(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** The words for the user, never null. */
    @Override
    public String getMessage() {
        return java.util.Objects.requireNonNull(super.getMessage());
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
