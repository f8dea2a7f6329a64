package org.constable.forecasting.application;

import java.util.function.Supplier;
import org.constable.forecasting.domain.BacktestSchedule;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.EventLog;

/**
 * What a backtest runs on: a name (for files and tables), what it is in words, its schedule, and
 * how to load its events onto the protocol's grid (done by the worker, not the request).
 */
public record BacktestData(String name, String description, BacktestSchedule schedule, Supplier<EventLog> events) {

    public Cadence cadence() {
        return schedule.cadence();
    }
}
