package org.constable.forecasting.publishing.domain;

import java.time.Instant;

/** Patrol time a unit or officer spent in one cell of a published forecast. */
public record PatrolDosage(
        long id,
        long forecastId,
        String cellId,
        String unit,
        Instant startedAt,
        int minutes,
        String recordedBy,
        Instant recordedAt) {}
