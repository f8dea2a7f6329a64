package org.constable.crime.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.constable.crime.application.CrimeChanges;
import org.constable.crime.application.CrimeRecording;
import org.constable.crime.application.IntegrityMonitor;
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
 * by the officers who attended (a few left on the integrity monitor, one decided "no crime";
 * {@link DemoCrimesFromIncidents}), six months of crime before them clustered around a few hot spots
 * so that dashboards, open data and forecasts have something to show ({@link DemoHotSpotMonths}),
 * Home Office outcomes for older crimes ({@link DemoOutcomes}), and the registrars' work: changes
 * approved by the other registrar, and two requests waiting for a decision
 * ({@link DemoRegistrarsWork}). Made once, from a fixed seed, in that order.
 */
@Component
@Order(60)
class DemoCrimes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCrimes.class);

    private final DemoMode demo;
    private final CrimeStore crimes;
    private final CurrentActor actors;
    private final PoleSearchFeed people;
    private final Clock clock;
    private final DemoHotSpotMonths months;
    private final DemoCrimesFromIncidents fromIncidents;
    private final DemoOutcomes outcomes;
    private final DemoRegistrarsWork registrars;

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
        this.crimes = crimes;
        this.actors = actors;
        this.people = people;
        this.clock = clock;
        this.months = new DemoHotSpotMonths(recording, new TransactionTemplate(transactions));
        this.fromIncidents = new DemoCrimesFromIncidents(recording, monitor, queue);
        this.outcomes = new DemoOutcomes(changes);
        this.registrars = new DemoRegistrarsWork(changes);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !crimes.recent(1).isEmpty()) {
            return;
        }
        Map<String, Actor> staff = Stream.of(DemoStaff.NAMES)
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
        if (staff.size() < DemoStaff.NAMES.length || places.size() < 20 || victims.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(1709);
        Instant now = HistoryClock.real(clock).instant();
        DemoStaff team = new DemoStaff(staff);
        List<DemoCrime> made = new ArrayList<>(months.record(random, now, places, victims, team));
        made.addAll(fromIncidents.record(random, now, victims, team));
        int given = outcomes.give(random, now, made, team);
        registrars.carryOut(random, now, made, team);
        log.info(
                "Demo force: {} crimes recorded over {} months with {} outcomes in {} ms",
                made.size(),
                DemoHotSpotMonths.MONTHS,
                given,
                (System.nanoTime() - started) / 1_000_000);
    }
}
