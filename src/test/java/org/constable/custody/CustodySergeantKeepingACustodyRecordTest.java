package org.constable.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.constable.custody.persistence.SuiteStore;
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
import tools.jackson.databind.JsonNode;

/**
 * A custody sergeant books a detainee in over the API, authorises detention, visits; an inspector
 * reviews; the sergeant charges. The board reads the clocks, every read names its purpose, a second
 * booking of the same person is refused, and the database itself refuses a line past the limit.
 */
@ConstableHttpTest
class CustodySergeantKeepingACustodyRecordTest {

    static final String PURPOSE = "purpose=Custody%20suite%20board";

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
    String inspector;
    long suite;
    long cell;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        sergeant = api.token(users, users.create(Role.CUSTODY_OFFICER));
        inspector = api.token(users, users.create(Role.SUPERVISOR));
        String name = "Test suite " + System.nanoTime();
        suite = suites.open(name, List.of("C1", "C2")).id();
        cell = suites.cells(suite).get(0).id();
    }

    long person() {
        var r = api.post(
                "/api/v1/persons",
                sergeant,
                "{\"forename\":\"Dan\",\"surname\":\"Detained" + System.nanoTime() % 100000 + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    long bookIn(long person, Long cellId, boolean indictable) {
        return bookIn(person, cellId, indictable, clock.instant().minus(Duration.ofMinutes(10)));
    }

    long bookIn(long person, Long cellId, boolean indictable, Instant arrived) {
        Instant arrested = arrived.minus(Duration.ofMinutes(30));
        var r = api.post(
                "/api/v1/custody/suites/" + suite + "/detentions",
                sergeant,
                "{\"personId\":" + person + (cellId == null ? "" : ",\"cellId\":" + cellId)
                        + ",\"arrestingOfficer\":\"PC 123 Jones\",\"arrestGrounds\":\"Seen breaking in\","
                        + "\"offences\":[{\"description\":\"Burglary\",\"indictable\":" + indictable + "}],"
                        + "\"arrestedAt\":\"" + arrested + "\",\"arrivedAt\":\"" + arrived
                        + "\",\"risk\":{\"drugsOrAlcohol\":true}}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    JsonNode board() {
        var r = api.get("/api/v1/custody/suites/" + suite + "/board?" + PURPOSE, sergeant);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    @Test
    void bookedInVisitedReviewedAndCharged() {
        long person = person();
        long id = bookIn(person, cell, true);
        JsonNode row = board().get("rows").get(0);
        assertThat(row.get("status").asString()).isEqualTo("Awaiting the custody officer's decision");
        assertThat(row.get("level").asInt()).as("drink or drugs means rousing").isEqualTo(2);
        assertThat(row.get("cell").asString()).isEqualTo("C1");
        assertThat(board().get("freeCells").toString()).contains("C2").doesNotContain("C1");

        assertThat(api.post(
                                "/api/v1/custody/detentions/" + id + "/authorisation",
                                sergeant,
                                "{\"grounds\":\"To obtain evidence by questioning\"}")
                        .status())
                .isEqualTo(204);
        var notRoused = api.post(
                "/api/v1/custody/detentions/" + id + "/visits", sergeant, "{\"roused\":false,\"seen\":\"Asleep\"}");
        assertThat(notRoused.status()).isEqualTo(400);
        assertThat(notRoused.body()).contains("roused");
        assertThat(api.post(
                                "/api/v1/custody/detentions/" + id + "/visits",
                                sergeant,
                                "{\"roused\":true,\"seen\":\"Roused, answered\"}")
                        .status())
                .isEqualTo(204);

        // the custody officer cannot review; an inspector can
        assertThat(api.post(
                                "/api/v1/custody/detentions/" + id + "/reviews",
                                sergeant,
                                "{\"decision\":\"DETENTION_CONTINUES\",\"grounds\":\"g\"}")
                        .status())
                .isEqualTo(403);
        var missing = api.post("/api/v1/custody/detentions/" + id + "/reviews", inspector, "{\"grounds\":\"g\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("decision");
        assertThat(api.post(
                                "/api/v1/custody/detentions/" + id + "/reviews",
                                inspector,
                                "{\"decision\":\"DETENTION_CONTINUES\",\"grounds\":\"Interview pending\",\"representations\":\"None\"}")
                        .status())
                .isEqualTo(204);

        assertThat(api.post(
                                "/api/v1/custody/detentions/" + id + "/disposal",
                                sergeant,
                                "{\"kind\":\"CHARGED\",\"details\":\"Burglary\"}")
                        .status())
                .isEqualTo(204);
        assertThat(board().get("rows")).isEmpty();

        var record = api.get("/api/v1/custody/detentions/" + id + "?purpose=Custody%20record", sergeant);
        assertThat(record.status()).as(record.body()).isEqualTo(200);
        JsonNode entries = Json.read(record.body()).get("entries");
        assertThat(entries.toString())
                .contains(
                        "Arrived in custody",
                        "Detention authorised",
                        "Cell visit",
                        "Review of detention",
                        "Left custody");
        for (JsonNode e : entries) {
            assertThat(e.get("by").asString()).isNotBlank();
        }
        assertThat(api.get("/api/v1/custody/detentions/" + id, sergeant).status())
                .as("a read names its purpose")
                .isEqualTo(400);
    }

    @Test
    void aPersonIsNeverDetainedTwiceAndACellHoldsOne() {
        long person = person();
        bookIn(person, cell, false);
        var twice = api.post(
                "/api/v1/custody/suites/" + suite + "/detentions",
                sergeant,
                "{\"personId\":" + person
                        + ",\"arrestingOfficer\":\"PC\",\"arrestGrounds\":\"g\",\"offences\":[{\"description\":\"Theft\"}],\"arrestedAt\":\""
                        + clock.instant() + "\"}");
        assertThat(twice.status()).isEqualTo(409);
        var sameCell = api.post(
                "/api/v1/custody/suites/" + suite + "/detentions",
                sergeant,
                "{\"personId\":" + person() + ",\"cellId\":" + cell
                        + ",\"arrestingOfficer\":\"PC\",\"arrestGrounds\":\"g\",\"offences\":[{\"description\":\"Theft\"}],\"arrestedAt\":\""
                        + clock.instant() + "\"}");
        assertThat(sameCell.status()).isEqualTo(409);
        var empty = api.post("/api/v1/custody/suites/" + suite + "/detentions", sergeant, "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("personId", "arrestedAt", "offences");
        // the database keeps the rule too, whatever the application does
        assertThatThrownBy(() -> jdbc.sql(
                                "INSERT INTO custody.detention (person_id, suite_id, arresting_officer, arrest_grounds,"
                                        + " arrested_at, arrived_at, relevant_time, juvenile, vulnerable, risk_self_harm, risk_medical,"
                                        + " risk_drugs_alcohol, risk_mental_health, risk_vulnerable, observation_level, level_set_at, status,"
                                        + " limit_authority, limit_until, limit_granted_by, limit_grounds, booked_by, booked_at)"
                                        + " SELECT person_id, suite_id, 'x', 'x', arrested_at, arrived_at, relevant_time, false, false, false,"
                                        + " false, false, false, false, 1, level_set_at, 'DETAINED', limit_authority, limit_until, 'x', 'x', 'x',"
                                        + " booked_at FROM custody.detention WHERE person_id = ?")
                        .param(person)
                        .update())
                .hasMessageContaining("detention_one_open_per_person");
    }

    @Test
    void pastTheLimitOnlyTheReleaseIsRecordedAndTheDatabaseRefusesAnythingElse() {
        // arrived 23 h 50 min ago: ten minutes of the 24 hours are left
        long id = bookIn(
                person(),
                null,
                false,
                clock.instant().minus(Duration.ofHours(24).minusMinutes(10)));
        api.post("/api/v1/custody/detentions/" + id + "/authorisation", sergeant, "{\"grounds\":\"Questioning\"}");
        clock.advance(Duration.ofMinutes(11));
        try {
            JsonNode row = board().get("rows").get(0);
            assertThat(row.get("breaches").toString()).contains("Detention limit passed");
            var visit = api.post(
                    "/api/v1/custody/detentions/" + id + "/visits", sergeant, "{\"roused\":true,\"seen\":\"Awake\"}");
            assertThat(visit.status()).isEqualTo(409);
            assertThat(visit.body()).contains("record the release");
            Instant late = clock.instant();
            assertThatThrownBy(() -> jdbc.sql(
                                    "INSERT INTO custody.entry (detention_id, kind, at, by_user, text) VALUES (?, 'VISIT', ?, 'x', 'x')")
                            .param(id)
                            .param(java.sql.Timestamp.from(late))
                            .update())
                    .hasMessageContaining("past its detention limit");
            assertThat(api.post(
                                    "/api/v1/custody/detentions/" + id + "/disposal",
                                    sergeant,
                                    "{\"kind\":\"NO_FURTHER_ACTION\"}")
                            .status())
                    .isEqualTo(204);
        } finally {
            clock.advance(Duration.ofMinutes(-11));
        }
    }
}
