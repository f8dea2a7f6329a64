package org.constable.forecasting.publishing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.constable.crime.CrimeFact;
import org.constable.crime.CrimeStatistics;
import org.constable.crime.PoliceUkCategories.CrimeType;
import org.constable.forecasting.publishing.domain.ForecastDays;
import org.springframework.stereotype.Component;

/**
 * The force's recorded crimes of one police.uk category whose offence began in a run of days,
 * with a location and not cancelled (a cancelled record was never a crime). The crime module's
 * statistics facade selects by recording time, and a crime is recorded after its offence began,
 * so every crime that began in the days was recorded between their start and now.
 */
@Component
class RecordedCrimesInDays {

    private final CrimeStatistics statistics;
    private final Clock clock;

    RecordedCrimesInDays(CrimeStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    List<CrimeFact> began(ForecastDays days, CrimeType type) {
        Instant now = clock.instant();
        if (!days.start().isBefore(now)) {
            return List.of();
        }
        return statistics.recordedBetween(days.start(), now.plusSeconds(1)).stream()
                .filter(c -> c.status().counts() && c.latitude() != null && c.longitude() != null)
                .filter(c -> type.slug().equalsIgnoreCase(c.policeUkCategory()))
                .filter(c -> c.occurredFrom() != null && days.contains(c.occurredFrom()))
                .toList();
    }
}
