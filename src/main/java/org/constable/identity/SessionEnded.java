package org.constable.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in session ended: idle or absolute session limit, or signing out. {@code sessionKey}
 * is what {@link SessionKeys#of} gave for the session's requests, so a stream opened in it can be
 * found and closed.
 */
public record SessionEnded(@Nullable String username, String sessionKey, String reason, Instant at) {}
