package org.constable.identity;

import java.time.Instant;

/** A user completed both factors. */
public record SignInSucceeded(String username, String roles, String channel, Instant at) {}
