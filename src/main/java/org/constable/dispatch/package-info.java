/**
 * Dispatch (command and control): incidents with their grade, attendance target and append-only
 * log; units with status, skills and position; recommendation by estimated time of arrival;
 * assignment; the live board. It offers the {@link org.constable.dispatch.Incidents} facade to
 * contact handling and publishes IncidentRaised, IncidentChanged and IncidentClosed (the
 * hand-over to crime recording). It must never let a unit hold two active assignments (the
 * database enforces it), never rewrite the incident log, and never read other modules' tables.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "audit", "people", "mapping", "shared"})
package org.constable.dispatch;
