/**
 * Contact handling: every call — 999, 101 or online — recorded with its caller, location, what
 * happened, THRIVE assessment and grade, and saved only together with the incident it raised or
 * joined in dispatch. While a call is taken it shows the history, warnings and likely duplicates
 * at the location, and the graded intelligence on the place and people to handlers allowed it.
 * It publishes CallRecorded. It must never save a call without an incident, nor
 * change a proposed grade without a recorded reason.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "audit", "people", "dispatch", "intelligence", "mapping", "shared"})
package org.constable.contact;
