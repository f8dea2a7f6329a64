package org.constable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.persistence.UserAccounts;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator records an officer's police rank over the API (ADR 0071): audited as a privileged
 * action, shown on the account and on the officer's own "me"; never one's own; a rank that is not one
 * is refused naming the field; nobody else may record one.
 */
@ConstableHttpTest
class AnAdministratorRecordingAPoliceRankTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    DatabaseAdmin db;

    @Test
    void theRankIsRecordedAuditedAndReadBack() {
        Api api = new Api(port);
        var admin = users.create(Role.ADMINISTRATOR);
        String a = api.token(users, admin);
        var officer = users.create((Rank) null, Role.SUPERVISOR);

        var set = api.send("PUT", "/api/v1/users/" + officer.id() + "/rank", a, "{\"rank\":\"SUPERINTENDENT\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(204);
        assertThat(accounts.findById(officer.id()).orElseThrow().rank()).isEqualTo(Rank.SUPERINTENDENT);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'PRIVILEGED_ACTION' AND actor = ? "
                                + "AND detail LIKE 'recorded the rank of superintendent%'",
                        admin.username()))
                .isEqualTo(1);
        var listed = api.get("/api/v1/users", a);
        assertThat(listed.body()).contains("\"rank\":\"SUPERINTENDENT\"");
        var me = api.get("/api/v1/me", api.token(users, officer));
        assertThat(Json.read(me.body()).get("rank").asString()).isEqualTo("SUPERINTENDENT");

        var bad = api.send("PUT", "/api/v1/users/" + officer.id() + "/rank", a, "{\"rank\":\"COMMISSIONER\"}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("rank");
        var none = api.send("PUT", "/api/v1/users/" + officer.id() + "/rank", a, "{}");
        assertThat(none.status()).as(none.body()).isEqualTo(400);
        assertThat(none.body()).contains("\"rank\"");
        var own = api.send("PUT", "/api/v1/users/" + admin.id() + "/rank", a, "{\"rank\":\"CHIEF_SUPERINTENDENT\"}");
        assertThat(own.status()).as("nobody records their own rank").isEqualTo(403);
        var notAdmin = api.send(
                "PUT",
                "/api/v1/users/" + officer.id() + "/rank",
                api.token(users, users.create(Role.SUPERVISOR)),
                "{\"rank\":\"CONSTABLE\"}");
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(accounts.findById(officer.id()).orElseThrow().rank())
                .as("refusals change nothing")
                .isEqualTo(Rank.SUPERINTENDENT);
    }
}
