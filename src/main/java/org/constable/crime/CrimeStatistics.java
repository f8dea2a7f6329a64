package org.constable.crime;

import java.time.Instant;
import java.util.List;
import org.constable.crime.application.IntegrityMonitor;
import org.constable.crime.persistence.CrimeStore;
import org.constable.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crime figures for statistics and open data: facts without any personal field, and the NCRS
 * recording rate. Callers apply their own permission checks; nothing here identifies a person.
 */
@Service
public class CrimeStatistics {

    private final CrimeStore crimes;
    private final IntegrityMonitor monitor;

    CrimeStatistics(CrimeStore crimes, IntegrityMonitor monitor) {
        this.crimes = crimes;
        this.monitor = monitor;
    }

    /** Crimes recorded in [from, to), cancelled ones included ({@link CrimeStatus#CANCELLED}), oldest first. */
    @Transactional(readOnly = true)
    public List<CrimeFact> recordedBetween(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInput("from", "The period needs from before to.");
        }
        return crimes.facts(from, to).stream()
                .map(f -> new CrimeFact(
                        f.id(),
                        f.reference(),
                        f.classificationCode(),
                        f.policeUkCategory(),
                        f.occurredFrom(),
                        f.recordedAt(),
                        f.latitude(),
                        f.longitude(),
                        f.status(),
                        f.outcomeType()))
                .toList();
    }

    /** The integrity monitor's numbers for crime-indicative incidents reported in [from, to). */
    public RecordingRate recordingRate(Instant from, Instant to) {
        return monitor.rate(from, to);
    }
}
