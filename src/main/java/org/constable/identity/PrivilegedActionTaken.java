package org.constable.identity;

import java.time.Instant;

/** An administrator changed who may do what (a user, a role, a grant, a terminal). */
public record PrivilegedActionTaken(String username, String roles, String action, String record, Instant at) {}
