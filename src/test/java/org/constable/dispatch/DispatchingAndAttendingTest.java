package org.constable.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.constable.testsupport.CommandAndControl.callAt;
import static org.constable.testsupport.CommandAndControl.thrive;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.RecordedEvents;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A dispatcher sees a new incident on the board, sends the nearest unit with the right skills, the
 * crew move it en route, at scene and clear, and the incident closes with a classification; a
 * crime goes on to crime recording. Every step is in the append-only incident log.
 */
@ConstableHttpTest
class DispatchingAndAttendingTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    CommandAndControl c2;

    @Autowired
    RecordedEvents events;

    @Autowired
    DataSource appDataSource;

    Api api;
    TestUsers.TestUser handlerUser;
    TestUsers.TestUser dispatcherUser;
    TestUsers.TestUser officerUser;
    String handler;
    String dispatcher;
    String officer;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        handlerUser = users.create(Role.CALL_HANDLER);
        dispatcherUser = users.create(Role.DISPATCHER);
        officerUser = users.create(Role.RESPONSE_OFFICER);
        handler = api.token(users, handlerUser);
        dispatcher = api.token(users, dispatcherUser);
        officer = api.token(users, officerUser);
    }

    @Test
    void theNearestSkilledUnitIsSentAttendsClearsAndTheIncidentClosesAsACrime() {
        Area area = CommandAndControl.freshArea();
        long near = c2.available("firearms", area.offset(800, 0));
        long far = c2.available("dog,firearms", area.offset(0, 4000));
        long unskilledButClosest = c2.available("", area.offset(50, 0));
        long offDutyButClose = c2.unit(CommandAndControl.callsign("OD"), "firearms", "OFF_DUTY", area.offset(100, 0));
        long onRefreshment = c2.unit(CommandAndControl.callsign("RF"), "firearms", "REFRESHMENT", area.offset(0, 100));

        var call = api.post(
                "/api/v1/calls",
                handler,
                callAt(area, thrive("HIGH", "HIGH", "HIGH", "LOW"), "\"requiredSkills\":\"firearms\""));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        long incident = Json.read(call.body()).get("incidentId").asLong();

        // the board
        var board = api.get("/api/v1/board?purpose=Live%20incident%20handling", dispatcher);
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        JsonNode boardIncident = find(Json.read(board.body()).get("incidents"), "id", incident);
        assertThat(boardIncident.get("grade").asString()).isEqualTo("EMERGENCY");
        assertThat(boardIncident.get("attended").asBoolean()).isFalse();
        assertThat(boardIncident.get("units").size()).isZero();

        // recommendation: available, skilled, by ETA
        var rec = api.get("/api/v1/incidents/" + incident + "/recommendations?limit=20", dispatcher);
        assertThat(rec.status()).as(rec.body()).isEqualTo(200);
        List<Long> recommended = new ArrayList<>();
        List<Long> etas = new ArrayList<>();
        for (JsonNode r : Json.read(rec.body())) {
            recommended.add(r.get("unitId").asLong());
            etas.add(r.get("etaSeconds").asLong());
            assertThat(r.get("skills").asString()).contains("firearms");
            assertThat(db.count(
                            "SELECT count(*) FROM dispatch.unit WHERE id = ? AND status = 'AVAILABLE'",
                            r.get("unitId").asLong()))
                    .isEqualTo(1);
        }
        assertThat(recommended).startsWith(near, far);
        assertThat(recommended).doesNotContain(unskilledButClosest, offDutyButClose, onRefreshment);
        assertThat(etas).isSorted();

        var assign = api.post(
                "/api/v1/incidents/" + incident + "/assignments",
                dispatcher,
                "{\"unitIds\":[" + recommended.get(0) + "]}");
        assertThat(assign.status()).as(assign.body()).isEqualTo(204);
        assertThat(unitStatus(near)).isEqualTo("COMMITTED");
        JsonNode boardAfter = Json.read(api.get("/api/v1/board?purpose=Live%20incident%20handling", dispatcher)
                .body());
        assertThat(find(boardAfter.get("incidents"), "id", incident)
                        .get("units")
                        .toString())
                .contains("ASSIGNED");
        JsonNode assigned = find(boardAfter.get("incidents"), "id", incident).get("assignedUnits");
        assertThat(assigned.size()).isEqualTo(1);
        assertThat(assigned.get(0).get("unitId").asLong()).isEqualTo(near);
        assertThat(assigned.get(0).get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.get(0).get("statusLabel").asString()).isEqualTo("Assigned");
        assertThat(find(boardAfter.get("incidents"), "id", incident)
                        .get("units")
                        .get(0)
                        .asString())
                .isEqualTo(assigned.get(0).get("callsign").asString() + " ASSIGNED");
        assertThat(find(boardAfter.get("units"), "id", near)
                        .get("incidentReference")
                        .asString())
                .isEqualTo(Json.read(call.body()).get("incidentReference").asString());

        // the crew: only their own unit
        assertThat(api.post("/api/v1/units/" + near + "/crew", dispatcher, "{\"userId\":" + officerUser.id() + "}")
                        .status())
                .isEqualTo(204);
        assertThat(progress(near, "EN_ROUTE", officer).status()).isEqualTo(204);
        assertThat(unitStatus(near)).isEqualTo("EN_ROUTE");
        var notMine = progress(far, "EN_ROUTE", officer);
        assertThat(notMine.status()).as(notMine.body()).isEqualTo(403);
        assertThat(unitStatus(far)).isEqualTo("AVAILABLE");
        assertThat(api.post("/api/v1/units/" + far + "/status", officer, "{\"status\":\"OFF_DUTY\"}")
                        .status())
                .isEqualTo(403);
        // both refusals are AccessPolicy's, so both are in the audit trail (issue 14.5)
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(db.count(
                                "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ACCESS_DENIED' "
                                        + "AND actor = ? AND record_refs LIKE ?",
                                officerUser.username(),
                                "%unit:" + far + "%"))
                        .isEqualTo(2));
        assertThat(progress(near, "AT_SCENE", officer).status()).isEqualTo(204);
        assertThat(unitStatus(near)).isEqualTo("AT_SCENE");
        assertThat(progress(near, "EN_ROUTE", officer).status())
                .as("no going back")
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/v1/incidents/" + incident + "/log",
                                officer,
                                "{\"text\":\"One male detained, knife recovered\"}")
                        .status())
                .isEqualTo(204);

        // closing
        var unknown =
                api.post("/api/v1/incidents/" + incident + "/closure", dispatcher, "{\"classification\":\"MADE_UP\"}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        var stillThere = api.post(
                "/api/v1/incidents/" + incident + "/closure", dispatcher, "{\"classification\":\"CRIME_VIOLENCE\"}");
        assertThat(stillThere.status()).as(stillThere.body()).isEqualTo(409);
        assertThat(db.count("SELECT count(*) FROM dispatch.incident WHERE id = ? AND status = 'OPEN'", incident))
                .isEqualTo(1);
        assertThat(events.closedIncident(incident)).isEmpty();

        assertThat(progress(near, "CLEARED", officer).status()).isEqualTo(204);
        assertThat(unitStatus(near)).isEqualTo("AVAILABLE");
        var closed = api.post(
                "/api/v1/incidents/" + incident + "/closure",
                dispatcher,
                "{\"classification\":\"CRIME_VIOLENCE\",\"note\":\"Assault, suspect arrested\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        assertThat(events.closedIncident(incident)).singleElement().satisfies(e -> {
            assertThat(e.crimeIndicative()).isTrue();
            assertThat(e.classification()).isEqualTo("CRIME_VIOLENCE");
            assertThat(e.closedBy()).isEqualTo(dispatcherUser.username());
            assertThat(e.latitude()).isEqualTo(area.latitude());
        });
        JsonNode boardClosed = Json.read(api.get("/api/v1/board?purpose=Live%20incident%20handling", dispatcher)
                .body());
        assertThat(ids(boardClosed.get("incidents"))).doesNotContain(incident);

        // the log: every step, attributed, in order
        JsonNode view =
                Json.read(api.get("/api/v1/incidents/" + incident + "?purpose=Command%20and%20control", dispatcher)
                        .body());
        assertThat(view.get("incident").get("firstArrivedAt").isNull()).isFalse();
        List<String> steps = new ArrayList<>();
        long lastId = 0;
        Instant lastAt = Instant.EPOCH;
        for (JsonNode entry : view.get("log")) {
            steps.add(entry.get("kind").asString() + " by " + entry.get("actor").asString());
            assertThat(entry.get("id").asLong()).isGreaterThan(lastId);
            Instant at = Instant.parse(entry.get("at").asString());
            assertThat(at).isAfterOrEqualTo(lastAt);
            lastId = entry.get("id").asLong();
            lastAt = at;
        }
        String h = handlerUser.username(), d = dispatcherUser.username(), o = officerUser.username();
        assertThat(steps)
                .containsExactly(
                        "CALL by " + h,
                        "ASSIGN by " + d,
                        "STATUS by " + o,
                        "STATUS by " + o,
                        "UPDATE by " + o,
                        "STATUS by " + o,
                        "CLOSE by " + d);
    }

    @Test
    void theLiveBoardStreamTellsItsSubscribersAboutANewIncidentAndAUnitOnTheMove() throws InterruptedException {
        Area area = CommandAndControl.freshArea();
        long unit = c2.available("", area.offset(300, 0));
        try (Api.EventStream stream = api.openStream("/api/v1/board/stream", dispatcher)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.awaitLine("connected", java.time.Duration.ofSeconds(10)))
                    .isNotNull();
            var call = api.post("/api/v1/calls", handler, callAt(area, thrive("MEDIUM", "LOW", "LOW", "LOW"), null));
            long incident = Json.read(call.body()).get("incidentId").asLong();
            assertThat(stream.awaitLine(
                            "{\"incidentId\":" + incident + ",\"what\":\"raised\"", java.time.Duration.ofSeconds(10)))
                    .as("the new incident reaches the board")
                    .isNotNull();
            assertThat(api.post(
                                    "/api/v1/incidents/" + incident + "/assignments",
                                    dispatcher,
                                    "{\"unitIds\":[" + unit + "]}")
                            .status())
                    .isEqualTo(204);
            assertThat(stream.awaitLine(
                            "{\"unitId\":" + unit + ",\"status\":\"COMMITTED\"}", java.time.Duration.ofSeconds(10)))
                    .as("the unit's new status reaches the board")
                    .isNotNull();
        }
    }

    @Test
    void aNonCrimeClassificationClosesTheIncidentWithoutCrimeIndication() {
        var call = api.post(
                "/api/v1/calls",
                handler,
                callAt(CommandAndControl.freshArea(), thrive("LOW", "LOW", "LOW", "LOW"), null));
        long incident = Json.read(call.body()).get("incidentId").asLong();
        assertThat(api.post("/api/v1/incidents/" + incident + "/closure", dispatcher, "{\"classification\":\"ASB\"}")
                        .status())
                .isEqualTo(204);
        assertThat(events.closedIncident(incident))
                .singleElement()
                .satisfies(e -> assertThat(e.crimeIndicative()).isFalse());
        var again = api.post(
                "/api/v1/incidents/" + incident + "/closure", dispatcher, "{\"classification\":\"CRIME_OTHER\"}");
        assertThat(again.status()).as("a closed incident stays closed").isEqualTo(409);
        assertThat(events.closedIncident(incident)).hasSize(1);
    }

    @Test
    void theIncidentLogIsAppendOnlyForTheApplication() throws SQLException {
        var call = api.post(
                "/api/v1/calls",
                handler,
                callAt(CommandAndControl.freshArea(), thrive("LOW", "LOW", "LOW", "LOW"), null));
        long incident = Json.read(call.body()).get("incidentId").asLong();
        long entries = db.count("SELECT count(*) FROM dispatch.incident_log WHERE incident_id = ?", incident);
        assertThat(entries).isEqualTo(1);
        try (Connection c = appDataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            assertThatThrownBy(() -> s.executeUpdate(
                            "UPDATE dispatch.incident_log SET text = 'rewritten' WHERE incident_id = " + incident))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(
                            () -> s.executeUpdate("DELETE FROM dispatch.incident_log WHERE incident_id = " + incident))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE dispatch.incident_log"))
                    .isInstanceOf(SQLException.class);
        }
        // even the owner is stopped by the trigger
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(
                            "UPDATE dispatch.incident_log SET text = 'rewritten' WHERE incident_id = " + incident))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(
                            () -> s.executeUpdate("DELETE FROM dispatch.incident_log WHERE incident_id = " + incident))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(db.count(
                        "SELECT count(*) FROM dispatch.incident_log WHERE incident_id = ? AND text <> 'rewritten'",
                        incident))
                .isEqualTo(entries);
    }

    private Api.Response progress(long unit, String status, String token) {
        return api.post("/api/v1/units/" + unit + "/assignment-status", token, "{\"status\":\"" + status + "\"}");
    }

    private String unitStatus(long unit) {
        for (JsonNode u : Json.read(api.get("/api/v1/units", dispatcher).body())) {
            if (u.get("id").asLong() == unit) {
                return u.get("status").asString();
            }
        }
        throw new AssertionError("no unit " + unit);
    }

    private static JsonNode find(JsonNode array, String field, long id) {
        for (JsonNode n : array) {
            if (n.get(field).asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + id + " in " + array);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
