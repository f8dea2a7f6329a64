package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.Actor;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An investigation of a crime whose victim is restricted is restricted too: to an investigator
 * without need-to-know it answers exactly as a missing one, and their day names it by reference
 * only, until a supervisor grants need-to-know on the investigation.
 */
@ConstableHttpTest
class AnInvestigationInheritsItsCrimesRestrictionTest {

    static final String PURPOSE = "?purpose=Investigation";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    InvestigationScene scene;

    @Test
    void aRestrictedVictimsInvestigationLooksMissingAndIsNamedOnlyByReferenceUntilNeedToKnow() {
        Api api = new Api(port);
        Actor recorder = scene.actor(Role.INVESTIGATOR);
        TestUsers.TestUser officer = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser supervisor = users.create(Role.SUPERVISOR);
        long crime = scene.crime(recorder, true).id();
        var opened = api.post(
                "/api/v1/investigations",
                api.token(users, officer),
                "{\"title\":\"Harassment of a protected witness\",\"crimeIds\":[" + crime + "],\"officerInCharge\":\""
                        + officer.username() + "\",\"supervisor\":\"" + supervisor.username() + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = Json.read(opened.body()).get("id").asLong();
        String token = api.token(users, officer);

        var hidden = api.get("/api/v1/investigations/" + id + PURPOSE, token);
        var missing = api.get("/api/v1/investigations/" + (id + 1_000_000) + PURPOSE, token);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(Json.read(hidden.body()).get("title"))
                .isEqualTo(Json.read(missing.body()).get("title"));
        assertThat(hidden.body()).doesNotContain("protected witness");

        JsonNode day = Json.read(
                api.get("/api/v1/investigations/my-day" + PURPOSE, token).body());
        assertThat(day.get("investigations").toString())
                .contains("Restricted investigation")
                .doesNotContain("protected witness");

        var grant = api.post(
                "/api/v1/need-to-know",
                api.token(users, supervisor),
                "{\"recordType\":\"investigation\",\"recordId\":" + id + ",\"userId\":" + officer.id() + "}");
        assertThat(grant.status()).as(grant.body()).isEqualTo(204);
        var open = api.get("/api/v1/investigations/" + id + PURPOSE, token);
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(Json.read(open.body()).get("title").asString()).isEqualTo("Harassment of a protected witness");
    }
}
