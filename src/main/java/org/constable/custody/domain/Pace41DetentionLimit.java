package org.constable.custody.domain;

import java.time.Duration;
import java.time.Instant;
import org.constable.shared.InvalidInput;

/**
 * PACE s.41: the relevant time and the 24 hours from it. The relevant time is the arrival at the
 * first police station; for a person arrested outside the force area and brought here, it is the
 * earlier of the arrival and 24 hours after the arrest (s.41(2)(b)). Hours are elapsed hours, so a
 * change to or from summer time never lengthens or shortens a detention.
 */
public final class Pace41DetentionLimit {

    public static final Duration BASIC = Duration.ofHours(24);

    private Pace41DetentionLimit() {}

    public static Instant relevantTime(Instant arrestedAt, Instant arrivedAt, boolean arrestedOutOfArea) {
        if (arrivedAt.isBefore(arrestedAt)) {
            throw new InvalidInput("arrivedAt", "The arrival at the custody suite cannot be before the arrest.");
        }
        if (arrestedOutOfArea) {
            Instant dayAfterArrest = arrestedAt.plus(BASIC);
            return dayAfterArrest.isBefore(arrivedAt) ? dayAfterArrest : arrivedAt;
        }
        return arrivedAt;
    }

    public static DetentionLimit basic(Instant relevantTime, String custodyOfficer) {
        return new DetentionLimit(
                LimitAuthority.PACE_24_HOURS,
                relevantTime.plus(BASIC),
                custodyOfficer,
                "24 hours from the relevant time");
    }
}
