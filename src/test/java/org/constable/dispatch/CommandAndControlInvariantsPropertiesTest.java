package org.constable.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.constable.contact.application.CallReconciliation;
import org.constable.contact.application.CallTaking;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.Level;
import org.constable.contact.domain.ThriveAssessment;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.dispatch.domain.AssignmentStatus;
import org.constable.dispatch.domain.UnitStatus;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.shared.Conflict;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Property: whatever sequence of call taking and dispatch operations is tried, with the failures
 * the rules call for, every call keeps its incident, no unit is on two active assignments, every
 * log entry names who made it, and a unit's status always matches its active assignment.
 *
 * <p>Random sequences come from a seeded {@link Random} per repetition (the seed is in every
 * failure message, so a failing sequence can be replayed), driven through the use-case beans, not
 * HTTP, for speed. jqwik was not used: its properties do not run JUnit Jupiter extensions, so the
 * Spring context could not be injected without an extra integration library.
 */
@ConstableHttpTest
class CommandAndControlInvariantsPropertiesTest {

    private static final long BASE_SEED = 20261122L;
    private static final int MAX_STEPS = 25;
    private static final String[] CLASSIFICATIONS = {
        "CRIME_VIOLENCE", "ASB", "NO_POLICE_ACTION", "CRIME_THEFT", "NOT_A_CLASSIFICATION"
    };
    private static final String[] GRADES = {"EMERGENCY", "PRIORITY", "SCHEDULED", "RESOLVED", "PANIC"};

    @Autowired
    CallTaking calls;

    @Autowired
    IncidentCommands commands;

    @Autowired
    CallReconciliation reconciliation;

    @Autowired
    CurrentActor actors;

    @Autowired
    TestUsers users;

    @Autowired
    CommandAndControl c2;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    Actor handler;
    Actor dispatcher;
    Actor officer;

    @BeforeEach
    void setUp() {
        handler = actors.load(users.create(Role.CALL_HANDLER).username()).orElseThrow();
        dispatcher = actors.load(users.create(Role.DISPATCHER).username()).orElseThrow();
        var officerUser = users.create(Role.RESPONSE_OFFICER);
        officer = actors.load(officerUser.username()).orElseThrow();
    }

