package org.constable.custody.domain;

import java.time.Instant;

/** A cell visit: who looked, when, at which level, whether the detainee was roused, and what was seen. */
public record Visit(Instant at, String by, ObservationLevel level, boolean roused, String seen) {}
