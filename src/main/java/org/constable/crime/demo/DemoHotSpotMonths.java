package org.constable.crime.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.constable.crime.application.CrimeRecording;
import org.constable.identity.Actor;
import org.constable.people.PoleSearchFeed;
import org.constable.shared.HistoryClock;
import org.constable.shared.PoissonCounts;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The months of crime before the demo's last days: crimes clustered around four hot spots (and the
 * rest anywhere), busiest in the afternoon and evening, each recorded within a day by an
 * investigator or a response officer of the place's team.
 */
final class DemoHotSpotMonths {

    static final int MONTHS = 6;
    static final double CRIMES_PER_DAY = 0.8;

    private static final double HOTSPOT_METRES = 350;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final CrimeRecording recording;
    private final TransactionTemplate tx;

    DemoHotSpotMonths(CrimeRecording recording, TransactionTemplate tx) {
        this.recording = recording;
        this.tx = tx;
    }

    List<DemoCrime> record(
            Random random, Instant now, List<PoleSearchFeed.LocationEntry> places, List<Long> victims, DemoStaff team) {
        List<List<PoleSearchFeed.LocationEntry>> hotspots = new ArrayList<>();
        for (int h = 0; h < 4; h++) {
            PoleSearchFeed.LocationEntry centre = places.get(places.size() * (2 * h + 1) / 8);
            hotspots.add(places.stream()
                    .filter(p -> metres(p, centre) < HOTSPOT_METRES)
                    .toList());
        }
        List<DemoCrime> made = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        for (LocalDate day = today.minusMonths(MONTHS); day.isBefore(today.minusDays(3)); day = day.plusDays(1)) {
            int n = PoissonCounts.draw(random, CRIMES_PER_DAY);
            LocalDate d = day;
            // one transaction a day: the same use cases, fewer commits
            tx.executeWithoutResult(status -> {
                for (int i = 0; i < n; i++) {
                    DemoCrimeKinds.Kind kind = DemoCrimeKinds.pick(random);
                    List<PoleSearchFeed.LocationEntry> from =
                            random.nextInt(100) < 55 ? hotspots.get(random.nextInt(hotspots.size())) : places;
                    PoleSearchFeed.LocationEntry place = from.get(random.nextInt(from.size()));
                    Instant ended = d.atTime(hourOfDay(random), random.nextInt(60))
                            .atZone(ZONE)
                            .toInstant();
                    Instant began = ended.minusSeconds(random.nextInt(kind.maxWindowHours() * 3600 + 1));
                    Instant reported = ended.plusSeconds(300 + random.nextInt(kind.maxReportDelayHours() * 3600));
                    Instant recordedAt = reported.plusSeconds(1200 + random.nextInt(20 * 3600));
                    if (!recordedAt.isBefore(now.minus(Duration.ofHours(1)))) {
                        continue;
                    }
                    Actor officer = kind.cid() ? team.investigator(random) : team.responder(latitude(place), random);
                    CrimeRecording.NewCrime crime = new CrimeRecording.NewCrime(
                            null,
                            kind.code(),
                            began,
                            ended,
                            reported,
                            new CrimeRecording.Where(place.id(), null, null, null),
                            List.of(new CrimeRecording.Victim(
                                    victims.get(random.nextInt(victims.size())), random.nextInt(12) == 0)),
                            List.of(),
                            List.of(),
                            List.of(),
                            kind.mo(),
                            kind.narrative(),
                            officer.username());
                    CrimeRecording.Recorded r =
                            HistoryClock.replayAt(recordedAt, () -> recording.record(officer, crime));
                    made.add(new DemoCrime(r.id(), kind.code(), recordedAt, officer));
                }
            });
        }
        return made;
    }

    /** Evening and afternoon are busiest, the small hours quietest. */
    private static int hourOfDay(Random random) {
        int[] weights = {3, 2, 2, 1, 1, 1, 2, 3, 4, 5, 5, 5, 6, 6, 6, 6, 7, 8, 8, 8, 7, 6, 5, 4};
        int r = random.nextInt(java.util.Arrays.stream(weights).sum());
        for (int h = 0; h < 24; h++) {
            r -= weights[h];
            if (r < 0) {
                return h;
            }
        }
        return 12;
    }

    private static double metres(PoleSearchFeed.LocationEntry a, PoleSearchFeed.LocationEntry b) {
        double dy = (latitude(a) - latitude(b)) * 111_320;
        double dx = (longitude(a) - longitude(b)) * 111_320 * Math.cos(Math.toRadians(latitude(a)));
        return Math.hypot(dx, dy);
    }

    private static double latitude(PoleSearchFeed.LocationEntry place) {
        return Objects.requireNonNull(place.latitude(), "the demo's crimes happen at located places only");
    }

    private static double longitude(PoleSearchFeed.LocationEntry place) {
        return Objects.requireNonNull(place.longitude(), "the demo's crimes happen at located places only");
    }
}
