package org.constable.crime.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.constable.crime.application.CrimeChanges;
import org.constable.identity.Actor;
import org.constable.shared.HistoryClock;

/** Home Office outcomes for two in five of the demo's crimes older than four weeks, decided by CID. */
final class DemoOutcomes {

    private final CrimeChanges changes;

    DemoOutcomes(CrimeChanges changes) {
        this.changes = changes;
    }

    /** Gives the outcomes and says how many. */
    int give(Random random, Instant now, List<DemoCrime> made, DemoStaff team) {
        int n = 0;
        for (DemoCrime m : made) {
            if (m.recordedAt().isAfter(now.minus(Duration.ofDays(28))) || random.nextInt(100) >= 40) {
                continue;
            }
            // noon on the day, so the date is the same day wherever it is read
            Instant decided = m.recordedAt()
                    .plus(Duration.ofDays(5 + random.nextInt(24)))
                    .truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                    .plus(Duration.ofHours(12));
            if (decided.isAfter(now.minus(Duration.ofDays(1)))) {
                continue;
            }
            String type = DemoCrimeKinds.outcome(random);
            Actor investigator = team.investigator(random);
            HistoryClock.replayAt(
                    decided,
                    () -> changes.addOutcome(
                            investigator,
                            m.id(),
                            type,
                            LocalDate.ofInstant(decided, java.time.ZoneOffset.UTC),
                            null,
                            null));
            n++;
        }
        return n;
    }
}
