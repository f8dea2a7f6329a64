/**
 * Analytics: reporting read models, dashboards, open-data export and predictive hotspot
 * forecasting with backtests. It reads other modules only through their facades and events,
 * never their tables, and never exports a personal field.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "audit", "people", "dispatch", "contact", "crime", "mapping", "shared"})
package org.constable.analytics;
