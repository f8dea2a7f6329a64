/**
 * Crime recording under the Home Office Counting Rules: crimes with a versioned Home Office
 * classification, victims, suspects and witnesses, re-classification and cancellation approved by
 * the crime registrar (maker-checker), outcomes, and the NCRS integrity monitor that holds every
 * crime-indicative incident closed by dispatch until a crime is recorded or the registrar decides.
 * It publishes CrimeRecorded and CrimeCancelled and offers CrimeStatistics (no personal fields) and
 * PoliceUkCategories (the police.uk vocabularies of crime type, outcome and LSOA). Its closed sets
 * (CrimeStatus, CrimeRole, CancellationGround) are enums with the words users read; the Crime
 * aggregate in domain decides recording and every change of a crime (ADR 0059). It must never
 * overwrite a crime's history, let a maker approve their own request, or let an incident leave
 * the monitor without a crime or a recorded decision.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "audit", "people", "dispatch", "shared"})
package org.constable.crime;
