package org.constable.analytics.forecasting.publishing.domain;

import org.constable.analytics.forecasting.domain.Forecaster;

import java.time.YearMonth;
import java.util.List;

/**
 * A forecast of month-precision crimes on one cell scheme: crimes are added one by one, then a
 * method forecasts the month after the last and the top cells are kept.
 */
public interface CellForecast {

    /** What came out: the forecaster's name with its parameters, the events used, and the top cells. */
    record Outcome(String parameters, int eventsUsed, List<RankedCell> cells) {
    }

    /** Adds one crime: the month it happened in (taken as its first minute) and where. */
    void add(YearMonth month, double longitude, double latitude);

    int size();

    /** Forecasts the month after {@code lastMonth} and returns its {@code topN} cells. */
    Outcome forecast(Forecaster forecaster, YearMonth lastMonth, int topN);
}
