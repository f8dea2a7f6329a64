package org.constable.custody.domain;

import java.time.Instant;

/** A review that could not be carried out by its due time (PACE s.40(4)), with the reason why. */
public record ReviewPostponement(Instant dueAt, Instant at, String by, String reason) {}
