package org.constable.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.crime.CrimeScene.crimeFromIncident;
import static org.constable.crime.CrimeScene.victim;

import java.time.Duration;
import java.time.Instant;
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
 * An incident closed as a crime enters the NCRS monitor's queue with its 24-hour clock; an
 * officer records the crime from it, the queue shrinks, victim care is told, and statistics see
 * the crime without any personal field. A "no crime" decision needs the registrar and a reason.
 */
@ConstableHttpTest
class RecordingACrimeFromAClosedIncidentTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    CrimeStatistics statistics;

    @Autowired
    RecordedCrimes recordedCrimes;

    Api api;
    CrimeScene scene;
    String officer;
    TestUsers.TestUser officerUser;
    String registrar;
    TestUsers.TestUser registrarUser;
    String supervisor;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officerUser = users.create(Role.RESPONSE_OFFICER);
        officer = api.token(users, officerUser);
        registrarUser = users.create(Role.CRIME_REGISTRAR);
        registrar = api.token(users, registrarUser);
        supervisor = api.token(users, users.create(Role.SUPERVISOR));
        scene = new CrimeScene(
                api,
                api.token(users, users.create(Role.CALL_HANDLER)),
                api.token(users, users.create(Role.DISPATCHER)));
    }

    @Test
    void aCrimeRecordedFromTheIncidentTakesItOffTheQueueAndReachesStatisticsAndVictimCare() {
        Instant periodStart = clock.instant().minusSeconds(1);
        long incident = scene.closedIncident("CRIME_VIOLENCE");
        JsonNode entry = queued(incident);
        assertThat((Object) entry).as("in the queue with its clock").isNotNull();
        assertThat(entry.get("overdue").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/crime-monitor/queue?purpose=NCRS%20integrity%20monitoring", officer)
                        .status())
                .as("officers do not read the monitor")
                .isEqualTo(403);

        long victimId = scene.person(officer, "Victimson");
        Instant from = clock.instant().minus(30, ChronoUnit.MINUTES);
        var recorded = api.post(
                "/api/v1/crimes",
                officer,
                crimeFromIncident(
                        incident,
                        "8N",
                        from,
                        from.plusSeconds(300),
                        "[" + victim(victimId, true) + "]",
                        officerUser.username()));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long crimeId = Json.read(recorded.body()).get("id").asLong();

        assertThat((Object) queued(incident)).as("recorded, so off the queue").isNull();
        assertThat(recordedCrimes.of(crimeId)).singleElement().satisfies(e -> {
            assertThat(e.classificationCode()).isEqualTo("8N");
            assertThat(e.officerInCharge()).isEqualTo(officerUser.username());
            assertThat(e.victims()).containsExactly(new CrimeVictim(victimId, true));
        });
        Instant periodEnd = clock.instant().plusSeconds(1);
        assertThat(statistics.recordedBetween(periodStart, periodEnd))
                .filteredOn(f -> f.crimeId() == crimeId)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.policeUkCategory()).isEqualTo("violent-crime");
                    assertThat(f.status()).isEqualTo(CrimeStatus.RECORDED);
                    assertThat(f.latitude()).as("the incident's place").isNotNull();
                });
        RecordingRate rate = statistics.recordingRate(periodStart, periodEnd);
        assertThat(rate.recorded()).isGreaterThanOrEqualTo(1);
        assertThat(rate.recorded() + rate.decided() + rate.inQueue()).isEqualTo(rate.crimeIndicative());

        JsonNode crime = Json.read(api.get("/api/v1/crimes/" + crimeId + "?purpose=Investigation", officer)
                .body());
        assertThat(crime.get("history")).hasSize(1);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION' AND record_refs LIKE ?",
                        "%crime:" + crimeId + "%"))
                .as("reading a crime is audited")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theTwentyFourHourClockRunsFromTheReportAndOnlyTheRegistrarDecidesNoCrimeWithAReason() {
        long incident = scene.closedIncident("CRIME_THEFT");
        assertThat(queued(incident).get("minutesLeft").asLong()).isBetween(1430L, 1440L);
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        registrar = api.token(users, registrarUser);
        assertThat(queued(incident).get("overdue").asBoolean())
                .as("due, not yet overdue")
                .isFalse();
        clock.advance(Duration.ofMinutes(2));
        supervisor = api.token(users, users.create(Role.SUPERVISOR));
        assertThat(queued(incident).get("overdue").asBoolean())
                .as("overdue after 24 hours")
                .isTrue();

        String decision =
                "{\"decision\":\"NO_CRIME_ADDITIONAL_VERIFIABLE_INFORMATION\",\"reason\":\"CCTV shows the bag was left behind\"}";
        assertThat(api.post("/api/v1/crime-monitor/incidents/" + incident + "/decision", supervisor, decision)
                        .status())
                .isEqualTo(403);
        var noReason = api.post(
                "/api/v1/crime-monitor/incidents/" + incident + "/decision",
                registrar,
                "{\"decision\":\"NO_CRIME_ADDITIONAL_VERIFIABLE_INFORMATION\",\"reason\":\" \"}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat((Object) queued(incident)).isNotNull();

        assertThat(api.post("/api/v1/crime-monitor/incidents/" + incident + "/decision", registrar, decision)
                        .status())
                .isEqualTo(204);
        assertThat((Object) queued(incident)).isNull();
        assertThat(api.post("/api/v1/crime-monitor/incidents/" + incident + "/decision", registrar, decision)
                        .status())
                .as("decided once, never re-decided away")
                .isEqualTo(409);
    }

    private JsonNode queued(long incident) {
        var queue = api.get("/api/v1/crime-monitor/queue?purpose=NCRS%20integrity%20monitoring", registrar);
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        for (JsonNode e : Json.read(queue.body())) {
            if (e.get("incidentId").asLong() == incident) {
                return e;
            }
        }
        return null;
    }
}
