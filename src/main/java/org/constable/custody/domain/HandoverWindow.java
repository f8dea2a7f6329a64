package org.constable.custody.domain;

import java.time.Duration;
import java.time.Instant;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The shift a handover looks ahead over: twelve hours unless the custody officer says otherwise
 * (from one to twenty-four), since most custody suites work twelve-hour shifts.
 */
public record HandoverWindow(Instant from, int hours) {

    public static final int USUAL_HOURS = 12;

    public static HandoverWindow of(Instant now, @Nullable Integer hours) {
        int h = hours == null ? USUAL_HOURS : hours;
        if (h < 1 || h > 24) {
            throw new InvalidInput("hours", "A shift is from 1 to 24 hours long.");
        }
        return new HandoverWindow(now, h);
    }

    public Instant until() {
        return from.plus(Duration.ofHours(hours));
    }
}
