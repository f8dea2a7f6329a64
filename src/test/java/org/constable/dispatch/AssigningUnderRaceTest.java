package org.constable.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.constable.testsupport.CommandAndControl.callAt;
import static org.constable.testsupport.CommandAndControl.thrive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two dispatchers send the same unit to two incidents at the same moment: one wins, the other is
 * told the unit is taken, and the database never holds two active assignments for one unit. Two
 * dispatchers sending two units each, named in opposite order, never deadlock into a 500 (issue 19):
 * one wins both units, the other is told they are taken.
 */
@ConstableHttpTest
class AssigningUnderRaceTest {

    private static final int ROUNDS = 20;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    CommandAndControl c2;

    @Autowired
    DataSource appDataSource;

    Api api;
    String handler;
    String dispatcherA;
    String dispatcherB;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        handler = api.token(users, users.create(Role.CALL_HANDLER));
        dispatcherA = api.token(users, users.create(Role.DISPATCHER));
        dispatcherB = api.token(users, users.create(Role.DISPATCHER));
    }

    @Test
    void twoDispatchersSendingTheSameUnitAtOnceGiveExactlyOneAssignment() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Area area = CommandAndControl.freshArea();
                long unit = c2.available("", area);
                long first = raise(area.offset(500, 0));
                long second = raise(area.offset(-500, 0));
                Api.Response[] both = race(pool, first, Long.toString(unit), second, Long.toString(unit));
                Api.Response ra = both[0];
                Api.Response rb = both[1];

                List<Integer> statuses = new ArrayList<>(List.of(ra.status(), rb.status()));
                statuses.sort(null);
                assertThat(statuses)
                        .as("round " + round + ": " + ra.body() + " / " + rb.body())
                        .containsExactly(204, 409);
                Api.Response loser = ra.status() == 409 ? ra : rb;
                assertThat(loser.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
                assertThat(Json.read(loser.body()).get("status").asInt()).isEqualTo(409);
                long winner = ra.status() == 204 ? first : second;

                assertThat(db.count("SELECT count(*) FROM dispatch.assignment WHERE unit_id = ?", unit))
                        .isEqualTo(1);
                assertThat(db.count(
                                "SELECT count(*) FROM dispatch.assignment WHERE unit_id = ? AND status <> 'CLEARED' AND incident_id = ?",
                                unit,
                                winner))
                        .isEqualTo(1);
                assertThat(db.count("SELECT count(*) FROM dispatch.unit WHERE id = ? AND status = 'COMMITTED'", unit))
                        .isEqualTo(1);
                assertThat(db.count(
                                "SELECT count(*) FROM dispatch.incident_log WHERE kind = 'ASSIGN' AND incident_id IN (?, ?)",
                                first,
                                second))
                        .as("only the winner's assignment is logged")
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.count("SELECT count(*) FROM (SELECT unit_id FROM dispatch.assignment WHERE status <> 'CLEARED' "
                        + "GROUP BY unit_id HAVING count(*) > 1) doubled"))
                .isZero();
    }

    @Test
    void twoDispatchersSendingTwoUnitsInOppositeOrderNeverDeadlock() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Area area = CommandAndControl.freshArea();
                long one = c2.available("", area);
                long two = c2.available("", area.offset(200, 0));
                long first = raise(area.offset(500, 0));
                long second = raise(area.offset(-500, 0));
                Api.Response[] both = race(pool, first, one + "," + two, second, two + "," + one);
                Api.Response ra = both[0];
                Api.Response rb = both[1];

                List<Integer> statuses = new ArrayList<>(List.of(ra.status(), rb.status()));
                statuses.sort(null);
                assertThat(statuses)
                        .as("round " + round + ": " + ra.body() + " / " + rb.body())
                        .containsExactly(204, 409);
                long winner = ra.status() == 204 ? first : second;
                assertThat(db.count(
                                "SELECT count(*) FROM dispatch.assignment WHERE unit_id IN (?, ?) AND incident_id = ?"
                                        + " AND status <> 'CLEARED'",
                                one,
                                two,
                                winner))
                        .as("the winner has both units")
                        .isEqualTo(2);
                assertThat(db.count("SELECT count(*) FROM dispatch.assignment WHERE unit_id IN (?, ?)", one, two))
                        .isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatabaseRefusesASecondActiveAssignmentWhateverTheCodeDoes() throws SQLException {
        Area area = CommandAndControl.freshArea();
        long unit = c2.available("", area);
        long first = raise(area);
        long second = raise(area.offset(1000, 0));
        assertThat(api.post("/api/v1/incidents/" + first + "/assignments", dispatcherA, "{\"unitIds\":[" + unit + "]}")
                        .status())
                .isEqualTo(204);

        try (Connection c = appDataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO dispatch.assignment (incident_id, unit_id, assigned_at, assigned_by) VALUES (?, ?, ?, 'bypassing the code')")) {
            c.setAutoCommit(true);
            ps.setLong(1, second);
            ps.setLong(2, unit);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            assertThatThrownBy(ps::executeUpdate).isInstanceOfSatisfying(SQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("23505");
                assertThat(e.getMessage()).contains("assignment_one_active_per_unit");
            });
        }
        assertThat(db.count("SELECT count(*) FROM dispatch.assignment WHERE unit_id = ? AND status <> 'CLEARED'", unit))
                .isEqualTo(1);

        // once cleared, the unit may be assigned again, also directly
        String officer = dispatcherA;
        assertThat(api.post("/api/v1/units/" + unit + "/assignment-status", officer, "{\"status\":\"CLEARED\"}")
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/incidents/" + second + "/assignments", dispatcherB, "{\"unitIds\":[" + unit + "]}")
                        .status())
                .isEqualTo(204);
        assertThat(db.count("SELECT count(*) FROM dispatch.assignment WHERE unit_id = ?", unit))
                .isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM dispatch.assignment WHERE unit_id = ? AND status <> 'CLEARED'", unit))
                .isEqualTo(1);
    }

    /** Dispatcher A sends units to the first incident and B to the second, at the same moment. */
    private Api.Response[] race(ExecutorService pool, long first, String unitsA, long second, String unitsB)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<Api.Response> a = pool.submit(() -> assignWhenTold(ready, go, dispatcherA, first, unitsA));
        Future<Api.Response> b = pool.submit(() -> assignWhenTold(ready, go, dispatcherB, second, unitsB));
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        return new Api.Response[] {a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)};
    }

    private Api.Response assignWhenTold(
            CountDownLatch ready, CountDownLatch go, String token, long incident, String unit)
            throws InterruptedException {
        ready.countDown();
        go.await();
        return api.post("/api/v1/incidents/" + incident + "/assignments", token, "{\"unitIds\":[" + unit + "]}");
    }

    private long raise(Area at) {
        var r = api.post("/api/v1/calls", handler, callAt(at, thrive("HIGH", "LOW", "LOW", "LOW"), null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("incidentId").asLong();
    }
}
