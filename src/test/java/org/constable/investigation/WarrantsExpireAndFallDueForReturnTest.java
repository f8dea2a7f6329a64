package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.constable.identity.Actor;
import org.constable.identity.Role;
import org.constable.investigation.domain.Deadline;
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
 * Over the API, on the injected clock: a search warrant issued today may be executed until the day
 * before the same date three months on; from that day it is refused as expired, naming the day, and
 * falls due for return to the court seven days later, then overdue. An executed warrant is due back
 * seven days after its execution, with the exhibits it seized linked through the evidence module.
 * Every mistake is a problem naming the field and changes nothing.
 */
@ConstableHttpTest
class WarrantsExpireAndFallDueForReturnTest {

    static final String PURPOSE = "?purpose=Warrant";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    InvestigationScene scene;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    Api api;
    TestUsers.TestUser dcUser;
    String dc;
    Actor investigator;
    long crimeId;
    long investigationId;

    @BeforeEach
    void setUp() {
        clock.dayClearOfMidnight(Deadline.ENGLAND_AND_WALES);
        api = new Api(port);
        dcUser = users.create(Role.INVESTIGATOR);
        dc = api.token(users, dcUser);
        investigator = scene.actorOf(dcUser.username());
        Actor supervisor = scene.actor(Role.SUPERVISOR);
        crimeId = scene.crime(investigator, false).id();
        investigationId = scene.open(investigator, List.of(crimeId), investigator, supervisor)
                .id();
    }

    /** Moves the injected clock on; the API token, which expires, is taken again as the officer would sign in. */
    private void advance(Duration d) {
        clock.advance(d);
        dc = api.token(users, dcUser);
    }

