package org.constable.investigation.application;

import org.constable.crime.CrimeRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts victim care when crime recording commits. The event publication registry keeps the event
 * until this has succeeded, so a failure here is retried on restart rather than lost; opening is
 * idempotent, so a redelivery adds nothing.
 */
@Component
class VictimsCodeOpener {

    private final VictimCare care;

    VictimsCodeOpener(VictimCare care) {
        this.care = care;
    }

    @ApplicationModuleListener
    void on(CrimeRecorded event) {
        care.open(event);
    }
}
