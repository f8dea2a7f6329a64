package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.investigation.CaseFileFixture.PURPOSE;

import org.constable.identity.Actor;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may build and read a case file: those who investigate, and of a restricted crime's
 * investigation only those with need-to-know on it; to anyone else a restricted case file answers
 * exactly as a missing one, and a role without case files is refused outright.
 */
@ConstableHttpTest
class ACaseFileInheritsItsInvestigationsRestrictionTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    InvestigationScene scene;

    @Test
    void aRestrictedCrimesCaseFileLooksMissingWithoutNeedToKnowAndOtherRolesAreRefused() throws Exception {
        Api api = new Api(port);
        Actor recorder = scene.actor(Role.INVESTIGATOR);
        TestUsers.TestUser officer = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser supervisor = users.create(Role.SUPERVISOR);
        long crime = scene.crime(recorder, true).id();
        String token = api.token(users, officer);
        var opened = api.post(
                "/api/v1/investigations",
                token,
                "{\"title\":\"Threats to a protected witness\",\"crimeIds\":[" + crime + "],\"officerInCharge\":\""
                        + officer.username() + "\",\"supervisor\":\"" + supervisor.username() + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long inv = Json.read(opened.body()).get("id").asLong();
        assertThat(api.post("/api/v1/investigations/" + inv + "/case-files", token, "{}")
                        .status())
                .isEqualTo(404);

        var grant = api.post(
                "/api/v1/need-to-know",
                api.token(users, supervisor),
                "{\"recordType\":\"investigation\",\"recordId\":" + inv + ",\"userId\":" + officer.id() + "}");
        assertThat(grant.status()).as(grant.body()).isEqualTo(204);
        long id = CaseFileFixture.start(api, token, inv);
        CaseFileFixture.fill(api, token, id);
        var mine = api.get("/api/v1/case-files/" + id + "?" + PURPOSE, token);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.body()).contains("protected witness");

        String other = api.token(users, users.create(Role.INVESTIGATOR));
        var hidden = api.get("/api/v1/case-files/" + id + "?" + PURPOSE, other);
        var missing = api.get("/api/v1/case-files/" + (id + 1_000_000) + "?" + PURPOSE, other);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(Json.read(hidden.body()).get("title"))
                .isEqualTo(Json.read(missing.body()).get("title"));
        assertThat(hidden.body()).doesNotContain("protected witness").doesNotContain("investigation");
        assertThat(api.post(
                                "/api/v1/case-files/" + id + "/witnesses",
                                other,
                                "{\"name\":\"X\",\"role\":\"Y\",\"statement\":\"Z\"}")
                        .status())
                .isEqualTo(404);
        CaseFileFixture.ok(api.post("/api/v1/case-files/" + id + "/submission", token, ""));
        assertThat(CaseFileFixture.export(port, other, id, "PROSECUTION_FILE", "CPS")
                        .statusCode())
                .isEqualTo(404);

        String callHandler = api.token(users, users.create(Role.CALL_HANDLER));
        assertThat(api.get("/api/v1/case-files/" + id + "?" + PURPOSE, callHandler)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/offences", callHandler).status()).isEqualTo(403);
        assertThat(CaseFileFixture.export(port, callHandler, id, "PROSECUTION_FILE", "CPS")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/case-files/" + id, token).status()).isEqualTo(400);
        var noRecipient = CaseFileFixture.export(port, token, id, "PROSECUTION_FILE", " ");
        assertThat(noRecipient.statusCode()).isEqualTo(400);
        assertThat(CaseFileFixture.text(noRecipient.body())).contains("recipient");
    }
}
