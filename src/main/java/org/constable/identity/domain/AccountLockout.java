package org.constable.identity.domain;

import java.time.Duration;
import java.time.Instant;

/** CJIS 5.5.3: lock an account for 10 minutes after 5 consecutive failed sign-ins. */
public record AccountLockout(int maxFailures, Duration lockDuration) {

    public static final AccountLockout CJIS = new AccountLockout(5, Duration.ofMinutes(10));

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** What a failure does to the account: the new count, and the lock expiry if it locks now. */
    public Outcome afterFailure(int failuresSoFar, Instant now) {
        int failures = failuresSoFar + 1;
        if (failures >= maxFailures) {
            return new Outcome(0, now.plus(lockDuration));
        }
        return new Outcome(failures, null);
    }

    public record Outcome(int failures, Instant lockedUntil) {
        public boolean locksNow() {
            return lockedUntil != null;
        }
    }
}
