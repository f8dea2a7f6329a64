package org.constable.crime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.constable.contact.application.CallTaking;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.Level;
import org.constable.contact.domain.ThriveAssessment;
import org.constable.crime.application.CrimeChanges;
import org.constable.crime.application.CrimeRecording;
import org.constable.crime.application.IntegrityMonitor;
import org.constable.crime.domain.ChangeKind;
import org.constable.crime.domain.NcrsDecision;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.people.application.PersonRecords;
import org.constable.people.domain.PersonDetails;
import org.constable.shared.Conflict;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Property: for any sequence of incident closures, crime records (some refused by the counting
 * rules), cancellations and registrar decisions, every crime-indicative incident reported in the
 * period is exactly one of queued, recorded or decided: queue + recorded + decided = crime-
 * indicative incidents, matching a model kept by the test, and a cancelled crime does not make
 * its incident vanish from the monitor.
 *
 * <p>Seeded {@link Random} per repetition (the seed is in every failure message), driven through
 * the use-case beans; jqwik is not used for the reason given in dispatch's property test.
 */
@ConstableHttpTest
class NcrsMonitorInvariantsPropertiesTest {

    private static final long BASE_SEED = 20261122L;
    private static final String[] CLOSINGS = {
        "CRIME_VIOLENCE", "CRIME_THEFT", "ASB", "CRIME_BURGLARY", "NO_POLICE_ACTION"
    };
    private static final String[] CODES = {"8N", "105A", "28E", "92E", "49"};

    @Autowired
    CallTaking calls;

    @Autowired
    IncidentCommands commands;

    @Autowired
    CrimeRecording recording;

    @Autowired
    CrimeChanges changes;

    @Autowired
    IntegrityMonitor monitor;

    @Autowired
    PersonRecords persons;

    @Autowired
    CurrentActor actors;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    Actor handler;
    Actor dispatcher;
    Actor officer;
    Actor registrar;
    Actor otherRegistrar;

    @BeforeEach
    void setUp() {
        handler = actor(Role.CALL_HANDLER);
        dispatcher = actor(Role.DISPATCHER);
        officer = actor(Role.RESPONSE_OFFICER);
        registrar = actor(Role.CRIME_REGISTRAR);
        otherRegistrar = actor(Role.CRIME_REGISTRAR);
    }

    @RepeatedTest(20)
    void everyCrimeIndicativeIncidentIsQueuedRecordedOrDecided(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        clock.advance(Duration.ofDays(2));
        Instant periodStart = clock.instant();
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(persons.create(
                    officer,
                    new PersonDetails(
                            "Prop", null, "Person" + seed + "x" + i, null, null, null, null, null, null, null, false)));
        }
        List<Long> open = new ArrayList<>();
        Set<Long> indicative = new HashSet<>();
        Set<Long> recorded = new HashSet<>();
        Set<Long> decided = new HashSet<>();
        Map<Long, Long> crimeOf = new HashMap<>();
        List<String> trace = new ArrayList<>();
        int steps = 5 + random.nextInt(20);
        for (int step = 0; step < steps; step++) {
            clock.advance(Duration.ofMinutes(1 + random.nextInt(90)));
            int choice = random.nextInt(open.isEmpty() ? 1 : 6);
            long incident = indicative.isEmpty() || random.nextInt(6) == 0
                    ? -1 - random.nextInt(3)
                    : new ArrayList<>(indicative).get(random.nextInt(indicative.size()));
            switch (choice) {
                case 0 -> {
                    open.add(calls.record(handler, newCall()).incidentId());
                    trace.add("raise");
                }
                case 1, 2 -> {
                    long id = open.remove(random.nextInt(open.size()));
                    String closing = CLOSINGS[random.nextInt(CLOSINGS.length)];
                    commands.close(dispatcher, id, closing, null);
                    if (closing.startsWith("CRIME_")) {
                        indicative.add(id);
                    }
                    trace.add("close " + id + " " + closing);
                }
                case 3 ->
                    trace.add(attempt("record from " + incident, () -> {
                        String code = CODES[random.nextInt(CODES.length)];
                        Instant from = clock.instant().minus(Duration.ofMinutes(30 + random.nextInt(600)));
                        List<CrimeRecording.Victim> victims = random.nextInt(4) == 0
                                ? List.of()
                                : List.of(new CrimeRecording.Victim(
                                        people.get(random.nextInt(people.size())), random.nextBoolean()));
                        var r = recording.record(
                                officer,
                                new CrimeRecording.NewCrime(
                                        incident,
                                        code,
                                        from,
                                        from.plusSeconds(60),
                                        null,
                                        null,
                                        victims,
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        "",
                                        "what happened",
                                        officer.username()));
                        recorded.add(incident);
                        crimeOf.putIfAbsent(incident, r.id());
                    }));
                case 4 ->
                    trace.add(attempt("decide " + incident, () -> {
                        String reason = random.nextInt(5) == 0 ? " " : "checked the account";
                        monitor.decide(
                                registrar,
                                incident,
                                NcrsDecision.values()[random.nextInt(NcrsDecision.values().length)],
                                reason);
                        decided.add(incident);
                    }));
                default -> {
                    Long crime = crimeOf.get(incident);
                    trace.add(attempt("cancel crime of " + incident, () -> {
                        long request = changes.request(
                                officer,
                                crime == null ? -1 : crime,
                                ChangeKind.CANCEL,
                                null,
                                CancellationGround.DUPLICATE_RECORD,
                                "recorded twice");
                        changes.decide(random.nextBoolean() ? registrar : otherRegistrar, request, true, null);
                    }));
                }
            }
            var rate = monitor.rate(periodStart, clock.instant().plusSeconds(1));
            String why = "seed " + seed + " after " + trace;
            assertThat(rate.recorded() + rate.decided() + rate.inQueue())
                    .as(why)
                    .isEqualTo(rate.crimeIndicative());
            assertThat(rate.crimeIndicative()).as(why).isEqualTo(indicative.size());
            assertThat(rate.recorded()).as(why).isEqualTo(recorded.size());
            assertThat(rate.decided())
                    .as(why)
                    .isEqualTo(
                            decided.stream().filter(i -> !recorded.contains(i)).count());
            assertThat(recorded)
                    .as("a crime is recorded only from a crime-indicative incident; " + why)
                    .isSubsetOf(indicative);
            assertThat(monitor.queue(registrar, "NCRS integrity monitoring").stream()
                            .filter(e -> indicative.contains(e.incidentId()))
                            .count())
                    .as(why)
                    .isEqualTo(rate.inQueue());
        }
    }

    private static String attempt(String what, Runnable operation) {
        try {
            operation.run();
            return what + " ok";
        } catch (IllegalArgumentException | Conflict | org.constable.shared.RecordNotFound refused) {
            return what + " refused (" + refused.getMessage() + ")";
        }
    }

    private Actor actor(Role role) {
        return actors.load(users.create(role).username()).orElseThrow();
    }

    private static CallTaking.NewCall newCall() {
        var at = CommandAndControl.freshArea();
        var e = new ThriveAssessment.Element(Level.LOW, null);
        return new CallTaking.NewCall(
                Channel.NON_EMERGENCY_101,
                null,
                null,
                new CallTaking.Caller(true, null, null, null),
                new CallTaking.Where(null, at.latitude(), at.longitude(), null),
                "something happened",
                "THEFT",
                new ThriveAssessment(e, e, e, e, e, e),
                null,
                null,
                null,
                null);
    }
}
