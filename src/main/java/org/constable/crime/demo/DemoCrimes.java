package org.constable.crime.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constable.crime.CancellationGround;
import org.constable.crime.application.CrimeChanges;
import org.constable.crime.application.CrimeRecording;
import org.constable.crime.application.IntegrityMonitor;
import org.constable.crime.domain.ChangeKind;
import org.constable.crime.domain.NcrsDecision;
import org.constable.crime.persistence.CrimeStore;
import org.constable.crime.persistence.MonitorStore;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.people.PoleSearchFeed;
import org.constable.shared.HistoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo force's recorded crime, through crime recording itself at the moments it happened
 * (replayed on the {@link HistoryClock}): the crime-indicative incidents of the last days recorded
 * by the officers who attended (a few left on the integrity monitor, one decided "no crime"), six
 * months of crime before them clustered around a few hot spots so that dashboards, open data and
 * forecasts have something to show, Home Office outcomes for older crimes, and the registrars' work:
 * changes approved by the other registrar, and two requests waiting for a decision. Made once, from
 * a fixed seed.
 */
@Component
@Order(60)
class DemoCrimes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCrimes.class);

    static final int MONTHS = 6;
    static final double CRIMES_PER_DAY = 0.8;
    /** Beats B1-B3 lie south of this latitude, B4-B6 north (the demo force's 3x2 grid). */
    static final double NORTH_OF = 53.4525;

    private static final double HOTSPOT_METRES = 350;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final DemoMode demo;
    private final CrimeRecording recording;
    private final CrimeChanges changes;
    private final IntegrityMonitor monitor;
    private final MonitorStore queue;
    private final CrimeStore crimes;
    private final CurrentActor actors;
    private final PoleSearchFeed people;
    private final Clock clock;
    private final TransactionTemplate tx;

    DemoCrimes(
            DemoMode demo,
            CrimeRecording recording,
            CrimeChanges changes,
            IntegrityMonitor monitor,
            MonitorStore queue,
            CrimeStore crimes,
            CurrentActor actors,
            PoleSearchFeed people,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.demo = demo;
        this.recording = recording;
        this.changes = changes;
        this.monitor = monitor;
        this.queue = queue;
        this.crimes = crimes;
        this.actors = actors;
        this.people = people;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A crime the demo recorded, for outcomes and change requests later. */
    record Made(long id, String code, Instant recordedAt, Actor officer) {}

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !crimes.recent(1).isEmpty()) {
            return;
        }
        Map<String, Actor> staff = Stream.of(
                        "response-officer",
                        "response-officer-2",
                        "response-officer-3",
                        "response-officer-4",
                        "response-officer-5",
                        "investigator",
                        "investigator-2",
                        "crime-registrar",
                        "crime-registrar-2")
                .map(n -> actors.load(DemoMode.DEMO_USER_PREFIX + n))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(
                        a -> a.username().substring(DemoMode.DEMO_USER_PREFIX.length()), Function.identity()));
        List<PoleSearchFeed.LocationEntry> places = people.locations(0, 2000).stream()
                .filter(l -> l.latitude() != null && !l.restricted())
                .toList();
        List<Long> victims = people.persons(0, 600).stream()
                .filter(p -> !p.restricted())
                .map(PoleSearchFeed.PersonEntry::id)
                .toList();
        if (staff.size() < 9 || places.size() < 20 || victims.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(1709);
        Instant now = HistoryClock.real(clock).instant();
        Staff team = new Staff(staff);
        List<Made> made = new ArrayList<>(months(random, now, places, victims, team));
        made.addAll(fromIncidents(random, now, victims, team));
        int outcomes = outcomes(random, now, made, team);
        registrarsWork(random, now, made, team);
        log.info(
                "Demo force: {} crimes recorded over {} months with {} outcomes in {} ms",
                made.size(),
                MONTHS,
                outcomes,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The months before the last days: crimes clustered around four hot spots, recorded within a day. */
    private List<Made> months(
            Random random, Instant now, List<PoleSearchFeed.LocationEntry> places, List<Long> victims, Staff team) {
        List<List<PoleSearchFeed.LocationEntry>> hotspots = new ArrayList<>();
        for (int h = 0; h < 4; h++) {
            PoleSearchFeed.LocationEntry centre = places.get(places.size() * (2 * h + 1) / 8);
            hotspots.add(places.stream()
                    .filter(p -> metres(p, centre) < HOTSPOT_METRES)
                    .toList());
        }
        List<Made> made = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        for (LocalDate day = today.minusMonths(MONTHS); day.isBefore(today.minusDays(3)); day = day.plusDays(1)) {
            int n = poisson(random, CRIMES_PER_DAY);
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
                    Actor officer = kind.cid() ? team.investigator(random) : team.responder(place.latitude(), random);
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
                    made.add(new Made(r.id(), kind.code(), recordedAt, officer));
                }
            });
        }
        return made;
    }

    /** The crime-indicative incidents of the last days: most recorded by the attending team, some still waiting. */
    private List<Made> fromIncidents(Random random, Instant now, List<Long> victims, Staff team) {
        List<Made> made = new ArrayList<>();
        boolean decided = false;
        for (MonitorStore.Indicative incident : queue.queue()) {
            Instant at = incident.closedAt().plusSeconds(1800 + random.nextInt(8 * 3600));
            if (!at.isBefore(now.minus(Duration.ofMinutes(20)))) {
                continue;
            }
            if (!decided && incident.classification().equals("CRIME_THEFT")) {
                decided = true;
                HistoryClock.replayAt(
                        at,
                        () -> monitor.decide(
                                team.registrar(2),
                                incident.incidentId(),
                                NcrsDecision.NO_CRIME_ADDITIONAL_VERIFIABLE_INFORMATION,
                                "The caller found the bag in a friend's car the next morning; nothing was stolen."));
                continue;
            }
            String code = DemoCrimeKinds.forClosing(incident.classification(), random);
            DemoCrimeKinds.Kind kind = DemoCrimeKinds.byCode(code);
            Instant ended = incident.reportedAt().minusSeconds(300 + random.nextInt(3600));
            Actor officer = incident.latitude() == null
                    ? team.responder(NORTH_OF, random)
                    : kind.cid() && random.nextBoolean()
                            ? team.investigator(random)
                            : team.responder(incident.latitude(), random);
            CrimeRecording.NewCrime crime = new CrimeRecording.NewCrime(
                    incident.incidentId(),
                    code,
                    ended.minusSeconds(random.nextInt(kind.maxWindowHours() * 3600 + 1)),
                    ended,
                    null,
                    null,
                    List.of(new CrimeRecording.Victim(
                            victims.get(random.nextInt(victims.size())), random.nextInt(6) == 0)),
                    List.of(),
                    List.of(),
                    List.of(),
                    kind.mo(),
                    kind.narrative(),
                    officer.username());
            CrimeRecording.Recorded r = HistoryClock.replayAt(at, () -> recording.record(officer, crime));
            made.add(new Made(r.id(), code, at, officer));
        }
        return made;
    }

    /** Outcomes for two in five of the crimes older than four weeks, decided by CID. */
    private int outcomes(Random random, Instant now, List<Made> made, Staff team) {
        int n = 0;
        for (Made m : made) {
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

    /**
     * The registrars' work: a duplicate cancelled and an assault re-classified, each approved by the
     * registrar who did not ask; a cancellation asked by one registrar and a re-classification asked by
     * an investigator, both waiting (the other registrar can decide them on the first start).
     */
    private void registrarsWork(Random random, Instant now, List<Made> made, Staff team) {
        List<Made> older = made.stream()
                .filter(m -> m.recordedAt().isBefore(now.minus(Duration.ofDays(40))))
                .toList();
        List<Made> recent = made.stream()
                .filter(m -> m.recordedAt().isAfter(now.minus(Duration.ofDays(14))))
                .filter(m -> m.recordedAt().isBefore(now.minus(Duration.ofDays(1))))
                .toList();
        older.stream().filter(m -> m.code().equals("49")).findFirst().ifPresent(m -> {
            Instant asked = m.recordedAt().plus(Duration.ofDays(2));
            long request = HistoryClock.replayAt(
                    asked,
                    () -> changes.request(
                            team.registrar(2),
                            m.id(),
                            ChangeKind.CANCEL,
                            null,
                            CancellationGround.DUPLICATE_RECORD,
                            "The same theft was recorded twice, by the officer and from the online report."));
            HistoryClock.replayAt(
                    asked.plus(Duration.ofHours(20)),
                    () -> changes.decide(team.registrar(1), request, true, "Duplicate confirmed."));
        });
        older.stream().filter(m -> m.code().equals("105A")).findFirst().ifPresent(m -> {
            Instant asked = m.recordedAt().plus(Duration.ofDays(3));
            long request = HistoryClock.replayAt(
                    asked,
                    () -> changes.request(
                            m.officer(),
                            m.id(),
                            ChangeKind.RECLASSIFY,
                            "8N",
                            null,
                            "The medical report shows a fractured finger: assault with injury."));
            HistoryClock.replayAt(
                    asked.plus(Duration.ofHours(6)), () -> changes.decide(team.registrar(2), request, true, null));
        });
        // criminal damage if the last fortnight has one (which crimes it has depends on the day the
        // force first starts), else another crime: the second registrar always finds one waiting
        Optional<Made> damage =
                recent.stream().filter(m -> m.code().startsWith("58")).findFirst();
        Optional<Made> toCancel = damage.or(
                () -> recent.stream().filter(m -> !m.code().equals("28F")).findFirst());
        String reason = damage.isPresent()
                ? "CCTV shows the damage was done by a reversing lorry: an accident, not a crime."
                : "The person who reported it has since shown that nothing was taken or harmed: no crime took place.";
        toCancel.ifPresent(m -> HistoryClock.replayAt(
                m.recordedAt().plus(Duration.ofHours(12)),
                () -> changes.request(
                        team.registrar(1),
                        m.id(),
                        ChangeKind.CANCEL,
                        null,
                        CancellationGround.ADDITIONAL_VERIFIABLE_INFORMATION,
                        reason)));
        recent.stream()
                .filter(m -> m.code().equals("28F"))
                .findFirst()
                .ifPresent(
                        m -> HistoryClock.replayAt(
                                m.recordedAt().plus(Duration.ofHours(8)),
                                () -> changes.request(
                                        m.officer().username().contains("investigator")
                                                ? m.officer()
                                                : team.investigator(random),
                                        m.id(),
                                        ChangeKind.RECLASSIFY,
                                        "28E",
                                        null,
                                        "Entry was gained after all: a window at the back was found open and property is missing.")));
    }

    /** The officers who record and investigate, by team. */
    private record Staff(Map<String, Actor> byName) {

        Actor investigator(Random random) {
            return byName.get(random.nextBoolean() ? "investigator" : "investigator-2");
        }

        /** A response officer of the team that covers the place's beats. */
        Actor responder(double latitude, Random random) {
            String[] team = latitude < NORTH_OF
                    ? new String[] {"response-officer", "response-officer-2", "response-officer-3"}
                    : new String[] {"response-officer-4", "response-officer-5"};
            return byName.get(team[random.nextInt(team.length)]);
        }

        Actor registrar(int which) {
            return byName.get(which == 1 ? "crime-registrar" : "crime-registrar-2");
        }
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
        double dy = (a.latitude() - b.latitude()) * 111_320;
        double dx = (a.longitude() - b.longitude()) * 111_320 * Math.cos(Math.toRadians(a.latitude()));
        return Math.hypot(dx, dy);
    }

    private static int poisson(Random random, double mean) {
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
