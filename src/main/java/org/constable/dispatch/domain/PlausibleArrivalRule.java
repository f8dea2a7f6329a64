package org.constable.dispatch.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * When a recommendation would mislead. A place outside the force area gets none at all: the call
 * belongs to another force, or the place is wrong, and the dispatcher decides by hand. Inside it, a
 * unit whose estimated arrival is beyond {@code longest} is never recommended, since an estimate
 * like twelve hours means the place or the unit's position is wrong, not that it should go.
 */
public record PlausibleArrivalRule(Duration longest) {

    public PlausibleArrivalRule {
        if (longest == null || longest.isNegative() || longest.isZero()) {
            throw new IllegalArgumentException("the longest plausible arrival must be a positive duration");
        }
    }

    /** Why nothing is recommended for a place this far outside the force area (0 inside), if so. */
    public Optional<String> withheldFor(double metresOutsideForceArea) {
        if (metresOutsideForceArea <= 0) {
            return Optional.empty();
        }
        return Optional.of(
                "Outside the force area (" + distance(metresOutsideForceArea)
                        + " beyond its boundary): no recommendation. Check the place, transfer the call, or assign a unit by hand.");
    }

    public boolean plausible(Duration eta) {
        return eta.compareTo(longest) <= 0;
    }

    /** Why nothing is recommended when every available unit is too far, for the dispatcher to read. */
    public String noneWithin() {
        return "No available unit can arrive within " + readable(longest)
                + ": no recommendation. Assign a unit by hand.";
    }

    public static String distance(double metres) {
        return metres < 1000 ? Math.round(metres) + " m" : Math.round(metres / 1000) + " km";
    }

    private static String readable(Duration d) {
        return d.toMinutes() % 60 == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
    }
}
