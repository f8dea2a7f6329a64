package org.constable.forecasting.publishing.domain;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.Forecaster;

/**
 * A forecast of crimes (month-precision or exact-time) on one cell scheme: crimes are added one by
 * one, then a method forecasts the period that begins at a cut-off and the top cells are kept.
 */
public interface CellForecast {

    /** What came out: the forecaster's name with its parameters, the events used, and the top cells. */
    record Outcome(String parameters, int eventsUsed, List<RankedCell> cells) {}

    /** Adds one crime: when it happened (the force's local time) and where. */
    void add(LocalDateTime at, double longitude, double latitude);

    /** Adds one crime: the month it happened in (taken as its first minute) and where. */
    default void add(YearMonth month, double longitude, double latitude) {
        add(month.atDay(1).atStartOfDay(), longitude, latitude);
    }

    int size();

    /** Forecasts the period that begins at {@code cutoff}, the method seeing only crimes before it, and returns its {@code topN} cells. */
    Outcome forecast(Forecaster forecaster, Cadence cadence, LocalDateTime cutoff, int topN);

    /** Forecasts the month after {@code lastMonth} (month-precision data) and returns its {@code topN} cells. */
    default Outcome forecast(Forecaster forecaster, YearMonth lastMonth, int topN) {
        return forecast(
                forecaster, Cadence.MONTHLY, lastMonth.plusMonths(1).atDay(1).atStartOfDay(), topN);
    }
}
