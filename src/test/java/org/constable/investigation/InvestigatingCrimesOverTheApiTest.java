package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.constable.identity.Actor;
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
 * An investigator opens an investigation of a recorded crime over the API, raises, reassigns and
 * completes actions and finalises it; every mistake is refused as a problem naming the field and
 * changes nothing, and a crime cannot be in two open investigations.
 */
@ConstableHttpTest
class InvestigatingCrimesOverTheApiTest {

    static final String PURPOSE = "?purpose=Investigation";

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
    TestUsers.TestUser investigatorUser;
    TestUsers.TestUser supervisorUser;
    String investigator;
    String supervisor;
    Actor investigatorActor;
    long crimeId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        investigatorUser = users.create(Role.INVESTIGATOR);
        supervisorUser = users.create(Role.SUPERVISOR);
        investigator = api.token(users, investigatorUser);
        supervisor = api.token(users, supervisorUser);
        investigatorActor = scene.actor(Role.INVESTIGATOR);
        crimeId = scene.crime(investigatorActor, false).id();
    }

    private String opening(String crimes, String oic, String sup) {
        return "{\"title\":\"Assault\",\"crimeIds\":" + crimes + ",\"officerInCharge\":\"" + oic
                + "\",\"supervisor\":\"" + sup + "\",\"team\":[],\"plan\":\"Trace witnesses\"}";
    }

    private long open() {
        var r = api.post(
                "/api/v1/investigations",
                investigator,
                opening("[" + crimeId + "]", investigatorUser.username(), supervisorUser.username()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private long action(long investigation, String owner) {
        LocalDate due = scene.today().plusDays(2);
        var r = api.post(
                "/api/v1/investigations/" + investigation + "/actions",
                investigator,
                "{\"description\":\"Seize CCTV from the shop\",\"owner\":\"" + owner
                        + "\",\"priority\":\"HIGH\",\"dueOn\":\"" + due + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private long investigations() {
        return db.count("SELECT count(*) FROM investigation.investigation");
    }

    @Test
    void anOfficerInChargeWhoIsNobodyIsRefusedNamingTheFieldAndNothingIsSaved() {
        long before = investigations();
        var r = api.post(
                "/api/v1/investigations",
                investigator,
                opening("[" + crimeId + "]", "nobody.here", supervisorUser.username()));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("officerInCharge").contains("nobody.here");
        assertThat(investigations()).isEqualTo(before);
    }

    @Test
    void aSupervisorWithoutTheSupervisorRoleAndAnUnknownCrimeAreRefusedNamingTheirFields() {
        var notSupervisor = api.post(
                "/api/v1/investigations",
                investigator,
                opening("[" + crimeId + "]", investigatorUser.username(), investigatorUser.username()));
        assertThat(notSupervisor.status()).as(notSupervisor.body()).isEqualTo(400);
        assertThat(notSupervisor.body()).contains("\"supervisor\"").contains("not a supervisor");

        var unknown = api.post(
                "/api/v1/investigations",
                investigator,
                opening("[987654321]", investigatorUser.username(), supervisorUser.username()));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("crimeIds").contains("987654321");
    }

    @Test
    void aCrimeAlreadyInAnOpenInvestigationIsRefusedNamingThatInvestigation() {
        long first = open();
        String reference = investigation(first).get("reference").asString();
        var second = api.post(
                "/api/v1/investigations",
                investigator,
                opening("[" + crimeId + "]", investigatorUser.username(), supervisorUser.username()));
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.body()).contains(reference);
    }

    @Test
    void aPriorityThatIsNoneIsRefusedNamingTheField() {
        long inv = open();
        var r = api.post(
                "/api/v1/investigations/" + inv + "/actions",
                investigator,
                "{\"description\":\"Seize CCTV\",\"owner\":\"" + investigatorUser.username()
                        + "\",\"priority\":\"SOON\",\"dueOn\":\"" + scene.today() + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("priority");
        assertThat(db.count("SELECT count(*) FROM investigation.investigation_action WHERE investigation_id = ?", inv))
                .isZero();
    }

    @Test
    void anActionIsClosedOnlyWithAResultAndAReassignmentKeepsWhoWhenWhyAndTheDueDay() {
        long inv = open();
        long a = action(inv, investigatorUser.username());

        var noResult =
                api.post("/api/v1/investigations/actions/" + a + "/completion", investigator, "{\"result\":\" \"}");
        assertThat(noResult.status()).as(noResult.body()).isEqualTo(400);
        assertThat(noResult.body()).contains("result");

        var toNobody = api.post(
                "/api/v1/investigations/actions/" + a + "/reassignment",
                investigator,
                "{\"owner\":\"nobody.here\",\"reason\":\"Leave\"}");
        assertThat(toNobody.status()).as(toNobody.body()).isEqualTo(400);
        assertThat(toNobody.body()).contains("owner");

        TestUsers.TestUser colleague = users.create(Role.INVESTIGATOR);
        var moved = api.post(
                "/api/v1/investigations/actions/" + a + "/reassignment",
                investigator,
                "{\"owner\":\"" + colleague.username() + "\",\"reason\":\"On leave from tomorrow\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(204);

        JsonNode action = investigation(inv).get("actions").get(0);
        assertThat(action.get("owner").asString()).isEqualTo(colleague.username());
        assertThat(action.get("dueOn").asString())
                .isEqualTo(scene.today().plusDays(2).toString());
        JsonNode move = action.get("reassignments").get(0);
        assertThat(move.get("fromOwner").asString()).isEqualTo(investigatorUser.username());
        assertThat(move.get("by").asString()).isEqualTo(investigatorUser.username());
        assertThat(move.get("reason").asString()).isEqualTo("On leave from tomorrow");

        String colleagueToken = api.token(users, colleague);
        JsonNode day = Json.read(api.get("/api/v1/investigations/my-day" + PURPOSE, colleagueToken)
                .body());
        assertThat(day.get("comingUp").toString()).contains("Seize CCTV from the shop");

        var done = api.post(
                "/api/v1/investigations/actions/" + a + "/completion",
                colleagueToken,
                "{\"result\":\"CCTV seized, exhibit AB/1\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        JsonNode after = investigation(inv).get("actions").get(0);
        assertThat(after.get("open").asBoolean()).isFalse();
        assertThat(after.get("result").asString()).isEqualTo("CCTV seized, exhibit AB/1");
        var again = api.post(
                "/api/v1/investigations/actions/" + a + "/completion", colleagueToken, "{\"result\":\"again\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
    }

    @Test
    void finalisingWaitsForEveryActionAndThenSetsTheOutcomeAndTellsTheVictimsOfficer() {
        long inv = open();
        long a = action(inv, investigatorUser.username());
        String outcomes = "{\"outcomes\":[{\"crimeId\":" + crimeId + ",\"outcomeType\":\"1\"}],\"note\":\"Charged\"}";

        var early = api.post("/api/v1/investigations/" + inv + "/finalisation", investigator, outcomes);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.body()).contains("open action");

        api.post("/api/v1/investigations/actions/" + a + "/completion", investigator, "{\"result\":\"Done\"}");
        var noOutcome = api.post("/api/v1/investigations/" + inv + "/finalisation", investigator, "{\"outcomes\":[]}");
        assertThat(noOutcome.status()).as(noOutcome.body()).isEqualTo(400);
        assertThat(noOutcome.body()).contains("outcomes");
        var badType = api.post(
                "/api/v1/investigations/" + inv + "/finalisation",
                investigator,
                "{\"outcomes\":[{\"crimeId\":" + crimeId + ",\"outcomeType\":\"99\"}]}");
        assertThat(badType.status()).as(badType.body()).isEqualTo(400);
        assertThat(badType.body()).contains("outcomeType");
        assertThat(db.count("SELECT count(*) FROM crime.outcome WHERE crime_id = ?", crimeId))
                .isZero();

        var done = api.post("/api/v1/investigations/" + inv + "/finalisation", investigator, outcomes);
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        assertThat(db.count("SELECT count(*) FROM crime.outcome WHERE crime_id = ? AND outcome_type = '1'", crimeId))
                .isEqualTo(1);
        assertThat(investigation(inv).get("statusLabel").asString()).isEqualTo("Finalised");
        assertThat(db.count(
                        "SELECT count(*) FROM investigation.case_event WHERE crime_id = ? AND kind = 'CHARGE'",
                        crimeId))
                .isEqualTo(1);
        // the crime is free for a new investigation once this one is finalised
        var reopened = api.post(
                "/api/v1/investigations",
                investigator,
                opening("[" + crimeId + "]", investigatorUser.username(), supervisorUser.username()));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(201);
    }

    @Test
    void aCallHandlerCannotReadOrOpenInvestigations() {
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        assertThat(api.get("/api/v1/investigations/my-day" + PURPOSE, handler).status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/investigations",
                                handler,
                                opening("[" + crimeId + "]", investigatorUser.username(), supervisorUser.username()))
                        .status())
                .isEqualTo(403);
        assertThat(List.of(api.get("/api/v1/investigations/review-queue" + PURPOSE, investigator)
                        .status()))
                .containsExactly(403);
    }

    private JsonNode investigation(long id) {
        var r = api.get("/api/v1/investigations/" + id + PURPOSE, investigator);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }
}
