package org.constable.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over the API: stand down, re-assign, close-and-clear, and no recommendation far outside the force area. */
@ConstableHttpTest
class DispatcherStandingDownAndReassigningUnitsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CommandAndControl cc;

    @Autowired
    DatabaseAdmin db;

    Api api;
    String handler;
    String dispatcher;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        handler = api.token(users, users.create(Role.CALL_HANDLER));
        dispatcher = api.token(users, users.create(Role.DISPATCHER));
    }

    private long call(CommandAndControl.Area at) {
        var r = api.post(
                "/api/v1/calls",
                handler,
                CommandAndControl.callAt(at, CommandAndControl.thrive("HIGH", "LOW", "LOW", "LOW"), null));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("incidentId").asLong();
    }

    private boolean available(long unit) {
        return db.count("SELECT count(*) FROM dispatch.unit WHERE id = ? AND status = 'AVAILABLE'", unit) == 1;
    }

    @Test
    void aUnitIsStoodDownReassignedAndClearedWhenItsIncidentCloses() {
        var area = CommandAndControl.freshArea();
        long unit = cc.available("", area.offset(100, 0));
        long first = call(area);
        long second = call(area.offset(0, 600));

        assertThat(api.post("/api/v1/incidents/" + first + "/assignments", dispatcher, "{\"unitIds\":[" + unit + "]}")
                        .status())
                .isEqualTo(204);
        var standDown = api.post(
                "/api/v1/incidents/" + first + "/stand-down",
                dispatcher,
                "{\"unitId\":" + unit + ",\"reason\":\"Caller rang back: all calm\"}");
        assertThat(standDown.status()).as(standDown.body()).isEqualTo(204);
        assertThat(available(unit)).isTrue();
        assertThat(db.count(
                        "SELECT count(*) FROM dispatch.assignment WHERE unit_id = ? AND status = 'CLEARED' "
                                + "AND stood_down_at IS NOT NULL AND stood_down_reason = ?",
                        unit,
                        "Caller rang back: all calm"))
                .isEqualTo(1);

        api.post("/api/v1/incidents/" + first + "/assignments", dispatcher, "{\"unitIds\":[" + unit + "]}");
        var moved =
                api.post("/api/v1/units/" + unit + "/reassignment", dispatcher, "{\"toIncidentId\":" + second + "}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(204);
        assertThat(db.count("SELECT count(*) FROM dispatch.assignment WHERE unit_id = " + unit + " AND incident_id = "
                        + second + " AND status <> 'CLEARED'"))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM dispatch.assignment WHERE unit_id = " + unit + " AND incident_id = "
                        + first + " AND status <> 'CLEARED'"))
                .isZero();

        var refused = api.post("/api/v1/incidents/" + second + "/closure", dispatcher, "{\"classification\":\"ASB\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("clear them first");
        var closed = api.post(
                "/api/v1/incidents/" + second + "/closure",
                dispatcher,
                "{\"classification\":\"ASB\",\"clearUnits\":true}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        assertThat(available(unit)).isTrue();
    }

    @Test
    void aCallFarOutsideTheForceAreaGetsNoRecommendationThoughAUnitIsFree() {
        cc.available("", CommandAndControl.freshArea());
        long biscay = call(new CommandAndControl.Area(46.0, -3.0));

        var rec = api.get("/api/v1/incidents/" + biscay + "/recommendations", dispatcher);

        assertThat(rec.status()).isEqualTo(200);
        assertThat(Json.read(rec.body()).size()).isZero();
    }
}
