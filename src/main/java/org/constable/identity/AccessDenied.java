package org.constable.identity;

import java.time.Instant;

/** AccessPolicy refused something. */
public record AccessDenied(String username, String roles, String what, String record, Instant at) {}
