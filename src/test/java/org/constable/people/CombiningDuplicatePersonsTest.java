package org.constable.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.people.NominalFixtures.freshSurname;
import static org.constable.people.NominalFixtures.ok;
import static org.constable.people.NominalFixtures.person;
import static org.constable.people.NominalFixtures.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An investigator combines two records of one person: the survivor keeps every alias, address,
 * link and warning of both, the other points at it, the audit trail says who and why, and undo
 * puts every row back where it was.
 */
@ConstableHttpTest
class CombiningDuplicatePersonsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    Api api;
    String investigator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        investigator = api.token(users, users.create(Role.INVESTIGATOR));
    }

    record Pair(long survivor, long absorbed, long other, long location, long vehicle) {}

    /** Two records of one man, each with its own alias, address, vehicle, link and warning marker. */
    Pair twoRecordsOfOneMan(String surname) {
        long survivor = person(api, investigator, "Robert", surname, "1980-04-12", false);
        long absorbed = person(api, investigator, "Bob", surname, "1980-04-12", false);
        long other = person(api, investigator, "Alma", freshSurname(), "1975-01-01", false);
        long location = NominalFixtures.location(api, investigator, "1 Combination Road");
        long survivorHome = NominalFixtures.location(api, investigator, "2 Survivor Street");
        long vehicle = NominalFixtures.vehicle(api, investigator, "CB12XYZ");
        ok(api.post(
                "/api/v1/persons/" + survivor + "/aliases",
                investigator,
                "{\"forename\":\"Robbie\",\"surname\":\"" + surname + "\"}"));
        ok(api.post(
                "/api/v1/persons/" + absorbed + "/aliases",
                investigator,
                "{\"forename\":\"Bobby\",\"surname\":\"Dazzler\"}"));
        ok(api.post(
                "/api/v1/persons/" + survivor + "/addresses",
                investigator,
                "{\"locationId\":" + survivorHome + ",\"kind\":\"HOME\"}"));
        ok(api.post(
                "/api/v1/persons/" + absorbed + "/addresses",
                investigator,
                "{\"locationId\":" + location + ",\"kind\":\"HOME\"}"));
        ok(api.post(
                "/api/v1/links",
                investigator,
                "{\"fromType\":\"PERSON\",\"fromId\":" + absorbed + ",\"toType\":\"VEHICLE\",\"toId\":" + vehicle
                        + ",\"kind\":\"KEEPER\"}"));
        ok(api.post(
                "/api/v1/links",
                investigator,
                "{\"fromType\":\"PERSON\",\"fromId\":" + other + ",\"toType\":\"PERSON\",\"toId\":" + absorbed
                        + ",\"kind\":\"ASSOCIATE\"}"));
        ok(api.post(
                "/api/v1/persons/" + absorbed + "/warning-markers",
                investigator,
                "{\"marker\":\"WEAPONS\",\"note\":\"Carries a knife\"}"));
        ok(api.post("/api/v1/persons/" + survivor + "/warning-markers", investigator, "{\"marker\":\"DRUGS\"}"));
        return new Pair(survivor, absorbed, other, location, vehicle);
    }

    @Test
    void theSurvivorKeepsEveryAliasAddressLinkAndWarningAndTheOtherRecordPointsToIt() {
        String surname = freshSurname();
        Pair p = twoRecordsOfOneMan(surname);

        var combined = combine(p.survivor(), p.absorbed(), "Same man: same date of birth, Bob is Robert");
        assertThat(combined.status()).as(combined.body()).isEqualTo(201);

        JsonNode s = open(p.survivor());
        assertThat(names(s.get("aliases")))
                .containsExactlyInAnyOrder("Robbie " + surname, "Bobby Dazzler", "Bob " + surname);
        assertThat(s.get("addresses").findValuesAsString("address"))
                .anyMatch(a -> a.contains("1 Combination Road"))
                .anyMatch(a -> a.contains("2 Survivor Street"));
        assertThat(s.get("vehicles").findValuesAsString("vrm")).containsExactly("CB12XYZ");
        assertThat(s.get("warningMarkers").findValuesAsString("marker")).containsExactlyInAnyOrder("WEAPONS", "DRUGS");
        assertThat(s.get("links").findValuesAsString("kind")).contains("ASSOCIATE", "KEEPER");
        assertThat(s.get("combinedFrom").get(0).get("personId").asLong()).isEqualTo(p.absorbed());
        assertThat(s.get("combinedFrom").get(0).get("description").asString()).isEqualTo("Bob described");
        assertThat(s.get("combinedInto").isNull()).isTrue();

        JsonNode a = open(p.absorbed());
        assertThat(a.get("combinedInto").asLong()).isEqualTo(p.survivor());
        assertThat(a.get("forename").asString()).isEqualTo("Bob");
        assertThat(a.get("warningMarkers").size()).isZero();

        // the other person's associate is now the survivor
        JsonNode other = open(p.other());
        assertThat(other.get("links").get(0).get("toId").asLong()).isEqualTo(p.survivor());

        // the surname search shows one live record, not two
        var found = Json.read(api.get("/api/v1/persons?surname=" + surname + "&purpose=enquiry", investigator)
                .body());
        assertThat(found.findValuesAsString("forename")).containsExactly("Robert");

        long combination = Json.read(combined.body()).get("id").asLong();
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'COMBINATION' AND purpose = ? "
                                + "AND record_refs LIKE ?",
                        "Same man: same date of birth, Bob is Robert",
                        "%person:" + p.absorbed() + "%combination:" + combination + "%"))
                .isEqualTo(1);
        // a combined-away record takes no new facts
        assertThat(api.post(
                                "/api/v1/persons/" + p.absorbed() + "/aliases",
                                investigator,
                                "{\"forename\":\"Late\",\"surname\":\"Alias\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void undoRestoresEveryRowExactlyAsItWasBeforeTheCombination() {
        Pair p = twoRecordsOfOneMan(freshSurname());
        List<String> before = snapshot(db, p.survivor(), p.absorbed(), p.other());

        var combined = combine(p.survivor(), p.absorbed(), "Looked like one man");
        assertThat(combined.status()).as(combined.body()).isEqualTo(201);
        assertThat(snapshot(db, p.survivor(), p.absorbed(), p.other())).isNotEqualTo(before);
        long combination = Json.read(combined.body()).get("id").asLong();

        var undone = api.post(
                "/api/v1/combinations/" + combination + "/undo", investigator, "{\"reason\":\"Twins, not one man\"}");
        assertThat(undone.status()).as(undone.body()).isEqualTo(204);

        assertThat(snapshot(db, p.survivor(), p.absorbed(), p.other())).containsExactlyElementsOf(before);
        assertThat(open(p.absorbed()).get("combinedInto").isNull()).isTrue();
        assertThat(open(p.survivor()).get("combinedFrom").size()).isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'COMBINATION' AND purpose = ? "
                                + "AND detail LIKE 'undid combination%'",
                        "Twins, not one man"))
                .isEqualTo(1);

        var again = api.post("/api/v1/combinations/" + combination + "/undo", investigator, "{\"reason\":\"twice\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(snapshot(db, p.survivor(), p.absorbed(), p.other())).containsExactlyElementsOf(before);
    }

    @Test
    void undoIsRefusedWhileTheSurvivorHasItselfBeenCombinedIntoAThirdRecord() {
        String surname = freshSurname();
        long a = person(api, investigator, "Ann", surname, "1990-02-02", false);
        long b = person(api, investigator, "Anne", surname, "1990-02-02", false);
        long c = person(api, investigator, "Annie", surname, "1990-02-02", false);
        long first = Json.read(combine(b, a, "one woman").body()).get("id").asLong();
        assertThat(combine(c, b, "one woman still").status()).isEqualTo(201);

        var refused = api.post("/api/v1/combinations/" + first + "/undo", investigator, "{\"reason\":\"mistake\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(Json.read(refused.body()).get("detail").asString()).contains("undo that combination first");
        assertThat(open(a).get("combinedInto").asLong()).isEqualTo(b);
    }

    @Test
    void badCombinationsAreRefusedAndChangeNothing() {
        Pair p = twoRecordsOfOneMan(freshSurname());
        List<String> before = snapshot(db, p.survivor(), p.absorbed(), p.other());
        long missing = p.other() + 1_000_000;

        assertThat(combine(p.survivor(), p.survivor(), "itself").status()).isEqualTo(400);
        assertThat(combine(p.survivor(), missing, "unknown").status()).isEqualTo(404);
        assertThat(combine(p.survivor(), p.absorbed(), " ").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/combinations", investigator, "{\"survivorId\":-1}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/combinations/" + missing + "/undo", investigator, "{\"reason\":\"x\"}")
                        .status())
                .isEqualTo(404);
        String officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        assertThat(api.post(
                                "/api/v1/combinations",
                                officer,
                                "{\"survivorId\":" + p.survivor() + ",\"absorbedId\":" + p.absorbed()
                                        + ",\"reason\":\"not my call\"}")
                        .status())
                .isEqualTo(403);
        assertThat(snapshot(db, p.survivor(), p.absorbed(), p.other())).containsExactlyElementsOf(before);

        assertThat(combine(p.survivor(), p.absorbed(), "first").status()).isEqualTo(201);
        List<String> combined = snapshot(db, p.survivor(), p.absorbed(), p.other());
        var already = combine(p.other(), p.absorbed(), "already combined");
        assertThat(already.status()).isEqualTo(409);
        assertThat(combine(p.absorbed(), p.other(), "into a combined-away record")
                        .status())
                .isEqualTo(409);
        assertThat(snapshot(db, p.survivor(), p.absorbed(), p.other())).containsExactlyElementsOf(combined);
    }

    @Test
    void twoSimultaneousCombinationsOfOnePersonLeaveOneCombinationAndOneConflict() {
        String surname = freshSurname();
        long a = person(api, investigator, "Cara", surname, "1970-03-03", false);
        long b = person(api, investigator, "Cara", surname, "1970-03-03", false);
        long c = person(api, investigator, "Kara", surname, "1970-03-03", false);
        List<CompletableFuture<Api.Response>> racing = new ArrayList<>();
        racing.add(CompletableFuture.supplyAsync(() -> combine(b, a, "race one")));
        racing.add(CompletableFuture.supplyAsync(() -> combine(c, a, "race two")));
        List<Integer> statuses = racing.stream()
                .map(CompletableFuture::join)
                .map(Api.Response::status)
                .sorted()
                .toList();
        assertThat(statuses).containsExactly(201, 409);
        assertThat(db.count("SELECT count(*) FROM people.combination WHERE absorbed_id = ?", a))
                .isEqualTo(1);
    }

    @Test
    void aRestrictedRecordIsCombinedOnlyWithAnotherRestrictedOneAndLooksMissingWithoutNeedToKnow() {
        String surname = freshSurname();
        long open = person(api, investigator, "Dana", surname, "1985-05-05", false);
        long hidden = person(api, investigator, "Dana", surname, "1985-05-05", true);
        assertThat(combine(open, hidden, "hidden one").status()).isEqualTo(404);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        var user = users.create(Role.INVESTIGATOR);
        ok(api.post(
                "/api/v1/need-to-know",
                supervisor,
                "{\"recordType\":\"person\",\"recordId\":" + hidden + ",\"userId\":" + user.id() + "}"));
        String cleared = api.token(users, user);
        var mixed = api.post(
                "/api/v1/combinations",
                cleared,
                "{\"survivorId\":" + open + ",\"absorbedId\":" + hidden + ",\"reason\":\"x\"}");
        assertThat(mixed.status()).isEqualTo(409);
        assertThat(open(open).get("combinedFrom").size()).isZero();
    }

    private Api.Response combine(long survivor, long absorbed, String reason) {
        return api.post(
                "/api/v1/combinations",
                investigator,
                "{\"survivorId\":" + survivor + ",\"absorbedId\":" + absorbed + ",\"reason\":\"" + reason + "\"}");
    }

    private JsonNode open(long id) {
        var r = api.get("/api/v1/persons/" + id + "?purpose=enquiry", investigator);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    private static List<String> names(JsonNode aliases) {
        List<String> out = new ArrayList<>();
        aliases.forEach(a ->
                out.add(a.get("forename").asString() + " " + a.get("surname").asString()));
        return out;
    }
}
