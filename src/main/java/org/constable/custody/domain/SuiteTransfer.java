package org.constable.custody.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A detainee moved from one custody suite of the force to another (a cell found elsewhere, the suite
 * closing for the night): the detention moves with its clocks, and neither the relevant time nor
 * the limit restarts. A move out of the force or to hospital is a disposal (transferred), not this.
 */
public record SuiteTransfer(
        long fromSuiteId,
        long toSuiteId,
        String toSuiteName,
        @Nullable String toCell,
        @Nullable String reason,
        String by,
        Instant at) {}
