package org.constable.forecasting.domain;

import java.time.LocalDateTime;

/** One step of a rolling-origin backtest: train on events before {@code start}, score on [start, end). */
public record ForecastPeriod(String label, LocalDateTime start, LocalDateTime end) {

    public ForecastPeriod {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A period must end after it starts: " + label);
        }
    }
}
