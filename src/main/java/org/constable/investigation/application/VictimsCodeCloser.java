package org.constable.investigation.application;

import org.constable.crime.CrimeCancelled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes a cancelled crime's open Victims' Code deadlines when the cancellation commits. Kept in the
 * event publication registry until it succeeds, and idempotent, as the opener is.
 */
@Component
class VictimsCodeCloser {

    private final VictimCare care;

    VictimsCodeCloser(VictimCare care) {
        this.care = care;
    }

    @ApplicationModuleListener
    void on(CrimeCancelled event) {
        care.closeForCancelledCrime(event);
    }
}
