package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, low: the idempotency hash left out the query string, so a second request that differed
 * only there got the first one's response; and a replay skipped authorisation, so a user whose role
 * was revoked still got the stored response. Both are closed.
 */
@SecurityHttpTest
class IdempotentReplayIsCheckedAgainTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void theSameKeyWithAnotherQueryStringIsAnotherRequest() {
        String token = api.token(users, users.create(Role.INVESTIGATOR));
        String key = "query-" + System.nanoTime();
        String body = "{\"forename\":\"Quinn\",\"surname\":\"Query\",\"restricted\":false}";
        var first = api.post("/api/v1/persons?source=a", token, body, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        var same = api.post("/api/v1/persons?source=a", token, body, "Idempotency-Key", key);
        assertThat(same.status()).isEqualTo(201);
        assertThat(same.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        var other = api.post("/api/v1/persons?source=b", token, body, "Idempotency-Key", key);
        assertThat(other.status()).as(other.body()).isEqualTo(422);
    }

    @Test
    void aReplayIsRefusedOnceTheUserMayNoLongerDoIt() {
        var officer = users.create(Role.INVESTIGATOR);
        String token = api.token(users, officer);
        String key = "revoked-" + System.nanoTime();
        String body = "{\"forename\":\"Rae\",\"surname\":\"Replay\",\"restricted\":false}";
        assertThat(api.post("/api/v1/persons", token, body, "Idempotency-Key", key)
                        .status())
                .isEqualTo(201);

        String admin = api.token(users, users.create(Role.ADMINISTRATOR));
        assertThat(api.send("DELETE", "/api/v1/users/" + officer.id() + "/roles/INVESTIGATOR", admin, null)
                        .status())
                .isEqualTo(204);

        var replay = api.post("/api/v1/persons", token, body, "Idempotency-Key", key);
        assertThat(replay.status()).as(replay.body()).isEqualTo(403);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(replay.body()).doesNotContain("\"id\"");
    }
}
