package org.constable.contact.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.constable.contact.application.CallTaking;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.Level;
import org.constable.contact.domain.ThriveAssessment;
import org.constable.contact.persistence.CallStore;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
import org.constable.people.PoleSearchFeed;
import org.constable.shared.HistoryClock;
import org.constable.shared.PoissonCounts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo force's last three days of calls, taken by its two call handlers through call taking
 * itself, each at its own moment (replayed on the {@link HistoryClock}): a daily rhythm quiet before
 * dawn and busiest in the evening, 999 for what is urgent, callers from the demo people, places from
 * its gazetteer, a second call now and then about the same job. Made once, from a fixed seed.
 */
@Component
@Order(50)
class DemoCalls implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCalls.class);

    static final Duration HISTORY = Duration.ofDays(3);

    /** Calls an hour by hour of the day (0-23), a force of this size's rhythm in miniature. */
    private static final double[] PER_HOUR = {
        0.6, 0.4, 0.3, 0.2, 0.2, 0.2, 0.3, 0.5, 0.7, 0.8, 0.8, 0.9, 0.9, 0.9, 0.9, 1.0, 1.1, 1.2, 1.3, 1.3, 1.2, 1.1,
        1.0, 0.8
    };

    /** What people call about, how often, how it is judged, and what they say. */
    record Kind(String callType, int weight, Level danger, Level vulnerability, String what) {}

    static final List<Kind> KINDS = List.of(
            new Kind(
                    "BURGLARY",
                    12,
                    Level.MEDIUM,
                    Level.LOW,
                    "Came home to find the back door forced and the house searched."),
            new Kind(
                    "ASSAULT",
                    10,
                    Level.HIGH,
                    Level.MEDIUM,
                    "A man punched outside the shops; the attacker walked off towards the park."),
            new Kind(
                    "THEFT",
                    12,
                    Level.LOW,
                    Level.LOW,
                    "Bag taken from a table in the cafe while the caller was at the counter."),
            new Kind(
                    "CRIMINAL_DAMAGE",
                    8,
                    Level.LOW,
                    Level.LOW,
                    "Car windscreen smashed overnight on the street outside."),
            new Kind("DOMESTIC", 8, Level.HIGH, Level.HIGH, "Shouting and banging next door, a woman heard screaming."),
            new Kind("ASB", 12, Level.LOW, Level.LOW, "Group of youths throwing stones at passing buses."),
            new Kind(
                    "CONCERN_FOR_WELFARE",
                    9,
                    Level.MEDIUM,
                    Level.HIGH,
                    "Elderly neighbour not seen for two days, post piling up."),
            new Kind(
                    "RTC",
                    6,
                    Level.MEDIUM,
                    Level.LOW,
                    "Two cars collided at the junction; one driver holding their neck."),
            new Kind("SUSPICIOUS", 8, Level.LOW, Level.LOW, "Someone trying car door handles along the road."));

    private final DemoMode demo;
    private final CallTaking calls;
    private final CallStore store;
    private final CurrentActor actors;
    private final PoleSearchFeed people;
    private final Clock clock;

    DemoCalls(
            DemoMode demo, CallTaking calls, CallStore store, CurrentActor actors, PoleSearchFeed people, Clock clock) {
        this.demo = demo;
        this.calls = calls;
        this.store = store;
        this.actors = actors;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Actor> first = actors.load(DemoMode.DEMO_USER_PREFIX + "call-handler");
        Optional<Actor> second = actors.load(DemoMode.DEMO_USER_PREFIX + "call-handler-2");
        if (!demo.enabled() || store.count() > 0 || first.isEmpty() || second.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<PoleSearchFeed.LocationEntry> places = people.locations(0, 2000).stream()
                .filter(l -> l.latitude() != null && !l.restricted())
                .toList();
        List<PoleSearchFeed.PersonEntry> callers =
                people.persons(0, 400).stream().filter(p -> !p.restricted()).toList();
        if (places.isEmpty() || callers.isEmpty()) {
            return;
        }
        Random random = new Random(1212);
        Instant now = HistoryClock.real(clock).instant();
        ZoneId zone = ZoneId.of("Europe/London");
        Instant hour = now.minus(HISTORY).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        int made = 0;
        CallTaking.Recorded previous = null;
        Instant previousAt = null;
        String previousType = null;
        for (; hour.isBefore(now); hour = hour.plus(Duration.ofHours(1))) {
            int n = PoissonCounts.draw(random, PER_HOUR[hour.atZone(zone).getHour()]);
            List<Instant> times = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                times.add(hour.plusSeconds(random.nextInt(3600)));
            }
            times.sort(null);
            for (Instant at : times) {
                if (!at.isBefore(now.minus(Duration.ofMinutes(5)))) {
                    continue;
                }
                Kind kind = pick(random);
                boolean again = previous != null
                        && kind.callType().equals(previousType)
                        && Duration.between(previousAt, at).toMinutes() < 20
                        && random.nextInt(3) == 0;
                CallTaking.NewCall call = call(
                        random, kind, at, places, callers, again && previous != null ? previous.incidentId() : null);
                Actor handler = random.nextBoolean() ? first.get() : second.get();
                CallTaking.Recorded r = HistoryClock.replayAt(at, () -> calls.record(handler, call));
                previous = r;
                previousAt = at;
                previousType = kind.callType();
                made++;
            }
        }
        log.info(
                "Demo force: {} calls of the last {} days taken in {} ms",
                made,
                HISTORY.toDays(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static CallTaking.NewCall call(
            Random random,
            Kind kind,
            Instant at,
            List<PoleSearchFeed.LocationEntry> places,
            List<PoleSearchFeed.PersonEntry> callers,
            @Nullable Long join) {
        Level danger = random.nextInt(5) == 0 ? bump(kind.danger()) : kind.danger();
        ThriveAssessment thrive = new ThriveAssessment(
                new ThriveAssessment.Element(danger, null),
                new ThriveAssessment.Element(kind.danger(), null),
                new ThriveAssessment.Element(kind.danger(), null),
                new ThriveAssessment.Element(Level.MEDIUM, null),
                new ThriveAssessment.Element(kind.vulnerability(), null),
                new ThriveAssessment.Element(Level.LOW, null));
        Channel channel = danger == Level.HIGH
                ? Channel.EMERGENCY_999
                : random.nextInt(4) == 0
                        ? Channel.ONLINE
                        : random.nextInt(3) == 0 ? Channel.EMERGENCY_999 : Channel.NON_EMERGENCY_101;
        Instant presented = at.minusSeconds(
                channel == Channel.ONLINE ? 0 : 3 + random.nextInt(channel == Channel.EMERGENCY_999 ? 12 : 90));
        PoleSearchFeed.LocationEntry place = places.get(random.nextInt(places.size()));
        CallTaking.Where where = random.nextInt(5) == 0
                ? new CallTaking.Where(
                        null,
                        Objects.requireNonNull(place.latitude(), "the demo's calls come from located places only")
                                + (random.nextDouble() - 0.5) * 0.002,
                        Objects.requireNonNull(place.longitude(), "a located place has both coordinates")
                                + (random.nextDouble() - 0.5) * 0.003,
                        "On or near " + place.street())
                : new CallTaking.Where(place.id(), null, null, null);
        CallTaking.Caller caller;
        if (random.nextInt(10) < 7) {
            PoleSearchFeed.PersonEntry p = callers.get(random.nextInt(callers.size()));
            caller = new CallTaking.Caller(
                    false,
                    p.forename() + " " + p.surname(),
                    String.format("07700 900%03d", random.nextInt(1000)),
                    p.id());
        } else {
            caller = new CallTaking.Caller(true, null, null, null);
        }
        return new CallTaking.NewCall(
                channel,
                presented,
                channel == Channel.ONLINE ? presented : at,
                caller,
                where,
                kind.what(),
                kind.callType(),
                thrive,
                null,
                null,
                null,
                join);
    }

    private static Level bump(Level l) {
        return l == Level.LOW ? Level.MEDIUM : Level.HIGH;
    }

    private static Kind pick(Random random) {
        int total = KINDS.stream().mapToInt(Kind::weight).sum();
        int r = random.nextInt(total);
        for (Kind k : KINDS) {
            r -= k.weight();
            if (r < 0) {
                return k;
            }
        }
        return KINDS.get(0);
    }
}
