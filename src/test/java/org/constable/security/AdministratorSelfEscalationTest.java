package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.Role;
import org.constable.identity.persistence.UserAccounts;
import org.constable.testsupport.Api;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, H3: an administrator, who may not read personal data, granted itself SUPERVISOR and
 * read persons. Now nobody grants a role to themselves, and a role that reads personal data (or
 * manages access) is only asked for: a second administrator, who is neither the one who asked nor
 * the one it is for, approves or refuses it. Every step is audited.
 */
@SecurityHttpTest
class AdministratorSelfEscalationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    DatabaseAdmin db;

    Api api;
    TestUsers.TestUser adminA;
    String a;
    TestUsers.TestUser adminB;
    String b;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        adminA = users.create(Role.ADMINISTRATOR);
        a = api.token(users, adminA);
        adminB = users.create(Role.ADMINISTRATOR);
        b = api.token(users, adminB);
    }

    @Test
    void anAdministratorCannotGrantItselfARoleNorAskForOne() {
        var self = api.post("/api/v1/users/" + adminA.id() + "/roles", a, "{\"role\":\"SUPERVISOR\"}");
        assertThat(self.status()).as(self.body()).isEqualTo(403);
        assertThat(accounts.rolesOf(adminA.id())).containsExactly(Role.ADMINISTRATOR);
        assertThat(api.get("/api/v1/persons?surname=Ab&purpose=curiosity", a).status())
                .isEqualTo(403);
        assertThat(db.count("SELECT count(*) FROM identity.role_change WHERE user_id = ?", adminA.id()))
                .isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ACCESS_DENIED' AND actor = ? "
                                + "AND detail LIKE '%for oneself%'",
                        adminA.username()))
                .isEqualTo(1);
    }

    @Test
    void aRoleThatReadsPersonalDataWaitsForASecondAdministrator() {
        var officer = users.create(Role.AUDITOR);
        var asked = api.post(
                "/api/v1/users/" + officer.id() + "/roles", a, "{\"role\":\"SUPERVISOR\",\"reason\":\"promoted\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        JsonNode change = Json.read(asked.body());
        long id = change.get("id").asLong();
        assertThat(change.get("state").asString()).isEqualTo("PENDING");
        assertThat(change.get("requestedBy").asString()).isEqualTo(adminA.username());
        assertThat(accounts.rolesOf(officer.id())).as("not yet").containsExactly(Role.AUDITOR);

        var own = api.post("/api/v1/role-changes/" + id + "/approval", a, null);
        assertThat(own.status()).as("the maker cannot approve").isEqualTo(403);
        String target = api.token(users, officer);
        assertThat(api.post("/api/v1/role-changes/" + id + "/approval", target, null)
                        .status())
                .as("nor the user it is for")
                .isEqualTo(403);
        assertThat(accounts.rolesOf(officer.id())).containsExactly(Role.AUDITOR);

        var listed = Json.read(api.get("/api/v1/role-changes", b).body());
        assertThat(listed.findValues("id").stream().map(JsonNode::asLong)).contains(id);

        assertThat(api.post("/api/v1/role-changes/" + id + "/approval", b, null).status())
                .isEqualTo(204);
        assertThat(accounts.rolesOf(officer.id())).containsExactlyInAnyOrder(Role.AUDITOR, Role.SUPERVISOR);
        assertThat(api.post("/api/v1/role-changes/" + id + "/approval", b, null).status())
                .as("decided already")
                .isEqualTo(409);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'PRIVILEGED_ACTION' AND actor = ? "
                                + "AND detail LIKE 'approved role SUPERVISOR for user " + officer.id() + "%'",
                        adminB.username()))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'PRIVILEGED_ACTION' AND actor = ? "
                                + "AND detail LIKE 'asked for role SUPERVISOR%'",
                        adminA.username()))
                .isEqualTo(1);
    }

    @Test
    void aSecondAdministratorMayRefuseSayingWhy() {
        var officer = users.create(Role.DISPATCHER);
        long id = Json.read(api.post("/api/v1/users/" + officer.id() + "/roles", a, "{\"role\":\"INVESTIGATOR\"}")
                        .body())
                .get("id")
                .asLong();
        assertThat(api.post("/api/v1/role-changes/" + id + "/refusal", b, "{}").status())
                .as("a refusal says why")
                .isEqualTo(400);
        assertThat(api.post("/api/v1/role-changes/" + id + "/refusal", b, "{\"note\":\"not in CID\"}")
                        .status())
                .isEqualTo(204);
        assertThat(accounts.rolesOf(officer.id())).containsExactly(Role.DISPATCHER);
        var all = Json.read(api.get("/api/v1/role-changes?state=all", a).body());
        JsonNode decided = null;
        for (JsonNode c : all) {
            if (c.get("id").asLong() == id) {
                decided = c;
            }
        }
        assertThat(decided).isNotNull();
        assertThat(decided.get("state").asString()).isEqualTo("REFUSED");
        assertThat(decided.get("decidedBy").asString()).isEqualTo(adminB.username());
        assertThat(decided.get("decisionNote").asString()).isEqualTo("not in CID");
    }

    @Test
    void anAccountMadeWithRolesThatReadPersonalDataHasNoneUntilApproved() {
        var created = api.post(
                "/api/v1/users",
                a,
                "{\"username\":\"puppet" + System.nanoTime() % 100000
                        + "\",\"displayName\":\"Puppet\",\"password\":\"a long and unusual passphrase\","
                        + "\"roles\":[\"SUPERVISOR\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode user = Json.read(created.body());
        assertThat(user.get("roles").size()).isZero();
        assertThat(user.get("rolesAwaitingApproval").get(0).asString()).isEqualTo("SUPERVISOR");
        assertThat(user.get("awaitingEnrolment").asBoolean()).isTrue();
        assertThat(accounts.rolesOf(user.get("id").asLong())).isEmpty();
    }
}