    private long apply() {
        var r = api.post(
                "/api/v1/investigations/" + investigationId + "/warrants",
                dc,
                "{\"kind\":\"PACE_S8\",\"grounds\":\"Stolen laptops believed to be at the address\","
                        + "\"premises\":\"Flat 4, 9 Canal Street\",\"court\":\"Northtown Magistrates' Court\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(Json.read(r.body()).get("reference").asString()).startsWith("WNT-");
        return Json.read(r.body()).get("id").asLong();
    }

    private void issueToday(long warrant) {
        var r = api.post(
                "/api/v1/warrants/" + warrant + "/decision", dc, "{\"issued\":true,\"on\":\"" + scene.today() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private JsonNode warrant(long id) {
        var r = api.get("/api/v1/warrants/" + id + PURPOSE, dc);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body()).get("warrant");
    }

    private List<Long> ids(JsonNode queue, String list) {
        return queue.get(list).valueStream().map(w -> w.get("id").asLong()).toList();
    }

    private JsonNode queue() {
        var r = api.get("/api/v1/warrants" + PURPOSE, dc);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    @Test
    void aSearchWarrantMayBeExecutedUntilItExpiresThreeMonthsOnAndIsThenRefusedAndDueBackAtCourt() {
        LocalDate issued = scene.today();
        long id = apply();
        var early = api.post("/api/v1/warrants/" + id + "/execution", dc, "{\"found\":\"Nothing\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.body()).contains("has not been issued");

        issueToday(id);
        JsonNode w = warrant(id);
        LocalDate expires = issued.plusMonths(3);
        assertThat(w.get("status").asString()).isEqualTo("ISSUED");
        assertThat(LocalDate.parse(w.get("expiresOn").asString())).isEqualTo(expires);
        assertThat(LocalDate.parse(w.get("returnDueOn").asString())).isEqualTo(expires.plusDays(7));
        assertThat(w.get("executable").asBoolean()).isTrue();
        assertThat(ids(queue(), "inForce")).contains(id);

        advance(Duration.ofDays(ChronoUnit.DAYS.between(issued, expires) - 1));
        assertThat(scene.today()).isEqualTo(expires.minusDays(1));
        assertThat(warrant(id).get("executable").asBoolean()).as("the last day").isTrue();

        advance(Duration.ofDays(1));
        assertThat(warrant(id).get("executable").asBoolean())
                .as("the day it expires")
                .isFalse();
        var late = api.post("/api/v1/warrants/" + id + "/execution", dc, "{\"found\":\"Two laptops\"}");
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.body()).contains("expired on " + expires).contains("can no longer be executed");
        assertThat(warrant(id).get("status").asString()).as("nothing changed").isEqualTo("ISSUED");
        JsonNode q = queue();
        assertThat(ids(q, "toReturn")).contains(id);
        assertThat(ids(q, "inForce")).doesNotContain(id);

        advance(Duration.ofDays(7));
        assertThat(ids(queue(), "toReturn")).as("return due today").contains(id);
        advance(Duration.ofDays(1));
        assertThat(ids(queue(), "returnOverdue")).as("a day past its return").contains(id);

        var back = api.post(
                "/api/v1/warrants/" + id + "/return",
                dc,
                "{\"on\":\"" + scene.today() + "\",\"note\":\"Returned unexecuted\"}");
        assertThat(back.status()).as(back.body()).isEqualTo(204);
        assertThat(warrant(id).get("status").asString()).isEqualTo("RETURNED");
        JsonNode after = queue();
        assertThat(ids(after, "returnOverdue")).doesNotContain(id);
        assertThat(ids(after, "toReturn")).doesNotContain(id);
    }

    @Test
    void anExecutedWarrantLinksTheExhibitsItSeizedAndIsDueBackSevenDaysAfterItsExecution() {
        long id = apply();
        issueToday(id);
        long exhibit = exhibit(crimeId, "DC/1");
        Actor other = scene.actor(Role.INVESTIGATOR);
        long otherCrimeExhibit = exhibit(scene.crime(other, false).id(), "DC/2");
        TestUsers.TestUser colleague = users.create(Role.INVESTIGATOR);

        var wrongExhibit = api.post(
                "/api/v1/warrants/" + id + "/execution",
                dc,
                "{\"found\":\"Two laptops\",\"exhibitIds\":[" + otherCrimeExhibit + "]}");
        assertThat(wrongExhibit.status()).as(wrongExhibit.body()).isEqualTo(400);
        assertThat(wrongExhibit.body()).contains("exhibitIds").contains("not seized for a crime of");
        var nobody = api.post(
                "/api/v1/warrants/" + id + "/execution",
                dc,
                "{\"found\":\"Two laptops\",\"executedBy\":\"nobody.here\"}");
        assertThat(nobody.status()).as(nobody.body()).isEqualTo(400);
        assertThat(nobody.body()).contains("executedBy");
        assertThat(warrant(id).get("status").asString()).as("nothing changed").isEqualTo("ISSUED");

        var done = api.post(
                "/api/v1/warrants/" + id + "/execution",
                dc,
                "{\"found\":\"Two laptops under the bed\",\"executedBy\":\"" + colleague.username()
                        + "\",\"exhibitIds\":[" + exhibit + "]}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        LocalDate executed = scene.today();
        assertThat(LocalDate.parse(Json.read(done.body()).get("returnDueOn").asString()))
                .isEqualTo(executed.plusDays(7));
        JsonNode w = warrant(id);
        assertThat(w.get("status").asString()).isEqualTo("EXECUTED");
        assertThat(w.get("executedBy").asString()).isEqualTo(colleague.username());
        assertThat(w.get("exhibits").get(0).get("reference").asString()).isEqualTo("DC/1");
        var twice = api.post("/api/v1/warrants/" + id + "/execution", dc, "{\"found\":\"More\"}");
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ALTERATION' AND record_refs LIKE ?",
                        "%exhibit:" + exhibit + "%"))
                .isEqualTo(1);

        advance(Duration.ofDays(7));
        JsonNode due = queue().get("toReturn");
        assertThat(due.valueStream()
                        .filter(x -> x.get("id").asLong() == id)
                        .findFirst()
                        .orElseThrow()
                        .get("returnState")
                        .asString())
                .isEqualTo("Return to court due today");
        advance(Duration.ofDays(1));
        assertThat(ids(queue(), "returnOverdue")).contains(id);
        var beforeExecution =
                api.post("/api/v1/warrants/" + id + "/return", dc, "{\"on\":\"" + executed.minusDays(1) + "\"}");
        assertThat(beforeExecution.status()).as(beforeExecution.body()).isEqualTo(400);
        assertThat(beforeExecution.body()).contains("\"on\"");
    }

    @Test
    void anApplicationWithoutAKnownKindOrGroundsIsRefusedNamingTheFieldAndNothingIsSaved() {
        var kind = api.post(
                "/api/v1/investigations/" + investigationId + "/warrants",
                dc,
                "{\"kind\":\"GENERAL\",\"grounds\":\"x\",\"premises\":\"1 A Street\",\"court\":\"C\"}");
        assertThat(kind.status()).as(kind.body()).isEqualTo(400);
        assertThat(kind.body()).contains("\"kind\"").contains("PACE_S8").contains("MDA_S23");
        var grounds = api.post(
                "/api/v1/investigations/" + investigationId + "/warrants",
                dc,
                "{\"kind\":\"PACE_S8\",\"premises\":\"1 A Street\",\"court\":\"C\"}");
        assertThat(grounds.status()).as(grounds.body()).isEqualTo(400);
        assertThat(grounds.body()).contains("\"grounds\"");
        var future = api.post(
                "/api/v1/warrants/" + apply() + "/decision",
                dc,
                "{\"issued\":true,\"on\":\"" + scene.today().plusDays(1) + "\"}");
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        var list = api.get("/api/v1/investigations/" + investigationId + "/warrants" + PURPOSE, dc);
        assertThat(Json.read(list.body()).get("warrants")).hasSize(1);
        assertThat(Json.read(list.body()).get("warrants").get(0).get("status").asString())
                .isEqualTo("APPLIED");
    }

    @Test
    void aWarrantOfARestrictedInvestigationIsMissingToAnInvestigatorWithoutNeedToKnow() {
        Actor oic = scene.actor(Role.INVESTIGATOR);
        long restrictedCrime = scene.crime(oic, true).id();
        long restricted = scene.open(oic, List.of(restrictedCrime), oic, scene.actor(Role.SUPERVISOR))
                .id();
        var r = api.post(
                "/api/v1/investigations/" + restricted + "/warrants",
                dc,
                "{\"kind\":\"PACE_S8\",\"grounds\":\"Secret grounds\",\"premises\":\"1 A Street\",\"court\":\"C\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(404);
        long mine = apply();
        var other = api.get("/api/v1/warrants/" + (mine + 1_000_000) + PURPOSE, dc);
        assertThat(other.status()).isEqualTo(404);
    }

    private long exhibit(long crime, String ref) {
        var r = api.post(
                "/api/v1/exhibits",
                dc,
                "{\"crimeId\":" + crime + ",\"reference\":\"" + ref
                        + "\",\"description\":\"Laptop, silver\",\"seizedWhere\":\"9 Canal Street\","
                        + "\"seal\":\"S0101\",\"seizedAt\":\"" + clock.instant().minus(Duration.ofHours(1)) + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }
}
