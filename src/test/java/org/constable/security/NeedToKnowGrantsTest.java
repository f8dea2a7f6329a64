package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, M4: a supervisor granted itself need-to-know, to ids that did not exist yet and to
 * disabled users, and nothing could be revoked. A grant now needs a second person (the grantee is
 * never the granter), an existing record (asked of the module that owns it), an active user, and
 * carries an expiry; it can be revoked; grants and revocations are audited.
 */
@SecurityHttpTest
class NeedToKnowGrantsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    Api api;
    TestUsers.TestUser supervisorUser;
    String supervisor;
    TestUsers.TestUser officerUser;
    String officer;
    long person;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        supervisorUser = users.create(Role.SUPERVISOR);
        supervisor = api.token(users, supervisorUser);
        officerUser = users.create(Role.INVESTIGATOR);
        officer = api.token(users, officerUser);
        person = Json.read(api.post(
                                "/api/v1/persons",
                                supervisor,
                                "{\"forename\":\"Nell\",\"surname\":\"Known\",\"restricted\":true}")
                        .body())
                .get("id")
                .asLong();
    }

    @Test
    void aSupervisorCannotGrantItselfNeedToKnow() {
        var self = grant("person", person, supervisorUser.id(), null);
        assertThat(self.status()).as(self.body()).isEqualTo(403);
        assertThat(api.get("/api/v1/persons/" + person + "?purpose=Investigation", supervisor)
                        .status())
                .isEqualTo(404);
        assertThat(grants(supervisorUser.id())).isZero();
    }

    @Test
    void aGrantNamesARecordThatExistsOfAKnownTypeAndAnActiveUser() {
        var unknownType = grant("spaceship", person, officerUser.id(), null);
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.body()).contains("recordType");

        var notYet = grant("person", person + 5_000_000, officerUser.id(), null);
        assertThat(notYet.status()).as("an id that does not exist yet").isEqualTo(404);

        var disabledUser = users.create(Role.INVESTIGATOR);
        String admin = api.token(users, users.create(Role.ADMINISTRATOR));
        assertThat(api.post("/api/v1/users/" + disabledUser.id() + "/disable", admin, null)
                        .status())
                .isEqualTo(204);
        var disabled = grant("person", person, disabledUser.id(), null);
        assertThat(disabled.status()).isEqualTo(400);
        assertThat(disabled.body()).contains("userId");

        assertThat(grants(officerUser.id())).isZero();
        assertThat(grants(disabledUser.id())).isZero();

        // the owning modules answer for their own records: an incident and a crime can be named too
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        long incident = Json.read(api.post(
                                "/api/v1/calls",
                                handler,
                                CommandAndControl.callAt(
                                        CommandAndControl.freshArea(),
                                        CommandAndControl.thrive("LOW", "LOW", "LOW", "LOW"),
                                        null))
                        .body())
                .get("incidentId")
                .asLong();
        assertThat(grant("incident", incident, officerUser.id(), null).status()).isEqualTo(204);
        assertThat(grant("incident", incident + 5_000_000, officerUser.id(), null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aGrantEndsAtItsExpiry() {
        var r = grant("person", person, officerUser.id(), clock.instant().plus(Duration.ofHours(1)));
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(open()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(61));
        officer = api.token(users, officerUser);
        supervisor = api.token(users, supervisorUser);
        assertThat(open()).as("after the expiry").isEqualTo(404);

        var listed = Json.read(api.get("/api/v1/need-to-know?recordType=person&recordId=" + person, supervisor)
                .body());
        assertThat(listed.get(0).get("state").asString()).isEqualTo("EXPIRED");
        assertThat(listed.get(0).get("grantedBy").asString()).isEqualTo(supervisorUser.username());

        var past = grant("person", person, officerUser.id(), clock.instant().minusSeconds(1));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("expiresAt");
        var tooLong = grant("person", person, officerUser.id(), clock.instant().plus(Duration.ofDays(400)));
        assertThat(tooLong.status()).isEqualTo(400);
    }

    @Test
    void aGrantCanBeRevokedAndTheRevocationIsAudited() {
        var r = grant("person", person, officerUser.id(), null);
        assertThat(r.status()).isEqualTo(204);
        long grantId =
                Long.parseLong(r.headers().firstValue("Need-To-Know-Grant").orElseThrow());
        assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/need-to-know/" + grantId);
        assertThat(open()).isEqualTo(200);

        String other = api.token(users, users.create(Role.SUPERVISOR));
        assertThat(api.post("/api/v1/need-to-know/" + grantId + "/revocation", other, null)
                        .status())
                .isEqualTo(204);
        assertThat(open()).as("revoked").isEqualTo(404);
        assertThat(api.post("/api/v1/need-to-know/" + grantId + "/revocation", other, null)
                        .status())
                .as("revoked already")
                .isEqualTo(409);

        var listed = Json.read(api.get("/api/v1/need-to-know?userId=" + officerUser.id(), supervisor)
                .body());
        assertThat(listed.get(0).get("state").asString()).isEqualTo("REVOKED");
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'PRIVILEGED_ACTION' "
                                + "AND detail LIKE ? AND record_refs = ?",
                        "revoked need-to-know grant " + grantId + "%",
                        "person:" + person))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'PRIVILEGED_ACTION' "
                                + "AND detail LIKE ? AND record_refs = ?",
                        "granted need-to-know on person:" + person + " to user " + officerUser.username() + "%",
                        "person:" + person))
                .isEqualTo(1);
    }

    private int open() {
        return api.get("/api/v1/persons/" + person + "?purpose=Investigation", officer)
                .status();
    }

    private Api.Response grant(String type, long id, long userId, java.time.Instant expiresAt) {
        return api.post(
                "/api/v1/need-to-know",
                supervisor,
                "{\"recordType\":\"" + type + "\",\"recordId\":" + id + ",\"userId\":" + userId
                        + (expiresAt == null ? "" : ",\"expiresAt\":\"" + expiresAt + "\"") + "}");
    }

    private long grants(long userId) {
        return db.count("SELECT count(*) FROM identity.need_to_know WHERE user_id = ?", userId);
    }
}
