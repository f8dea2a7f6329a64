package org.constable.custody.domain;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The national custody guidance's levels of observation. Levels 1 and 2 are kept by visits at an
 * interval; levels 3 and 4 by an officer who never leaves the detainee, so no visit falls due.
 */
public enum ObservationLevel {
    GENERAL(1, "Level 1: visit at least hourly", Duration.ofHours(1)),
    INTERMITTENT_WITH_ROUSING(2, "Level 2: visit and rouse at least every 30 minutes", Duration.ofMinutes(30)),
    CONSTANT(3, "Level 3: constant observation", null),
    CLOSE_PROXIMITY(4, "Level 4: close proximity", null);

    private final int number;
    private final String label;
    private final @Nullable Duration visitInterval;

    ObservationLevel(int number, String label, @Nullable Duration visitInterval) {
        this.number = number;
        this.label = label;
        this.visitInterval = visitInterval;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** The longest time allowed between two visits; empty where an officer watches all the time. */
    public Optional<Duration> visitInterval() {
        return Optional.ofNullable(visitInterval);
    }

    /** Whether each visit must rouse the detainee and record the response. */
    public boolean rousing() {
        return this == INTERMITTENT_WITH_ROUSING;
    }

    public boolean atLeast(ObservationLevel other) {
        return number >= other.number;
    }

    public static ObservationLevel ofNumber(int number) {
        for (ObservationLevel l : values()) {
            if (l.number == number) {
                return l;
            }
        }
        throw new org.constable.shared.InvalidInput("observationLevel", "The observation level is 1, 2, 3 or 4.");
    }
}
