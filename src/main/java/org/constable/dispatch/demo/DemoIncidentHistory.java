package org.constable.dispatch.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.dispatch.domain.AssignmentStatus;
import org.constable.dispatch.persistence.IncidentRow;
import org.constable.dispatch.persistence.IncidentStore;
import org.constable.dispatch.persistence.UnitStore;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.DemoMode;
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
 * What the demo force's dispatchers did with the incidents of its last three days, through the
 * dispatch use cases at the moments they happened (replayed on the {@link HistoryClock}): a unit
 * free at the time assigned, en route, at scene, clear, the incident closed with a classification
 * that fits the call; the jobs of the last hour or two are left where they would be now. Whatever
 * the hour of the first start (a quiet night may leave every job of the last hours closed), the
 * newest {@value #LIVE_JOBS} calls stay live work: two wait for a unit, one has the demo response
 * officer's car on its way ({@value #OFFICERS_CAR}, so the officer's phone has a job) and one a unit
 * at scene. Made once, from a fixed seed.
 */
@Component
@Order(55)
class DemoIncidentHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIncidentHistory.class);

    private static final Set<String> RESPONDING_KINDS = Set.of("RESPONSE_CAR", "FOOT_PATROL");

    /** The newest calls kept as live work on the board, whatever the hour. */
    static final int LIVE_JOBS = 4;

    /** The car the demo response officer crews (see DemoUnits). */
    static final String OFFICERS_CAR = "RV01";

    private final DemoMode demo;
    private final IncidentCommands commands;
    private final IncidentStore incidents;
    private final UnitStore units;
    private final CurrentActor actors;
    private final Clock clock;
    private final TransactionTemplate tx;

    DemoIncidentHistory(
            DemoMode demo,
            IncidentCommands commands,
            IncidentStore incidents,
            UnitStore units,
            CurrentActor actors,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.demo = demo;
        this.commands = commands;
        this.incidents = incidents;
        this.units = units;
        this.actors = actors;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Actor> dispatcher = actors.load(DemoMode.DEMO_USER_PREFIX + "dispatcher");
        if (!demo.enabled() || dispatcher.isEmpty() || anyClosed()) {
            return;
        }
        List<IncidentRow> open = incidents.open().stream()
                .sorted(Comparator.comparing(IncidentRow::openedAt))
                .toList();
        if (open.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(2612);
        Instant now = HistoryClock.real(clock).instant();
        Actor actor = dispatcher.get();
        List<UnitStore.UnitRow> responders = units.available().stream()
                .filter(u -> RESPONDING_KINDS.contains(u.kind()))
                .toList();
        Map<Long, Instant> busyUntil = new HashMap<>();
        List<IncidentRow> history = open.subList(0, Math.max(0, open.size() - LIVE_JOBS));
        List<IncidentRow> live = open.subList(history.size(), open.size());
        keepLive(actor, live, responders, busyUntil, now);
        int closed = 0;
        int worked = 0;
        for (IncidentRow incident : history) {
            Steps steps = Steps.of(incident, random);
            if (!steps.assign().isBefore(now)) {
                continue;
            }
            Optional<UnitStore.UnitRow> unit = responders.stream()
                    .filter(u -> !busyUntil.getOrDefault(u.id(), Instant.MIN).isAfter(steps.assign()))
                    .skip(random.nextInt(3))
                    .findFirst();
            if (unit.isEmpty()) {
                continue;
            }
            long unitId = unit.get().id();
            busyUntil.put(unitId, Instant.MAX);
            worked++;
            String classification = closing(incident.callType(), random);
            // one transaction a job: the same use cases, fewer commits
            boolean done = Boolean.TRUE.equals(tx.execute(status -> {
                at(steps.assign(), () -> commands.assign(actor, incident.id(), List.of(unitId)));
                if (!move(actor, unitId, steps.enRoute(), AssignmentStatus.EN_ROUTE, now)
                        || !move(actor, unitId, steps.atScene(), AssignmentStatus.AT_SCENE, now)
                        || !move(actor, unitId, steps.cleared(), AssignmentStatus.CLEARED, now)) {
                    return false;
                }
                if (steps.close().isBefore(now.minus(Duration.ofMinutes(2)))) {
                    at(steps.close(), () -> commands.close(actor, incident.id(), classification, null));
                    return true;
                }
                return false;
            }));
            if (!steps.cleared().isBefore(now.minus(Duration.ofMinutes(1)))) {
                continue;
            }
            busyUntil.put(unitId, steps.cleared());
            closed += done ? 1 : 0;
        }
        log.info(
                "Demo force: {} of {} incidents worked and {} closed in {} ms",
                worked,
                open.size(),
                closed,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The newest calls as live work (oldest first): a unit at scene on the first, the officer's car
     * on its way to the second, the rest waiting for a unit. The units are taken a few minutes ago,
     * so nothing the history replays later can take them.
     */
    private void keepLive(
            Actor actor,
            List<IncidentRow> live,
            List<UnitStore.UnitRow> responders,
            Map<Long, Instant> busyUntil,
            Instant now) {
        Instant taken = now.minus(Duration.ofMinutes(3));
        // another unit to the older of the two jobs given a unit (at scene), the officer's car to the newer
        List<UnitStore.UnitRow> others = responders.stream()
                .filter(u -> !OFFICERS_CAR.equals(u.callsign()))
                .toList();
        List<UnitStore.UnitRow> chosen =
                new ArrayList<>(others.stream().limit(1).toList());
        responders.stream()
                .filter(u -> OFFICERS_CAR.equals(u.callsign()))
                .findFirst()
                .or(() -> others.stream().skip(1).findFirst())
                .ifPresent(chosen::add);
        for (int i = 0; i < chosen.size() && i < live.size() - 2; i++) {
            UnitStore.UnitRow unit = chosen.get(i);
            long incidentId = live.get(i).id();
            boolean atScene = i == 0;
            busyUntil.put(unit.id(), Instant.MAX);
            tx.executeWithoutResult(status -> {
                at(taken, () -> commands.assign(actor, incidentId, List.of(unit.id())));
                at(taken.plusSeconds(30), () -> commands.progress(actor, unit.id(), AssignmentStatus.EN_ROUTE));
                if (atScene) {
                    at(taken.plusSeconds(90), () -> commands.progress(actor, unit.id(), AssignmentStatus.AT_SCENE));
                }
            });
        }
    }

    private boolean move(Actor actor, long unitId, Instant at, AssignmentStatus next, Instant now) {
        if (!at.isBefore(now.minus(Duration.ofMinutes(1)))) {
            return false;
        }
        at(at, () -> commands.progress(actor, unitId, next));
        return true;
    }

    private static void at(Instant at, Runnable work) {
        HistoryClock.replayAt(at, work);
    }

    private boolean anyClosed() {
        return incidents.anyClosed();
    }

    /** How a job of this call type was closed, as a dispatcher would classify it. */
    static String closing(String callType, Random random) {
        return switch (callType) {
            case "BURGLARY" -> "CRIME_BURGLARY";
            case "ASSAULT" -> "CRIME_VIOLENCE";
            case "THEFT" -> "CRIME_THEFT";
            case "CRIMINAL_DAMAGE" -> "CRIME_CRIMINAL_DAMAGE";
            case "DOMESTIC" -> random.nextInt(10) < 7 ? "CRIME_DOMESTIC" : "CONCERN_FOR_WELFARE";
            case "ASB" -> "ASB";
            case "RTC" -> "RTC";
            case "SUSPICIOUS" -> random.nextInt(10) < 7 ? "NO_POLICE_ACTION" : "CRIME_OTHER";
            default -> "CONCERN_FOR_WELFARE";
        };
    }

    /** The moments of one job, by its grade: the more urgent, the sooner a unit is there. */
    record Steps(Instant assign, Instant enRoute, Instant atScene, Instant cleared, Instant close) {

        static Steps of(IncidentRow incident, Random random) {
            int[] assignMinutes = switch (incident.grade()) {
                case "EMERGENCY" -> new int[] {1, 4};
                case "PRIORITY" -> new int[] {5, 30};
                default -> new int[] {30, 240};
            };
            int[] travelMinutes = "EMERGENCY".equals(incident.grade()) ? new int[] {4, 13} : new int[] {8, 35};
            Instant assign = incident.openedAt().plus(minutes(random, assignMinutes));
            Instant enRoute = assign.plusSeconds(20 + random.nextInt(60));
            Instant atScene = enRoute.plus(minutes(random, travelMinutes));
            Instant cleared = atScene.plus(minutes(random, new int[] {15, 75}));
            Instant close = cleared.plus(minutes(random, new int[] {1, 8}));
            return new Steps(assign, enRoute, atScene, cleared, close);
        }

        private static Duration minutes(Random random, int[] range) {
            return Duration.ofSeconds(60L * range[0] + random.nextInt(60 * (range[1] - range[0]) + 1));
        }
    }
}
