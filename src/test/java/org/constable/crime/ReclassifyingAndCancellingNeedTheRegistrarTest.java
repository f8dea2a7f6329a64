package org.constable.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.constable.crime.CrimeScene.crimeFromIncident;
import static org.constable.crime.CrimeScene.victim;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
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
 * The counting rules refuse a second record and say why; the officer asks for a re-classification
 * with a reason, and a crime registrar other than the one who asked decides. Every version stays.
 */
@ConstableHttpTest
class ReclassifyingAndCancellingNeedTheRegistrarTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    Api api;
    CrimeScene scene;
    TestUsers.TestUser officerUser;
    String officer;
    String investigator;
    TestUsers.TestUser registrarOneUser;
    String registrarOne;
    String registrarTwo;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officerUser = users.create(Role.RESPONSE_OFFICER);
        officer = api.token(users, officerUser);
        investigator = api.token(users, users.create(Role.INVESTIGATOR));
        registrarOneUser = users.create(Role.CRIME_REGISTRAR);
        registrarOne = api.token(users, registrarOneUser);
        registrarTwo = api.token(users, users.create(Role.CRIME_REGISTRAR));
        scene = new CrimeScene(
                api,
                api.token(users, users.create(Role.CALL_HANDLER)),
                api.token(users, users.create(Role.DISPATCHER)));
    }

    @Test
    void aMoreSeriousCrimeInTheSameIncidentIsAReclassificationThatAnotherRegistrarApproves() {
        long incident = scene.closedIncident("CRIME_VIOLENCE");
        long victimId = scene.person(officer, "Principal");
        Instant from = clock.instant().minus(1, ChronoUnit.HOURS);
        long crimeId = record(incident, "105A", from, "[" + victim(victimId, false) + "]");

        var second = api.post(
                "/api/v1/crimes",
                officer,
                crimeFromIncident(
                        incident,
                        "8N",
                        from,
                        from.plusSeconds(60),
                        "[" + victim(victimId, false) + "]",
                        officerUser.username()));
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(Json.read(second.body()).get("detail").asString())
                .contains("Principal crime rule")
                .contains("re-classified");

        var twoVictims = api.post(
                "/api/v1/crimes",
                officer,
                crimeFromIncident(
                        incident,
                        "8N",
                        from,
                        from.plusSeconds(60),
                        "[" + victim(victimId, false) + "," + victim(scene.person(officer, "Second"), false) + "]",
                        officerUser.username()));
        assertThat(twoVictims.status()).isEqualTo(409);
        assertThat(Json.read(twoVictims.body()).get("detail").asString()).contains("One crime per victim rule");

        var noReason = api.post(
                "/api/v1/crimes/" + crimeId + "/change-requests",
                officer,
                "{\"kind\":\"RECLASSIFY\",\"newClassificationCode\":\"8N\",\"reason\":\"\"}");
        assertThat(noReason.status()).isEqualTo(400);
        long request = requestChange(
                crimeId,
                officer,
                "{\"kind\":\"RECLASSIFY\",\"newClassificationCode\":\"8N\","
                        + "\"reason\":\"Medical report: fractured cheekbone\"}");
        assertThat(api.post("/api/v1/crime-change-requests/" + request + "/decision", officer, "{\"approve\":true}")
                        .status())
                .as("an officer cannot approve")
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/crime-change-requests/" + request + "/decision",
                                registrarOne,
                                "{\"approve\":true}")
                        .status())
                .isEqualTo(204);

        JsonNode crime = crime(crimeId);
        assertThat(crime.get("crime").get("classificationCode").asString()).isEqualTo("8N");
        assertThat(crime.get("history")).hasSize(2);
        assertThat(crime.get("history").get(0).get("classificationCode").asString())
                .as("the first version stays")
                .isEqualTo("105A");
        assertThat(crime.get("history").get(1).get("approvedBy").asString()).isEqualTo(registrarOneUser.username());
    }

    @Test
    void theRegistrarWhoAskedForACancellationCannotApproveItAndAnotherCan() {
        long incident = scene.closedIncident("CRIME_VIOLENCE");
        long crimeId = record(
                incident,
                "8N",
                clock.instant().minus(2, ChronoUnit.HOURS),
                "[" + victim(scene.person(officer, "Cancel"), false) + "]");

        var noGround = api.post(
                "/api/v1/crimes/" + crimeId + "/change-requests",
                registrarOne,
                "{\"kind\":\"CANCEL\",\"reason\":\"Victim's account withdrawn\"}");
        assertThat(noGround.status()).as(noGround.body()).isEqualTo(400);
        long request = requestChange(
                crimeId,
                registrarOne,
                "{\"kind\":\"CANCEL\",\"ground\":\"ADDITIONAL_VERIFIABLE_INFORMATION\","
                        + "\"reason\":\"CCTV shows the injury was an accident\"}");
        var another = api.post(
                "/api/v1/crimes/" + crimeId + "/change-requests",
                officer,
                "{\"kind\":\"RECLASSIFY\",\"newClassificationCode\":\"105A\",\"reason\":\"x\"}");
        assertThat(another.status()).as("one open request at a time").isEqualTo(409);

        var own =
                api.post("/api/v1/crime-change-requests/" + request + "/decision", registrarOne, "{\"approve\":true}");
        assertThat(own.status()).isEqualTo(409);
        assertThat(Json.read(own.body()).get("detail").asString()).contains("Maker-checker rule");
        assertThat(crime(crimeId).get("crime").get("status").asString()).isEqualTo("RECORDED");

        assertThat(api.post(
                                "/api/v1/crime-change-requests/" + request + "/decision",
                                registrarTwo,
                                "{\"approve\":true}")
                        .status())
                .isEqualTo(204);
        JsonNode crime = crime(crimeId);
        assertThat(crime.get("crime").get("status").asString()).isEqualTo("CANCELLED");
        assertThat(crime.get("history")).hasSize(2);
        assertThat(api.post(
                                "/api/v1/crime-change-requests/" + request + "/decision",
                                registrarTwo,
                                "{\"approve\":false,\"note\":\"x\"}")
                        .status())
                .as("decided once")
                .isEqualTo(409);

        assertThatThrownBy(() -> privileged(
                        "UPDATE crime.crime_history SET classification_code = '1' WHERE crime_id = " + crimeId))
                .as("history is append-only even for the owner")
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> privileged("DELETE FROM crime.crime WHERE id = " + crimeId))
                .hasMessageContaining("append-only");
    }

    @Test
    void anOutcomeIsRecordedWithItsDateAndWhoDecided() {
        long incident = scene.closedIncident("CRIME_VIOLENCE");
        long crimeId = record(
                incident,
                "8N",
                clock.instant().minus(3, ChronoUnit.HOURS),
                "[" + victim(scene.person(officer, "Outcome"), false) + "]");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assertThat(api.post(
                                "/api/v1/crimes/" + crimeId + "/outcomes",
                                officer,
                                "{\"outcomeType\":\"1\",\"decidedOn\":\"" + today + "\"}")
                        .status())
                .as("officers do not decide outcomes")
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/crimes/" + crimeId + "/outcomes",
                                investigator,
                                "{\"outcomeType\":\"99\",\"decidedOn\":\"" + today + "\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/crimes/" + crimeId + "/outcomes",
                                investigator,
                                "{\"outcomeType\":\"1\",\"decidedOn\":\"" + today.plusDays(1) + "\"}")
                        .status())
                .as("not in the future")
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/crimes/" + crimeId + "/outcomes",
                                investigator,
                                "{\"outcomeType\":\"1\",\"decidedOn\":\"" + today + "\",\"decidedBy\":\"CPS Wessex\"}")
                        .status())
                .isEqualTo(204);
        JsonNode outcome = crime(crimeId).get("outcomes").get(0);
        assertThat(outcome.get("outcomeType").asString()).isEqualTo("1");
        assertThat(outcome.get("decidedBy").asString()).isEqualTo("CPS Wessex");
        assertThat(outcome.get("decidedOn").asString()).isEqualTo(today.toString());
    }

    private long record(long incident, String code, Instant from, String victims) {
        var r = api.post(
                "/api/v1/crimes",
                officer,
                crimeFromIncident(incident, code, from, from.plusSeconds(60), victims, officerUser.username()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private long requestChange(long crimeId, String token, String body) {
        var r = api.post("/api/v1/crimes/" + crimeId + "/change-requests", token, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private JsonNode crime(long id) {
        var r = api.get("/api/v1/crimes/" + id + "?purpose=Crime%20registrar%20review", registrarTwo);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    private void privileged(String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
