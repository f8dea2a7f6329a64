package org.constable.forecasting.publishing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.forecasting.publishing.domain.DosageSummary;
import org.constable.forecasting.publishing.domain.PublishedForecast;
import org.constable.forecasting.publishing.persistence.PublishedForecastStore;
import org.constable.identity.Actor;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records patrol time ("dosage") in the top cells of a published forecast and sums it per cell.
 * Everything is checked before anything is written, so bad input changes nothing.
 */
@Service
public class PatrolDosageRecording {

    /** A single record longer than a day is a typing error, not a patrol. */
    static final int LONGEST_PATROL_MINUTES = 24 * 60;

    private final ForecastPublishing forecasts;
    private final PublishedForecastStore store;
    private final AuditTrail audit;
    private final Clock clock;

    PatrolDosageRecording(ForecastPublishing forecasts, PublishedForecastStore store, AuditTrail audit, Clock clock) {
        this.forecasts = forecasts;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DosageSummary record(
            long forecastId,
            @Nullable String cellId,
            @Nullable String unit,
            @Nullable Instant startedAt,
            @Nullable Integer minutes,
            Actor recorder) {
        PublishedForecast forecast = forecasts.get(forecastId);
        InvalidInput.Collector wrong = new InvalidInput.Collector();
        if (cellId == null || cellId.isBlank()) {
            wrong.add("cellId", "cellId is required: the id of one of the forecast's top cells.");
        } else if (!forecast.hasCell(cellId)) {
            wrong.add("cellId", "Cell '" + cellId + "' is not one of the top cells of forecast " + forecastId + ".");
        }
        if (unit == null || unit.isBlank() || unit.length() > 60) {
            wrong.add("unit", "Name the unit or officer (at most 60 characters).");
        }
        if (minutes == null || minutes < 1 || minutes > LONGEST_PATROL_MINUTES) {
            wrong.add("minutes", "Minutes must be between 1 and " + LONGEST_PATROL_MINUTES + ".");
        }
        Instant now = clock.instant();
        if (startedAt == null
                || (minutes != null
                        && startedAt.plus(Duration.ofMinutes(minutes)).isAfter(now))) {
            wrong.add("startedAt", "The patrol must have a start, and must have ended by now.");
        }
        wrong.throwIfAny();
        // each part was refused above when missing
        String cell = Objects.requireNonNull(cellId);
        String by = Objects.requireNonNull(unit).trim();
        int patrolMinutes = Objects.requireNonNull(minutes);
        store.insertDosage(
                forecastId, cell, by, Objects.requireNonNull(startedAt), patrolMinutes, recorder.username(), now);
        audit.record(new AuditRecord(
                Operation.COLLECTION,
                recorder.username(),
                recorder.rolesText(),
                List.of(
                        RecordRef.of(RecordType.PUBLISHED_FORECAST, forecastId),
                        RecordRef.of(RecordType.PATROL_DOSAGE, store.lastDosageId(forecastId))),
                "Recording patrol time in a forecast cell to measure the forecast's effect",
                null,
                Outcome.SUCCEEDED,
                patrolMinutes + " min in " + cell + " by " + by));
        return summary(forecastId);
    }

    public DosageSummary summary(long forecastId) {
        forecasts.get(forecastId);
        return DosageSummary.of(forecastId, store.minutesPerCell(forecastId));
    }
}