    @RepeatedTest(30)
    void invariantsHoldAfterAnySequenceOfOperations(RepetitionInfo repetition) {
        long seed = BASE_SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        Area area = CommandAndControl.freshArea();
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(3); i++) {
            units.add(c2.available(
                    random.nextBoolean() ? "" : "dog", area.offset(random.nextInt(2000), random.nextInt(2000))));
        }
        List<Long> incidents = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        int steps = 1 + random.nextInt(MAX_STEPS);
        for (int step = 0; step < steps; step++) {
            clock.advance(Duration.ofSeconds(1 + random.nextInt(60)));
            String op = step(random, area, units, incidents);
            trace.add(op);
            checkInvariants("seed " + seed + " after " + trace);
        }
    }

    private String step(Random random, Area area, List<Long> units, List<Long> incidents) {
        int choice = incidents.isEmpty() ? 0 : random.nextInt(8);
        long unit = units.get(random.nextInt(units.size()));
        long incident = incidents.isEmpty() ? -1 : incidents.get(random.nextInt(incidents.size()));
        switch (choice) {
            case 0 -> {
                String grade = random.nextInt(4) == 0 ? GRADES[random.nextInt(GRADES.length)] : null;
                String reason = random.nextBoolean() ? "judgement of the handler" : null;
                return attempt(
                        "new call grade=" + grade + " reason=" + reason, grade == null ? Boolean.TRUE : null, () -> {
                            var recorded = calls.record(handler, newCall(random, area, grade, reason, null));
                            incidents.add(recorded.incidentId());
                        });
            }
            case 1 -> {
                return attempt(
                        "join call to " + incident,
                        isOpen(incident),
                        () -> calls.record(handler, newCall(random, area, null, null, incident)));
            }
            case 2 -> {
                boolean mayWork = isOpen(incident) && unitStatus(unit).equals("AVAILABLE");
                return attempt(
                        "assign " + unit + " to " + incident,
                        mayWork,
                        () -> commands.assign(dispatcher, incident, List.of(unit)));
            }
            case 3 -> {
                AssignmentStatus next = AssignmentStatus.values()[1 + random.nextInt(3)];
                String current = activeAssignmentStatus(unit);
                boolean mayWork =
                        current != null && AssignmentStatus.valueOf(current).mayMoveTo(next);
                Actor who = random.nextBoolean() ? dispatcher : crewed(unit);
                return attempt(
                        "progress " + unit + " " + current + " -> " + next,
                        mayWork,
                        () -> commands.progress(who, unit, next));
            }
            case 4 -> {
                UnitStatus status = UnitStatus.values()[random.nextInt(UnitStatus.values().length)];
                boolean mayWork = status.settableByHand() && activeAssignmentStatus(unit) == null;
                return attempt(
                        "unit " + unit + " status " + status,
                        mayWork,
                        () -> commands.setUnitStatus(dispatcher, unit, status));
            }
            case 5 -> {
                String text = random.nextInt(5) == 0 ? "  " : "update " + random.nextInt(1000);
                return attempt(
                        "log on " + incident,
                        !text.isBlank(),
                        () -> commands.addLogEntry(random.nextBoolean() ? officer : dispatcher, incident, text));
            }
            case 6 -> {
                String classification = CLASSIFICATIONS[random.nextInt(CLASSIFICATIONS.length)];
                boolean mayWork = !classification.startsWith("NOT_")
                        && isOpen(incident)
                        && count(
                                        "SELECT count(*) FROM dispatch.assignment WHERE incident_id = ? AND status <> 'CLEARED'",
                                        incident)
                                == 0;
                return attempt(
                        "close " + incident + " as " + classification,
                        mayWork,
                        () -> commands.close(dispatcher, incident, classification, null));
            }
            default -> {
                String grade = GRADES[random.nextInt(GRADES.length)];
                return attempt(
                        "grade " + incident + " " + grade,
                        null,
                        () -> commands.changeGrade(dispatcher, incident, grade, "new information"));
            }
        }
    }

    /**
     * Runs an operation. {@code expected}: TRUE, the rules allow it so it must succeed; FALSE, the
     * rules refuse it so it must fail with IllegalArgumentException or Conflict; null, either.
     * Any other exception fails the property.
     */
    private String attempt(String what, Boolean expected, Runnable operation) {
        try {
            operation.run();
        } catch (IllegalArgumentException | Conflict refused) {
            if (Boolean.TRUE.equals(expected)) {
                fail(what + " was refused but the rules allow it: " + refused.getMessage());
            }
            return what + " refused (" + refused.getClass().getSimpleName() + ")";
        }
        if (Boolean.FALSE.equals(expected)) {
            fail(what + " succeeded but the rules refuse it");
        }
        return what + " ok";
    }

    private Actor crewed(long unit) {
        commands.crew(dispatcher, unit, officer.userId());
        return officer;
    }

    private CallTaking.NewCall newCall(Random random, Area area, String grade, String reason, Long join) {
        Level[] levels = Level.values();
        ThriveAssessment thrive = new ThriveAssessment(
                el(random, levels),
                el(random, levels),
                el(random, levels),
                el(random, levels),
                el(random, levels),
                el(random, levels));
        Area at = area.offset(random.nextInt(400), random.nextInt(400));
        CallTaking.Where where = random.nextInt(5) == 0
                ? new CallTaking.Where(null, null, null, "somewhere by the river")
                : new CallTaking.Where(null, at.latitude(), at.longitude(), null);
        return new CallTaking.NewCall(
                Channel.values()[random.nextInt(Channel.values().length)],
                null,
                null,
                new CallTaking.Caller(true, null, null, null),
                where,
                "something happened",
                "ASSAULT",
                thrive,
                grade,
                reason,
                random.nextInt(4) == 0 ? "dog" : null,
                join);
    }

    private static ThriveAssessment.Element el(Random random, Level[] levels) {
        return new ThriveAssessment.Element(levels[random.nextInt(levels.length)], null);
    }

    /** A number from a query on the application's own (pooled) connections: reading is all it needs. */
    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private boolean isOpen(long incident) {
        return count("SELECT count(*) FROM dispatch.incident WHERE id = ? AND status = 'OPEN'", incident) == 1;
    }

    private String unitStatus(long unit) {
        return jdbc.sql("SELECT status FROM dispatch.unit WHERE id = ?")
                .param(unit)
                .query(String.class)
                .single();
    }

    private String activeAssignmentStatus(long unit) {
        return jdbc.sql("SELECT status FROM dispatch.assignment WHERE unit_id = ? AND status <> 'CLEARED'")
                .param(unit)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private void checkInvariants(String context) {
        assertThat(reconciliation.run(dispatcher).orphanCalls())
                .as("orphan calls, " + context)
                .isEmpty();
        assertThat(count("SELECT count(*) FROM (SELECT unit_id FROM dispatch.assignment WHERE status <> 'CLEARED' "
                        + "GROUP BY unit_id HAVING count(*) > 1) doubled"))
                .as("units on two active assignments, " + context)
                .isZero();
        assertThat(count("SELECT count(*) FROM dispatch.incident_log WHERE actor IS NULL OR btrim(actor) = ''"))
                .as("log entries without an actor, " + context)
                .isZero();
        assertThat(
                        count(
                                "SELECT count(*) FROM dispatch.assignment a JOIN dispatch.unit u ON u.id = a.unit_id "
                                        + "WHERE a.status <> 'CLEARED' AND u.status <> CASE a.status WHEN 'ASSIGNED' THEN 'COMMITTED' ELSE a.status END"))
                .as("units whose status does not match their active assignment, " + context)
                .isZero();
        assertThat(
                        count(
                                "SELECT count(*) FROM dispatch.unit u WHERE u.status IN ('COMMITTED', 'EN_ROUTE', 'AT_SCENE') "
                                        + "AND NOT EXISTS (SELECT 1 FROM dispatch.assignment a WHERE a.unit_id = u.id AND a.status <> 'CLEARED')"))
                .as("units busy without an assignment, " + context)
                .isZero();
        assertThat(count("SELECT count(*) FROM dispatch.assignment a JOIN dispatch.incident i ON i.id = a.incident_id "
                        + "WHERE a.status <> 'CLEARED' AND i.status = 'CLOSED'"))
                .as("closed incidents with units still on them, " + context)
                .isZero();
        assertThat(
                        count(
                                "SELECT count(*) FROM contact.call c WHERE NOT EXISTS (SELECT 1 FROM dispatch.incident i WHERE i.id = c.incident_id)"))
                .as("calls without an incident, " + context)
                .isZero();
    }
}
