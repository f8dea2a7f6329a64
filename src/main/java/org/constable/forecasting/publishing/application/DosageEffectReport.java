package org.constable.forecasting.publishing.application;

import java.time.Clock;
import java.util.List;
import org.constable.forecasting.publishing.domain.DosageEffect;
import org.constable.forecasting.publishing.domain.ForecastRequest;
import org.constable.forecasting.publishing.domain.PublishedForecast;
import org.constable.forecasting.publishing.persistence.PublishedForecastStore;
import org.springframework.stereotype.Service;

/**
 * The dosage effect report of a published forecast: the crimes that followed in its period, in
 * patrolled and unpatrolled top cells and in the rest of the area. It reads only crime facts
 * without personal fields and the forecast's own records, so, like the forecast pages, it leaves
 * no audit record; the caller's permission is checked at the endpoint.
 */
@Service
public class DosageEffectReport {

    private final ForecastPublishing forecasts;
    private final RecordedCrimesInDays recorded;
    private final PublishedForecastStore store;
    private final Clock clock;

    DosageEffectReport(
            ForecastPublishing forecasts, RecordedCrimesInDays recorded, PublishedForecastStore store, Clock clock) {
        this.forecasts = forecasts;
        this.recorded = recorded;
        this.store = store;
        this.clock = clock;
    }

    public DosageEffect of(long forecastId) {
        PublishedForecast f = forecasts.get(forecastId);
        List<double[]> crimes = recorded.began(f.period(), ForecastRequest.category(f.crimeType())).stream()
                .map(c -> new double[] {c.longitude(), c.latitude()})
                .toList();
        return DosageEffect.of(f, store.dosage(forecastId), crimes, clock.instant());
    }
}
