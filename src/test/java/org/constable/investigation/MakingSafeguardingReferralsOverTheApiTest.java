package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.constable.identity.Actor;
import org.constable.identity.Role;
import org.constable.people.application.PersonRecords;
import org.constable.people.domain.PersonDetails;
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
 * A response officer makes a referral over the API and works it through sent, acknowledged and
 * outcome; mistakes are refused naming the field and change nothing; the queues need a purpose and
 * are audited; a referral made from a crime with a restricted victim is restricted like the crime;
 * a high-risk domestic-abuse assessment proposes the MARAC referral, made once the officer confirms.
 */
@ConstableHttpTest
class MakingSafeguardingReferralsOverTheApiTest {

    static final String PURPOSE = "?purpose=Safeguarding";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    InvestigationScene scene;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    PersonRecords persons;

    Api api;
    TestUsers.TestUser officerUser;
    String officer;
    long crimeId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officerUser = users.create(Role.RESPONSE_OFFICER);
        officer = api.token(users, officerUser);
        crimeId = scene.crime(scene.actorOf(officerUser.username()), false).id();
    }

    private String referral(String agency, String source, long id, String owner) {
        return "{\"agency\":\"" + agency + "\",\"sourceType\":\"" + source + "\",\"sourceId\":" + id
                + ",\"subject\":\"Child aged 9\",\"concerns\":\"Left alone overnight\""
                + (owner == null ? "" : ",\"owner\":\"" + owner + "\"") + "}";
    }

    private long referrals() {
        return db.count("SELECT count(*) FROM investigation.safeguarding_referral");
    }

    @Test
    void aReferralIsMadeSentAcknowledgedAndClosedWithItsOutcome() {
        var made = api.post(
                "/api/v1/safeguarding/referrals", officer, referral("childrens-social-care", "CRIME", crimeId, null));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = Json.read(made.body()).get("id").asLong();

        JsonNode mine = Json.read(api.get("/api/v1/safeguarding/referrals/mine" + PURPOSE, officer)
                .body());
        assertThat(mine.get("due").toString()).contains("SGR-" + id).contains("Child aged 9");

        assertThat(api.post("/api/v1/safeguarding/referrals/" + id + "/outcome", officer, "{\"outcome\":\"x\"}")
                        .status())
                .as("an outcome before it was sent")
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/v1/safeguarding/referrals/" + id + "/sending",
                                officer,
                                "{\"note\":\"Emailed the MASH\"}")
                        .status())
                .isEqualTo(204);
        assertThat(api.post(
                                "/api/v1/safeguarding/referrals/" + id + "/acknowledgement",
                                officer,
                                "{\"agencyReference\":\"CSC-1\"}")
                        .status())
                .isEqualTo(204);
        assertThat(api.post(
                                "/api/v1/safeguarding/referrals/" + id + "/outcome",
                                officer,
                                "{\"outcome\":\"Strategy meeting held\"}")
                        .status())
                .isEqualTo(204);
        JsonNode view = Json.read(api.get("/api/v1/safeguarding/referrals/" + id + PURPOSE, officer)
                .body());
        assertThat(view.get("referral").get("stage").asString()).isEqualTo("CLOSED");
        assertThat(view.get("agencyReference").asString()).isEqualTo("CSC-1");
        assertThat(view.get("steps").size()).isEqualTo(4);
        assertThat(db.count("SELECT count(*) FROM audit.audit_entry WHERE purpose = 'Safeguarding'"))
                .isPositive();
    }

    @Test
    void mistakesAreRefusedNamingTheFieldAndNothingIsSaved() {
        long before = referrals();
        var agency =
                api.post("/api/v1/safeguarding/referrals", officer, referral("the-council", "CRIME", crimeId, null));
        assertThat(agency.status()).isEqualTo(400);
        assertThat(agency.body()).contains("agency").contains("childrens-social-care");
        var source =
                api.post("/api/v1/safeguarding/referrals", officer, referral("health", "CRIME", 987_654_321L, null));
        assertThat(source.status()).isEqualTo(400);
        assertThat(source.body()).contains("sourceId");
        var owner = api.post(
                "/api/v1/safeguarding/referrals", officer, referral("health", "CRIME", crimeId, "nobody.here"));
        assertThat(owner.status()).isEqualTo(400);
        assertThat(owner.body()).contains("owner").contains("nobody.here");
        assertThat(referrals()).isEqualTo(before);

        var noPurpose = api.get("/api/v1/safeguarding/referrals/mine", officer);
        assertThat(noPurpose.status()).isEqualTo(400);
        assertThat(noPurpose.body()).contains("purpose");
        String callHandler = api.token(users, users.create(Role.CALL_HANDLER));
        assertThat(api.post("/api/v1/safeguarding/referrals", callHandler, referral("health", "CRIME", crimeId, null))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/safeguarding/referrals/queue" + PURPOSE, officer)
                        .status())
                .as("the queues are the supervisor's")
                .isEqualTo(403);
    }

    @Test
    void aReferralFromACrimeWhoseVictimIsRestrictedLaterIsRestrictedLikeTheCrime() {
        Actor maker = scene.actorOf(officerUser.username());
        var made = api.post("/api/v1/safeguarding/referrals", officer, referral("marac", "CRIME", crimeId, null));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = Json.read(made.body()).get("id").asLong();
        // a threat comes to light: the victim is restricted after the referral was made
        long victim = db.count(
                "SELECT min(person_id) FROM crime.crime_person WHERE crime_id = " + crimeId + " AND role = 'VICTIM'");
        int version = persons.open(maker, victim, "Restricting a victim").version();
        persons.update(
                maker,
                victim,
                version,
                new PersonDetails("Ann", null, "Victim", null, null, null, null, null, null, null, false),
                true);

        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        var read = api.get("/api/v1/safeguarding/referrals/" + id + PURPOSE, supervisor);
        var missing = api.get("/api/v1/safeguarding/referrals/" + (id + 5_000_000) + PURPOSE, supervisor);
        assertThat(read.status()).isEqualTo(404);
        String correlation = "\"correlationId\":\"[^\"]*\"";
        assertThat(read.body().replace(Long.toString(id), "N").replaceAll(correlation, ""))
                .isEqualTo(missing.body()
                        .replace(Long.toString(id + 5_000_000), "N")
                        .replaceAll(correlation, ""));
        JsonNode queue =
                Json.read(api.get("/api/v1/safeguarding/referrals/queue?agency=marac&purpose=Oversight", supervisor)
                        .body());
        JsonNode item = null;
        for (JsonNode i : queue.get("due")) {
            if (i.get("id").asLong() == id) {
                item = i;
            }
        }
        assertThat(item).as("still listed, so it cannot stall unseen").isNotNull();
        assertThat(item.get("withheld").asBoolean()).isTrue();
        assertThat(item.get("subject").isNull()).isTrue();
        assertThat(queue.toString()).doesNotContain("Left alone overnight");
    }

    @Test
    void aHighRiskAssessmentProposesTheMaracReferralWhichTheOfficerConfirms() {
        List<String> answers = new ArrayList<>(Collections.nCopies(27, "\"NO\""));
        var tooFew = api.post(
                "/api/v1/safeguarding/risk-assessments", officer, assessment(answers.subList(0, 26), "MEDIUM"));
        assertThat(tooFew.status()).isEqualTo(400);
        assertThat(tooFew.body()).contains("answers").contains("27");

        var standard =
                Json.read(api.post("/api/v1/safeguarding/risk-assessments", officer, assessment(answers, "STANDARD"))
                        .body());
        assertThat(standard.get("highRisk").asBoolean()).isFalse();
        assertThat(standard.get("proposesMarac").asBoolean()).isFalse();
        assertThat(api.post(
                                "/api/v1/safeguarding/risk-assessments/"
                                        + standard.get("id").asLong() + "/marac-referral",
                                officer,
                                "{}")
                        .status())
                .isEqualTo(409);

        for (int i = 0; i < 14; i++) {
            answers.set(i, "\"YES\"");
        }
        var high = api.post("/api/v1/safeguarding/risk-assessments", officer, assessment(answers, "MEDIUM"));
        assertThat(high.status()).as(high.body()).isEqualTo(201);
        JsonNode assessed = Json.read(high.body());
        assertThat(assessed.get("yesCount").asInt()).isEqualTo(14);
        assertThat(assessed.get("highRisk").asBoolean())
                .as("14 yes answers are high risk")
                .isTrue();
        assertThat(assessed.get("proposesMarac").asBoolean()).isTrue();
        long id = assessed.get("id").asLong();
        var confirmed = api.post("/api/v1/safeguarding/risk-assessments/" + id + "/marac-referral", officer, "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        long referral = Json.read(confirmed.body()).get("id").asLong();
        JsonNode view = Json.read(api.get("/api/v1/safeguarding/referrals/" + referral + PURPOSE, officer)
                .body());
        assertThat(view.get("referral").get("agency").asString()).isEqualTo("marac");
        assertThat(view.get("riskAssessmentId").asLong()).isEqualTo(id);
        assertThat(api.post("/api/v1/safeguarding/risk-assessments/" + id + "/marac-referral", officer, "{}")
                        .status())
                .as("confirmed once")
                .isEqualTo(409);
    }

    private String assessment(List<String> answers, String judgement) {
        return "{\"sourceType\":\"CRIME\",\"sourceId\":" + crimeId + ",\"subject\":\"Adult victim\",\"answers\":["
                + String.join(",", answers) + "],\"judgement\":\"" + judgement + "\"}";
    }
}
