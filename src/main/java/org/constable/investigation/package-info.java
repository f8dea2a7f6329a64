/**
 * Investigation, as far as victim care needs it: when a crime is recorded it opens a Victims' Code
 * record for each victim with the officer in charge, records case events (arrest, charge, bail,
 * release, no further action, decision not to investigate) and victim contacts, and keeps the
 * deadlines they start on each officer's due/overdue list. It must never close a deadline except
 * by a contact that answers it, or, when crime's CrimeCancelled says the crime was cancelled, as
 * "crime cancelled" (ADR 0050), so an overdue item stays visible until the victim is told; nor name
 * a restricted victim to anyone without need-to-know (people's RestrictedParts rule).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "audit", "shared", "crime", "people", "custody"})
package org.constable.investigation;
