package org.constable.identity;

import java.time.Instant;

/** A sign-in attempt failed; {@code reason} is for the audit trail only, never shown to the user. */
public record SignInFailed(String username, String reason, boolean lockedOut, Instant at) {}
