package org.constable.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.constable.crime.CrimeRecorded;
import org.constable.crime.CrimeVictim;
import org.constable.custody.persistence.SuiteStore;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Custody sergeants hand a suite over at shift change (what is overdue first, then what falls due
 * in the shift; the incoming officer, and only they, accepts), move a detainee to another suite
 * with the clocks unchanged, link a crime so its victim hears of the arrest and the charge, and
 * raise a safeguarding referral from the record.
 */
@ConstableHttpTest
class CustodyOperationsOverTheApiTest {

    static final String HANDOVER = "purpose=Custody%20handover";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    SuiteStore suites;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    Api api;
    TestUsers.TestUser outgoingUser;
    TestUsers.TestUser incomingUser;
    String outgoing;
    String incoming;
    String third;
    long suite;
    long otherSuite;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        outgoingUser = users.create(Role.CUSTODY_OFFICER);
        incomingUser = users.create(Role.CUSTODY_OFFICER);
        outgoing = api.token(users, outgoingUser);
        incoming = api.token(users, incomingUser);
        third = api.token(users, users.create(Role.CUSTODY_OFFICER));
        suite = suites.open("Handover suite " + System.nanoTime(), List.of("C1", "C2", "C3"))
                .id();
        otherSuite =
                suites.open("Other suite " + System.nanoTime(), List.of("D1")).id();
    }

    long person() {
        var r = api.post(
                "/api/v1/persons",
                outgoing,
                "{\"forename\":\"Sam\",\"surname\":\"Handed" + System.nanoTime() % 100000 + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    long bookIn(long person, Instant arrived, boolean juvenile) {
        var r = api.post(
                "/api/v1/custody/suites/" + suite + "/detentions",
                outgoing,
                "{\"personId\":" + person
                        + ",\"arrestingOfficer\":\"PC 77 Khan\",\"arrestGrounds\":\"Seen taking a bicycle\","
                        + "\"offences\":[{\"description\":\"Theft\",\"indictable\":true}],"
                        + "\"arrestedAt\":\"" + arrived.minus(Duration.ofMinutes(20)) + "\",\"arrivedAt\":\""
                        + arrived + "\",\"juvenile\":" + juvenile + ",\"risk\":{\"drugsOrAlcohol\":true}}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    void authorise(long id) {
        var r = api.post(
                "/api/v1/custody/detentions/" + id + "/authorisation", outgoing, "{\"grounds\":\"To interview\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
    }

    JsonNode handover(String token, String query) {
        var r = api.get("/api/v1/custody/suites/" + suite + "/handover?" + HANDOVER + query, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    @Test
    void theHandoverPutsWhatIsOverdueFirstThenWhatFallsDueInTheShiftAndOnlyTheIncomingOfficerAcceptsIt() {
        long nearLimit = bookIn(person(), clock.instant().minus(Duration.ofHours(23)), false);
        authorise(nearLimit);
        long juvenile = bookIn(person(), clock.instant().minus(Duration.ofMinutes(5)), true);

        assertThat(api.get("/api/v1/custody/suites/" + suite + "/handover", outgoing)
                        .status())
                .as("a handover names detainees: it needs a purpose")
                .isEqualTo(400);
        var tooLong = api.get("/api/v1/custody/suites/" + suite + "/handover?" + HANDOVER + "&hours=30", outgoing);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("hours");

        JsonNode h = handover(incoming, "");
        assertThat(h.get("hours").asInt()).isEqualTo(12);
        JsonNode lines = h.get("lines");
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(first.get("row").get("detentionId").asLong())
                .as("the juvenile without an appropriate adult is overdue now")
                .isEqualTo(juvenile);
        assertThat(first.get("overdue").toString()).contains("Appropriate adult needed");
        assertThat(first.get("due").toString()).contains("Decision to detain not yet made");
        assertThat(first.get("risks").asString()).isEqualTo("drugs or alcohol");
        JsonNode second = lines.get(1);
        assertThat(second.get("row").get("detentionId").asLong()).isEqualTo(nearLimit);
        assertThat(second.get("overdue")).isEmpty();
        assertThat(second.get("due").toString())
                .contains("Cell visit at")
                .contains("then at least every 30 min")
                .contains("Detention limit at")
                .contains("Review at");
        assertThat(second.get("row").get("levelLabel").asString()).startsWith("Level 2");
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION' AND purpose = ?"
                                + " AND detail LIKE 'custody handover%' AND record_refs LIKE ?",
                        "Custody handover", "%detention:" + juvenile + "%"))
                .isEqualTo(1);

        String me = outgoingUser.username();
        String next = incomingUser.username();
        var toSelf = api.post(
                "/api/v1/custody/suites/" + suite + "/handovers", outgoing, "{\"incomingOfficer\":\"" + me + "\"}");
        assertThat(toSelf.status()).isEqualTo(400);
        assertThat(toSelf.body()).contains("incomingOfficer");
        var nobody = api.post(
                "/api/v1/custody/suites/" + suite + "/handovers", outgoing, "{\"incomingOfficer\":\"no-such-user\"}");
        assertThat(nobody.status()).isEqualTo(400);
        var given = api.post(
                "/api/v1/custody/suites/" + suite + "/handovers",
                outgoing,
                "{\"incomingOfficer\":\"" + next + "\",\"notes\":\"C2's mother is on her way as appropriate adult\"}");
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        long handoverId = Json.read(given.body()).get("id").asLong();

        String accept = "/api/v1/custody/handovers/" + handoverId + "/acceptance";
        assertThat(api.post(accept, outgoing, "{}").status())
                .as("the outgoing officer cannot accept their own handover")
                .isEqualTo(409);
        assertThat(api.post(accept, third, "{}").status())
                .as("only the named incoming officer accepts")
                .isEqualTo(409);
        assertThat(api.post(accept, incoming, "{}").status()).isEqualTo(204);
        assertThat(api.post(accept, incoming, "{}").status()).isEqualTo(409);

        JsonNode recorded = handover(outgoing, "&hours=8").get("handovers").get(0);
        assertThat(recorded.get("givenBy").asString()).isEqualTo(me);
        assertThat(recorded.get("incoming").asString()).isEqualTo(next);
        assertThat(recorded.get("acceptedBy").asString()).isEqualTo(next);
        assertThat(recorded.get("detainees").asInt()).isEqualTo(2);
        assertThat(recorded.get("overdue").asInt()).isEqualTo(1);
        assertThat(recorded.get("notes").asString()).contains("appropriate adult");
    }

    @Test
    void aDetaineeMovedToAnotherSuiteKeepsTheRelevantTimeAndTheLimit() {
        long id = bookIn(person(), clock.instant().minus(Duration.ofHours(3)), false);
        String move = "/api/v1/custody/detentions/" + id + "/suite-transfer";
        assertThat(api.post(move, outgoing, "{\"toSuiteId\":" + otherSuite + ",\"reason\":\"Cells full\"}")
                        .status())
                .as("the custody officer decides on detention before a move")
                .isEqualTo(409);
        authorise(id);
        JsonNode before = record(id);
        var same = api.post(move, outgoing, "{\"toSuiteId\":" + suite + ",\"reason\":\"x\"}");
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.body()).contains("toSuiteId");
        var noReason = api.post(move, outgoing, "{\"toSuiteId\":" + otherSuite + "}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        long d1 = suites.cells(otherSuite).get(0).id();
        var moved = api.post(
                move,
                outgoing,
                "{\"toSuiteId\":" + otherSuite + ",\"toCellId\":" + d1 + ",\"reason\":\"Suite closing overnight\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(204);

        JsonNode after = record(id);
        assertThat(after.get("suite").asString()).startsWith("Other suite");
        assertThat(after.get("row").get("cell").asString()).isEqualTo("D1");
        assertThat(after.get("relevantTime").asString())
                .isEqualTo(before.get("relevantTime").asString());
        assertThat(after.get("row").get("limit").asString())
                .isEqualTo(before.get("row").get("limit").asString());
        assertThat(after.get("row").get("reviewDue").asString())
                .isEqualTo(before.get("row").get("reviewDue").asString());
        assertThat(after.get("entries").toString())
                .contains("Moved to another custody suite")
                .contains("Suite closing overnight");
        assertThat(handover(outgoing, "").get("lines")).isEmpty();
    }

    @Test
    void aLinkedCrimesVictimHearsOfTheArrestAndTheChargeAndAReferralIsRaisedFromTheRecord() {
        long crimeId = 900_000_000L + System.nanoTime() % 90_000_000L;
        long victim = person();
        tx.executeWithoutResult(s -> events.publishEvent(new CrimeRecorded(
                crimeId,
                "CRM-" + crimeId,
                "49",
                clock.instant().minus(Duration.ofHours(5)),
                clock.instant().minus(Duration.ofHours(4)),
                outgoingUser.username(),
                List.of(new CrimeVictim(victim, false)))));
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        db.count("SELECT count(*) FROM investigation.victim_care WHERE crime_id = ?", crimeId) == 1);
        long id = bookIn(person(), clock.instant().minus(Duration.ofHours(1)), false);
        authorise(id);
        var bad = api.post("/api/v1/custody/detentions/" + id + "/crimes", outgoing, "{}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("crimeId");
        assertThat(api.post("/api/v1/custody/detentions/" + id + "/crimes", outgoing, "{\"crimeId\":" + crimeId + "}")
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/custody/detentions/" + id + "/crimes", outgoing, "{\"crimeId\":" + crimeId + "}")
                        .status())
                .isEqualTo(409);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count(
                                "SELECT count(*) FROM investigation.case_event WHERE crime_id = ? AND kind = 'ARREST'",
                                crimeId)
                        == 1);

        var noAgency = api.post(
                "/api/v1/custody/detentions/" + id + "/safeguarding-referrals",
                outgoing,
                "{\"concern\":\"Two children at home alone\"}");
        assertThat(noAgency.status()).isEqualTo(400);
        assertThat(noAgency.body()).contains("agency");
        var referral = api.post(
                "/api/v1/custody/detentions/" + id + "/safeguarding-referrals",
                outgoing,
                "{\"concern\":\"Two children at home alone\",\"agency\":\"Children's social care\"}");
        assertThat(referral.status()).as(referral.body()).isEqualTo(201);

        var charged = api.post(
                "/api/v1/custody/detentions/" + id + "/disposal",
                outgoing,
                "{\"kind\":\"CHARGED\",\"details\":\"Theft of a bicycle\"}");
        assertThat(charged.status()).as(charged.body()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.count(
                                "SELECT count(*) FROM investigation.case_event WHERE crime_id = ? AND kind = 'CHARGE'",
                                crimeId)
                        == 1);
        assertThat(db.count(
                        "SELECT count(*) FROM investigation.deadline d JOIN investigation.victim_care v"
                                + " ON v.id = d.victim_care_id WHERE v.crime_id = ? AND d.obligation = 'UPDATE'",
                        crimeId))
                .as("the arrest and the charge each start the victim's update deadline")
                .isEqualTo(2);

        var links = api.get("/api/v1/custody/detentions/" + id + "/links?purpose=Custody%20record", outgoing);
        assertThat(links.status()).as(links.body()).isEqualTo(200);
        assertThat(links.body()).contains("Two children at home alone").contains(Long.toString(crimeId));
        assertThat(api.get("/api/v1/custody/detentions/" + id + "/links", outgoing)
                        .status())
                .isEqualTo(400);
    }

    JsonNode record(long id) {
        var r = api.get("/api/v1/custody/detentions/" + id + "?purpose=Custody%20record", outgoing);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }
}
