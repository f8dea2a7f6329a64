package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.Problems.fieldError;
import static org.constable.testsupport.Problems.problem;

import java.time.Instant;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
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
 * What used to be taken without a check is refused with the field named, and nothing is stored: an
 * officer in charge who is no user, a caller who is no person on record, a need-to-know grant on a
 * kind of record nobody restricts or on a record that is not there, and a thirteenth month.
 */
@ConstableHttpTest
class RefusingReferencesToNothingTest {

    private static final long NONE = 999_999_999L;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    Api api;
    String investigator;
    String supervisor;
    long victim;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        investigator = api.token(users, users.create(Role.INVESTIGATOR));
        supervisor = api.token(users, users.create(Role.SUPERVISOR));
        var person = api.post("/api/v1/persons", investigator, "{\"forename\":\"Vic\",\"surname\":\"Timson\"}");
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        victim = Json.read(person.body()).get("id").asLong();
    }

    private String crime(String officer) {
        Instant occurred = clock.instant().minusSeconds(7200);
        return "{\"classificationCode\":\"28E\",\"occurredFrom\":\"" + occurred + "\",\"occurredTo\":\""
                + occurred.plusSeconds(600) + "\",\"reportedAt\":\"" + occurred.plusSeconds(1200)
                + "\",\"locationText\":\"Behind the church hall\",\"victims\":[{\"personId\":" + victim
                + ",\"vulnerableOrIntimidated\":false}],\"narrative\":\"Shed door forced\",\"officerInCharge\":\""
                + officer + "\"}";
    }

    @Test
    void anOfficerInChargeWhoIsNoUserIsRefusedAndNoCrimeOrVictimCareIsOpened() {
        long crimes = db.count("SELECT count(*) FROM crime.crime");
        long care = db.count("SELECT count(*) FROM investigation.victim_care");

        String message = fieldError(api.post("/api/v1/crimes", investigator, crime("nobody.here")), "officerInCharge");

        assertThat(message).contains("nobody.here");
        assertThat(db.count("SELECT count(*) FROM crime.crime")).isEqualTo(crimes);
        assertThat(db.count("SELECT count(*) FROM investigation.victim_care")).isEqualTo(care);
        var recorded = api.post("/api/v1/crimes", investigator, crime(api.username(investigator)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    }

    @Test
    void aCallerWhoIsNoPersonOnRecordIsRefusedAndNoCallIsStored() {
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        var area = CommandAndControl.freshArea();
        String call = CommandAndControl.callAt(area, CommandAndControl.thrive("LOW", "LOW", "LOW", "LOW"), null)
                .replace(
                        "\"caller\":{\"anonymous\":false,",
                        "\"caller\":{\"anonymous\":false,\"personId\":" + NONE + ",");
        long calls = db.count("SELECT count(*) FROM contact.call");
        long incidents = db.count("SELECT count(*) FROM dispatch.incident");

        JsonNode body = problem(api.post("/api/v1/calls", handler, call), 404);

        assertThat(body.path("field").asString()).isEqualTo("caller.personId");
        assertThat(body.path("kind").asString()).isEqualTo("person");
        assertThat(db.count("SELECT count(*) FROM contact.call")).isEqualTo(calls);
        assertThat(db.count("SELECT count(*) FROM dispatch.incident")).isEqualTo(incidents);
        var named = api.post("/api/v1/calls", handler, call.replace(String.valueOf(NONE), String.valueOf(victim)));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
    }

    @Test
    void aNeedToKnowGrantOnASpaceshipOrOnNothingIsRefusedAndNothingIsGranted() {
        long colleague = users.create(Role.INVESTIGATOR).id();
        long grants = db.count("SELECT count(*) FROM identity.need_to_know");

        String type = fieldError(
                api.post(
                        "/api/v1/need-to-know",
                        supervisor,
                        "{\"recordType\":\"spaceship\",\"recordId\":" + victim + ",\"userId\":" + colleague + "}"),
                "recordType");
        JsonNode missing = problem(
                api.post(
                        "/api/v1/need-to-know",
                        supervisor,
                        "{\"recordType\":\"person\",\"recordId\":" + NONE + ",\"userId\":" + colleague + "}"),
                404);

        assertThat(type).contains("person", "location", "vehicle");
        assertThat(missing.path("field").asString()).isEqualTo("recordId");
        assertThat(db.count("SELECT count(*) FROM identity.need_to_know")).isEqualTo(grants);
    }

    @Test
    void aThirteenthMonthIsRefusedWhereverAMonthIsTaken() {
        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        long exports = db.count("SELECT count(*) FROM analytics.open_data_export");

        fieldError(
                api.post(
                        "/api/v1/open-data/exports",
                        analyst,
                        "{\"month\":\"2026-13\",\"recipient\":\"Home Office\",\"justification\":\"Monthly\"}"),
                "month");
        fieldError(
                api.post(
                        "/api/v1/analytics/forecasts",
                        analyst,
                        "{\"crimeType\":\"Burglary\",\"horizon\":\"next-month\",\"method\":\"naive\","
                                + "\"windowFrom\":\"2026-13\",\"windowTo\":\"2027-02\",\"cellSize\":200,\"topCells\":5}"),
                "windowFrom");
        var page = api.send(
                "POST",
                "/open-data/exports",
                analyst,
                "month=2026-13&recipient=Home+Office&justification=Monthly+run",
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Accept",
                "text/html");
        assertThat(page.body()).contains("months 01 to 12").contains("Home Office");
        assertThat(db.count("SELECT count(*) FROM analytics.open_data_export")).isEqualTo(exports);
    }
}
