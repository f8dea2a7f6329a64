/**
 * Open data: the police.uk street-level export of a month's recorded crimes and anti-social
 * behaviour incidents, from an allow-list of columns, with anonymous snap points and a keyed crime
 * id hash; every export is recorded as a disclosure. It owns analytics.snap_point, crime_id_key and
 * open_data_export. It reads crimes through crime's CrimeStatistics and incidents through dashboards'
 * ClosedIncidents. It must never export a personal field, an exact date or free text, nor publish a
 * point that covers fewer than 8 addresses.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "audit", "people", "crime", "dashboards", "shared"})
package org.constable.opendata;
