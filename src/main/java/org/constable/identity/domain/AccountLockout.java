package org.constable.identity.domain;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * CJIS 5.5.3: lock an account for 10 minutes after 5 consecutive failed sign-ins. The count is
 * kept and applied in the database in one statement (see UserAccounts.countFailure), so parallel
 * failures are all counted; this record holds the rule's numbers and says when a lock holds.
 */
public record AccountLockout(int maxFailures, Duration lockDuration) {

    public static final AccountLockout CJIS = new AccountLockout(5, Duration.ofMinutes(10));

    public boolean isLocked(@Nullable Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Until when an account that reaches the limit now stays locked. */
    public Instant lockUntil(Instant now) {
        return now.plus(lockDuration);
    }
}
