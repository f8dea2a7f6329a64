package org.constable.custody.domain;

import java.time.LocalDate;
import org.constable.shared.InvalidInput;

/**
 * Pre-charge bail (PACE s.47ZA-47ZD): the applicable bail period starts at 3 months from the bail
 * date; longer needs a superintendent and then a court, which is not recorded here.
 */
public final class PreChargeBailPeriod {

    private PreChargeBailPeriod() {}

    public static void check(LocalDate bailDay, LocalDate until) {
        if (!until.isAfter(bailDay)) {
            throw new InvalidInput("bailUntil", "Bail ends on a day after it is given.");
        }
        if (until.isAfter(bailDay.plusMonths(3))) {
            throw new InvalidInput(
                    "bailUntil", "Pre-charge bail is at most 3 months from today; longer needs a superintendent.");
        }
    }
}
