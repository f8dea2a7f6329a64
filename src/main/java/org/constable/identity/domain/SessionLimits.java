package org.constable.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * CJIS session rules: lock after 30 minutes without activity (a secure dispatch console is
 * exempt) and sign in again after 12 hours whatever happens.
 */
public record SessionLimits(Duration idleTimeout, Duration absoluteTimeout) {

    public enum Verdict {
        ACTIVE,
        IDLE_LOCKED,
        EXPIRED
    }

    public Verdict judge(Instant signedInAt, Instant lastActivity, Instant now, boolean secureConsole) {
        if (!now.isBefore(signedInAt.plus(absoluteTimeout))) {
            return Verdict.EXPIRED;
        }
        if (!secureConsole && !now.isBefore(lastActivity.plus(idleTimeout))) {
            return Verdict.IDLE_LOCKED;
        }
        return Verdict.ACTIVE;
    }
}
