/**
 * Dashboards: management information for supervisors and analysts — incidents by classification,
 * beat and period with trends, answer times and attendance against targets, recorded crime and the
 * NCRS recording rate, historic police.uk crime counted apart, and crime by ward and LSOA. It owns
 * the closed-incident read model (analytics.incident_fact, fed by dispatch's IncidentClosed, no
 * personal fields) and offers it to open data through {@link org.constable.dashboards.ClosedIncidents}.
 * It must never read another module's tables, nor keep a personal field or a location's text.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "dispatch", "contact", "crime", "historic", "mapping", "shared"})
package org.constable.dashboards;
