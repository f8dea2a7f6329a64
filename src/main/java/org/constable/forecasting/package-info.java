/**
 * Forecasting: the predictive-mapping engine (protocol grid, valid cells, hotspot methods, coverage
 * scoring and rolling-origin backtests) and published forecasts with patrol dosage and the dosage
 * effect report. It reads crimes only through crime's CrimeStatistics and historic's HistoricCrimes
 * facades, and owns the analytics.published_forecast, forecast_cell and patrol_dosage tables. It
 * publishes nothing. It must never read another module's tables, nor copy the protocol data into the
 * repository.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "audit", "crime", "historic", "mapping", "shared"})
package org.constable.forecasting;
