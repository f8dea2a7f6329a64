package org.constable.custody.domain;

import java.time.Instant;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** A time a user gives for something that has happened: empty means now, and it cannot be in the future. */
final class Times {

    private Times() {}

    static Instant notFuture(@Nullable Instant at, Instant now, String field) {
        if (at == null) {
            return now;
        }
        if (at.isAfter(now.plus(Detention.CLOCK_SLACK))) {
            throw new InvalidInput(field, "The time cannot be in the future.");
        }
        return at;
    }
}
