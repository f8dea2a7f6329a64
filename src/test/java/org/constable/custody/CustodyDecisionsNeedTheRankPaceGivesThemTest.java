package org.constable.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PACE gives custody decisions to ranks (ADR 0071): an inspector reviews detention but cannot
 * extend it to 36 hours, a superintendent can; a sergeant holding the supervisor's role cannot
 * review; a custody officer recorded as police staff visits a cell but does not decide detention.
 * Each refusal is a 403 naming the rank needed, and changes nothing.
 */
@ConstableHttpTest
class CustodyDecisionsNeedTheRankPaceGivesThemTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    SuiteStore suites;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String sergeant;
    long suite;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        sergeant = api.token(users, users.create(Rank.SERGEANT, Role.CUSTODY_OFFICER));
        suite = suites.open("Rank suite " + System.nanoTime(), List.of("C1")).id();
    }

    long bookedInAndAuthorised(String custodyOfficer) {
        var p = api.post(
                "/api/v1/persons",
                sergeant,
                "{\"forename\":\"Ray\",\"surname\":\"Ranked" + System.nanoTime() % 100000 + "\"}");
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        long person = Json.read(p.body()).get("id").asLong();
        Instant arrived = clock.instant().minus(Duration.ofMinutes(10));
        var r = api.post(
                "/api/v1/custody/suites/" + suite + "/detentions",
                custodyOfficer,
                "{\"personId\":" + person + ",\"arrestingOfficer\":\"PC 4 Hale\",\"arrestGrounds\":\"Seen robbing\","
                        + "\"offences\":[{\"description\":\"Robbery\",\"indictable\":true}],"
                        + "\"arrestedAt\":\"" + arrived.minus(Duration.ofMinutes(20)) + "\",\"arrivedAt\":\"" + arrived
                        + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = Json.read(r.body()).get("id").asLong();
        var a = post(id, "/authorisation", custodyOfficer, "{\"grounds\":\"To obtain evidence by questioning\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(204);
        return id;
    }

    Api.Response post(long id, String path, String token, String body) {
        return api.post("/api/v1/custody/detentions/" + id + path, token, body);
    }

    int entries(long id) {
        return jdbc.sql("SELECT count(*) FROM custody.entry WHERE detention_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    String review() {
        return "{\"decision\":\"DETENTION_CONTINUES\",\"grounds\":\"Interview pending\",\"representations\":\"None\"}";
    }

    @Test
    void anInspectorIsRefusedTheThirtySixHourExtensionAndASuperintendentAuthorisesIt() {
        String inspector = api.token(users, users.create(Rank.INSPECTOR, Role.SUPERVISOR));
        String chiefInspector = api.token(users, users.create(Rank.CHIEF_INSPECTOR, Role.SUPERVISOR));
        String superintendent = api.token(users, users.create(Rank.SUPERINTENDENT, Role.SUPERVISOR));
        long id = bookedInAndAuthorised(sergeant);
        assertThat(post(id, "/reviews", inspector, review()).status()).isEqualTo(204);
        assertThat(post(id, "/reviews", inspector, review()).status()).isEqualTo(204);
        Instant until = clock.instant().plus(Duration.ofHours(30));
        String extension = "{\"until\":\"" + until + "\",\"grounds\":\"Forensic results awaited; enquiries diligent\"}";
        int before = entries(id);

        for (String belowSuperintendent : List.of(inspector, chiefInspector)) {
            var refused = post(id, "/extensions", belowSuperintendent, extension);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body())
                    .contains("36 hours (PACE s.42)")
                    .contains("needs the rank of superintendent or above");
        }
        assertThat(entries(id)).as("a refusal changes nothing").isEqualTo(before);

        var allowed = post(id, "/extensions", superintendent, extension);
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(204);
        var record = api.get("/api/v1/custody/detentions/" + id + "?purpose=Custody%20record", superintendent);
        assertThat(record.status()).as(record.body()).isEqualTo(200);
        assertThat(record.body()).contains("Superintendent's extension");
    }

    @Test
    void anInspectorRecordsTheReviewAndASergeantSupervisorIsRefusedIt() {
        String sergeantSupervisor = api.token(users, users.create(Rank.SERGEANT, Role.SUPERVISOR));
        String inspector = api.token(users, users.create(Rank.INSPECTOR, Role.SUPERVISOR));
        long id = bookedInAndAuthorised(sergeant);
        int before = entries(id);

        var refused = post(id, "/reviews", sergeantSupervisor, review());
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body())
                .contains("review of detention (PACE s.40)")
                .contains("needs the rank of inspector or above")
                .contains("your recorded rank is sergeant");
        var postponing = post(id, "/review-postponements", sergeantSupervisor, "{\"reason\":\"In court\"}");
        assertThat(postponing.status()).as(postponing.body()).isEqualTo(403);
        assertThat(entries(id)).isEqualTo(before);

        assertThat(post(id, "/reviews", inspector, review()).status()).isEqualTo(204);
        assertThat(entries(id)).isEqualTo(before + 1);
    }

    @Test
    void aCustodyOfficerRecordedAsPoliceStaffVisitsButDoesNotDecideDetention() {
        String detentionOfficer = api.token(users, users.create(Rank.POLICE_STAFF, Role.CUSTODY_OFFICER));
        String noRank = api.token(users, users.create((Rank) null, Role.CUSTODY_OFFICER));
        long id = bookedInAndAuthorised(sergeant);

        var visit = post(id, "/visits", detentionOfficer, "{\"roused\":false,\"seen\":\"Awake, reading\"}");
        assertThat(visit.status()).as("a detention officer makes cell visits").isEqualTo(204);
        for (String token : List.of(detentionOfficer, noRank)) {
            var release = post(id, "/disposal", token, "{\"kind\":\"NO_FURTHER_ACTION\"}");
            assertThat(release.status()).as(release.body()).isEqualTo(403);
            assertThat(release.body()).contains("needs the rank of sergeant or above");
        }
        assertThat(post(id, "/disposal", sergeant, "{\"kind\":\"NO_FURTHER_ACTION\"}")
                        .status())
                .isEqualTo(204);
    }

    @Test
    void anInspectorDelaysTellingSomeoneAndTheCustodySergeantCannotRecordItForThem() {
        String inspector = api.token(users, users.create(Rank.INSPECTOR, Role.SUPERVISOR));
        String sergeantSupervisor = api.token(users, users.create(Rank.SERGEANT, Role.SUPERVISOR));
        long id = bookedInAndAuthorised(sergeant);
        assertThat(post(id, "/rights", sergeant, "{\"occasion\":\"BOOKING_IN\",\"codesOffered\":true}")
                        .status())
                .isEqualTo(204);
        assertThat(post(id, "/informing", sergeant, "{\"who\":\"Brother\"}").status())
                .isEqualTo(204);
        String delay = "{\"who\":\"Brother\",\"grounds\":\"Would alert a suspect not yet arrested\"}";

        assertThat(post(id, "/informing-delays", sergeant, delay).status())
                .as("the custody officer's role holds no such decision")
                .isEqualTo(403);
        var sergeantRank = post(id, "/informing-delays", sergeantSupervisor, delay);
        assertThat(sergeantRank.status()).isEqualTo(403);
        assertThat(sergeantRank.body()).contains("needs the rank of inspector or above");
        assertThat(post(id, "/informing-delays", inspector, delay).status()).isEqualTo(204);
    }
}
