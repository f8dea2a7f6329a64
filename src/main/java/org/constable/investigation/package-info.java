/**
 * Investigations (ADR 0079): opened from crimes or an incident, with an officer in charge, a
 * supervisor and a team, a plan kept in versions, lines of enquiry, actions that are reassigned but
 * never dropped, and supervisory reviews on a configured schedule (ADR 0080); finalising sets each
 * crime's outcome through crime's own use case. An investigation inherits its crimes' restrictions
 * (ADR 0081). Prosecution case files are built from an investigation in immutable versions and
 * exported as signed packages, the sensitive schedule never with the rest (ADR 0085, 0086).
 * Victims' Code: when a crime is recorded it opens a Victims' Code
 * record for each victim with the officer in charge, records case events (arrest, charge, bail,
 * release, no further action, decision not to investigate) and victim contacts, and keeps the
 * deadlines they start on each officer's due/overdue list. It must never close a deadline except
 * by a contact that answers it, or, when crime's CrimeCancelled says the crime was cancelled, as
 * "crime cancelled" (ADR 0050), so an overdue item stays visible until the victim is told; nor name
 * a restricted victim to anyone without need-to-know (people's RestrictedParts rule).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "audit", "shared", "crime", "people", "custody", "dispatch", "evidence"})
package org.constable.investigation;
