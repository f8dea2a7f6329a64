package org.constable.identity;

import java.time.Instant;

/**
 * A signed-in session ended: idle or absolute session limit, or signing out. {@code sessionKey}
 * is what {@link SessionKeys#of} gave for the session's requests, so a stream opened in it can be
 * found and closed.
 */
public record SessionEnded(String username, String sessionKey, String reason, Instant at) {}
