package org.constable.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.CommandAndControl.callAt;
import static org.constable.testsupport.CommandAndControl.thrive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Bad calls, assignments and AVL positions are refused with an RFC 9457 problem and change nothing
 * in calls, incidents, assignments or the incident log; a stale AVL position is quietly ignored.
 */
@ConstableHttpTest
class BadCommandAndControlInputChangesNothingTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    CommandAndControl c2;

    @Autowired
    MutableClock clock;

    Api api;
    String handler;
    String dispatcher;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        handler = api.token(users, users.create(Role.CALL_HANDLER));
        dispatcher = api.token(users, users.create(Role.DISPATCHER));
    }

    record Case(String name, String path, String token, String body, int status) {}

    @Test
    void badCallsAreProblemsAndStoreNothing() {
        Area area = CommandAndControl.freshArea();
        String ok = thrive("MEDIUM", "LOW", "LOW", "LOW");
        long closedIncident = raise(area);
        assertThat(api.post(
                                "/api/v1/incidents/" + closedIncident + "/closure",
                                dispatcher,
                                "{\"classification\":\"ASB\"}")
                        .status())
                .isEqualTo(204);
        String noEngagement =
                "{\"threat\":{\"level\":\"LOW\"},\"harm\":{\"level\":\"LOW\"},\"risk\":{\"level\":\"LOW\"},"
                        + "\"investigation\":{\"level\":\"LOW\"},\"vulnerability\":{\"level\":\"LOW\"}}";
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Case> cases = List.of(
                new Case(
                        "missing location",
                        "/api/v1/calls",
                        handler,
                        "{\"channel\":\"EMERGENCY_999\",\"whatHappened\":\"x\",\"callType\":\"ASSAULT\",\"thrive\":"
                                + ok + "}",
                        400),
                new Case(
                        "empty location",
                        "/api/v1/calls",
                        handler,
                        "{\"channel\":\"EMERGENCY_999\",\"location\":{\"text\":\"  \"},\"whatHappened\":\"x\",\"callType\":\"ASSAULT\",\"thrive\":"
                                + ok + "}",
                        400),
                new Case(
                        "latitude without longitude",
                        "/api/v1/calls",
                        handler,
                        "{\"channel\":\"EMERGENCY_999\",\"location\":{\"latitude\":51.5},\"whatHappened\":\"x\",\"callType\":\"ASSAULT\",\"thrive\":"
                                + ok + "}",
                        400),
                new Case(
                        "unknown gazetteer location",
                        "/api/v1/calls",
                        handler,
                        "{\"channel\":\"EMERGENCY_999\",\"location\":{\"locationId\":987654321},\"whatHappened\":\"x\",\"callType\":\"ASSAULT\",\"thrive\":"
                                + ok + "}",
                        404),
                new Case(
                        "unknown grade",
                        "/api/v1/calls",
                        handler,
                        callAt(area, ok, "\"grade\":\"PANIC\",\"gradeReason\":\"because\""),
                        400),
                new Case(
                        "unknown channel",
                        "/api/v1/calls",
                        handler,
                        callAt(area, ok, null).replace("EMERGENCY_999", "SMOKE_SIGNAL"),
                        400),
                new Case("THRIVE without engagement", "/api/v1/calls", handler, callAt(area, noEngagement, null), 400),
                new Case(
                        "THRIVE element without level",
                        "/api/v1/calls",
                        handler,
                        callAt(area, ok.replace("{\"level\":\"MEDIUM\",\"note\":\"t\"}", "{\"note\":\"t\"}"), null),
                        400),
                new Case("no THRIVE", "/api/v1/calls", handler, callAt(area, "null", null), 400),
                new Case(
                        "lower-case call type",
                        "/api/v1/calls",
                        handler,
                        callAt(area, ok, null).replace("\"ASSAULT\"", "\"assault!\""),
                        400),
                new Case(
                        "answered before presented",
                        "/api/v1/calls",
                        handler,
                        callAt(
                                area,
                                ok,
                                "\"presentedAt\":\"" + now + "\",\"answeredAt\":\"" + now.minusSeconds(5) + "\""),
                        400),
                new Case(
                        "joining a missing incident",
                        "/api/v1/calls",
                        handler,
                        callAt(area, ok, "\"joinIncidentId\":987654321"),
                        404),
                new Case(
                        "joining a closed incident",
                        "/api/v1/calls",
                        handler,
                        callAt(area, ok, "\"joinIncidentId\":" + closedIncident),
                        400),
                new Case(
                        "a call handler cannot dispatch",
                        "/api/v1/incidents/" + closedIncident + "/assignments",
                        handler,
                        "{\"unitIds\":[1]}",
                        403));
        for (Case c : cases) {
            expectProblem(c);
        }
    }

    @Test
    void assignmentsThatCannotBeMadeAreConflictsAndChangeNothing() {
        Area area = CommandAndControl.freshArea();
        long busy = c2.available("", area);
        long free = c2.available("", area.offset(200, 0));
        long first = raise(area);
        long second = raise(area.offset(2000, 0));
        long closed = raise(area.offset(4000, 0));
        assertThat(api.post("/api/v1/incidents/" + first + "/assignments", dispatcher, "{\"unitIds\":[" + busy + "]}")
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/incidents/" + closed + "/closure", dispatcher, "{\"classification\":\"ASB\"}")
                        .status())
                .isEqualTo(204);

        expectProblem(new Case(
                "busy unit",
                "/api/v1/incidents/" + second + "/assignments",
                dispatcher,
                "{\"unitIds\":[" + busy + "]}",
                409));
        expectProblem(new Case(
                "free unit then busy unit, all or nothing",
                "/api/v1/incidents/" + second + "/assignments",
                dispatcher,
                "{\"unitIds\":[" + free + "," + busy + "]}",
                409));
        assertThat(status(free))
                .as("the free unit of a refused batch stays free")
                .isEqualTo("AVAILABLE");
        expectProblem(new Case(
                "closed incident",
                "/api/v1/incidents/" + closed + "/assignments",
                dispatcher,
                "{\"unitIds\":[" + free + "]}",
                409));
        expectProblem(new Case(
                "missing unit",
                "/api/v1/incidents/" + second + "/assignments",
                dispatcher,
                "{\"unitIds\":[987654321]}",
                404));
        expectProblem(new Case(
                "missing incident",
                "/api/v1/incidents/987654321/assignments",
                dispatcher,
                "{\"unitIds\":[" + free + "]}",
                404));
        expectProblem(new Case(
                "no units", "/api/v1/incidents/" + second + "/assignments", dispatcher, "{\"unitIds\":[]}", 400));
        expectProblem(new Case(
                "the grade it already has",
                "/api/v1/incidents/" + second + "/grade",
                dispatcher,
                "{\"grade\":\"PRIORITY\",\"reason\":\"same\"}",
                400));
        expectProblem(new Case(
                "a grade change without reason",
                "/api/v1/incidents/" + second + "/grade",
                dispatcher,
                "{\"grade\":\"EMERGENCY\",\"reason\":\"\"}",
                400));
        expectProblem(new Case(
                "an unknown unit status",
                "/api/v1/units/" + free + "/status",
                dispatcher,
                "{\"status\":\"ASLEEP\"}",
                400));
        expectProblem(new Case(
                "a unit status that follows from assignments",
                "/api/v1/units/" + free + "/status",
                dispatcher,
                "{\"status\":\"AT_SCENE\"}",
                400));
        expectProblem(new Case(
                "progress without an assignment",
                "/api/v1/units/" + free + "/assignment-status",
                dispatcher,
                "{\"status\":\"EN_ROUTE\"}",
                409));
        expectProblem(new Case(
                "off duty while assigned",
                "/api/v1/units/" + busy + "/status",
                dispatcher,
                "{\"status\":\"OFF_DUTY\"}",
                409));
        assertThat(status(busy)).isEqualTo("COMMITTED");
        assertThat(db.count("SELECT count(*) FROM dispatch.assignment WHERE unit_id = ? AND status <> 'CLEARED'", busy))
                .isEqualTo(1);
    }

    @Test
    void anAvlBatchWithOneUnknownCallsignStoresNoneOfItsPositions() throws SQLException {
        Area area = CommandAndControl.freshArea();
        String a = CommandAndControl.callsign("AV");
        String b = CommandAndControl.callsign("AV");
        long unitA = c2.unit(a, "", "AVAILABLE", area);
        long unitB = c2.unit(b, "", "AVAILABLE", area.offset(100, 0));
        Instant at = clock.instant().minusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
        List<Object> beforeA = position(unitA);
        List<Object> beforeB = position(unitB);

        var r = api.post(
                "/api/v1/units/positions",
                dispatcher,
                "{\"positions\":[" + pos(a, area.offset(10, 10), at) + "," + pos("NO-SUCH-UNIT", area, at) + ","
                        + pos(b, area.offset(20, 20), at) + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertProblem(r);
        assertThat(Json.read(r.body()).get("detail").asString()).contains("NO-SUCH-UNIT");
        assertThat(position(unitA)).isEqualTo(beforeA);
        assertThat(position(unitB)).isEqualTo(beforeB);

        var future = api.post(
                "/api/v1/units/positions",
                dispatcher,
                "{\"positions\":[" + pos(a, area.offset(10, 10), at) + ","
                        + pos(b, area.offset(30, 30), clock.instant().plus(Duration.ofMinutes(10))) + "]}");
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertProblem(future);
        assertThat(position(unitA)).isEqualTo(beforeA);
        assertThat(position(unitB)).isEqualTo(beforeB);

        var badLatitude = api.post(
                "/api/v1/units/positions",
                dispatcher,
                "{\"positions\":[{\"callsign\":\"" + a + "\",\"latitude\":95,\"longitude\":0,\"at\":\"" + at + "\"}]}");
        assertThat(badLatitude.status()).as(badLatitude.body()).isEqualTo(400);
        assertThat(position(unitA)).isEqualTo(beforeA);
    }

    @Test
    void aStaleAvlPositionIsIgnoredNotAnError() throws SQLException {
        Area area = CommandAndControl.freshArea();
        String a = CommandAndControl.callsign("AV");
        long unit = c2.unit(a, "", "AVAILABLE", area);
        Instant newer = clock.instant().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        Area there = area.offset(300, 0);
        var first = api.post("/api/v1/units/positions", dispatcher, "{\"positions\":[" + pos(a, there, newer) + "]}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(Json.read(first.body()).get("accepted").asInt()).isEqualTo(1);
        List<Object> stored = position(unit);
        assertThat(stored)
                .containsExactly(
                        there.latitude(),
                        there.longitude(),
                        java.sql.Timestamp.from(newer).toInstant());

        var stale = api.post(
                "/api/v1/units/positions",
                dispatcher,
                "{\"positions\":[" + pos(a, area.offset(-500, 0), newer.minusSeconds(60)) + ","
                        + pos(a, area.offset(-600, 0), newer) + "]}");
        assertThat(stale.status()).as(stale.body()).isEqualTo(200);
        JsonNode result = Json.read(stale.body());
        assertThat(result.get("accepted").asInt()).isZero();
        assertThat(result.get("ignoredAsOlder").asInt()).isEqualTo(2);
        assertThat(position(unit)).isEqualTo(stored);
    }

    private void expectProblem(Case c) {
        long[] before = c2.counts();
        var r = api.post(c.path(), c.token(), c.body());
        assertThat(r.status()).as(c.name() + ": " + r.body()).isEqualTo(c.status());
        assertProblem(r);
        assertThat(c2.counts())
                .as(c.name() + ": rows of " + Arrays.toString(CommandAndControl.TABLES))
                .isEqualTo(before);
    }

    private static void assertProblem(Api.Response r) {
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode p = Json.read(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(r.status());
        assertThat(p.get("title").asString()).isNotBlank();
    }

    private long raise(Area at) {
        var r = api.post("/api/v1/calls", handler, callAt(at, thrive("MEDIUM", "LOW", "LOW", "LOW"), null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("incidentId").asLong();
    }

    private String status(long unit) {
        for (JsonNode u : Json.read(api.get("/api/v1/units", dispatcher).body())) {
            if (u.get("id").asLong() == unit) {
                return u.get("status").asString();
            }
        }
        throw new AssertionError("no unit " + unit);
    }

    private static String pos(String callsign, Area at, Instant when) {
        return "{\"callsign\":\"" + callsign + "\",\"latitude\":" + at.latitude() + ",\"longitude\":" + at.longitude()
                + ",\"at\":\"" + when + "\"}";
    }

    private List<Object> position(long unit) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement ps =
                        c.prepareStatement("SELECT latitude, longitude, position_at FROM dispatch.unit WHERE id = ?")) {
            ps.setLong(1, unit);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                List<Object> values = new ArrayList<>();
                values.add(rs.getDouble(1));
                values.add(rs.getDouble(2));
                values.add(
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant());
                return values;
            }
        }
    }
}
