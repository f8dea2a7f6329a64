package org.constable.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Sign-in attempts from one address or for one account went over the limit and are being refused
 * (429) until the window passes. Published once per window and key, not for every refused attempt,
 * so that a flood cannot flood the audit trail too.
 */
public record SignInThrottled(@Nullable String username, String reason, Instant at) {}
