package org.constable.identity;

import java.time.Instant;

/** An administrator disabled an account: whoever holds its open streams must close them now. */
public record AccountDisabled(long userId, String username, Instant at) {}
