package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.FormBrowser;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, low: the live board's event stream kept delivering after the account was disabled.
 * A stream now belongs to its user and session: disabling the account, or the session limits
 * ending the session, closes it.
 */
@SecurityHttpTest
class BoardStreamEndsWithAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    Api api;
    String handler;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        handler = api.token(users, users.create(Role.CALL_HANDLER));
    }

    @Test
    void disablingTheAccountClosesItsStreamsAndNothingMoreIsDelivered() throws Exception {
        var dispatcher = users.create(Role.DISPATCHER);
        String token = api.token(users, dispatcher);
        String watcher = api.token(users, users.create(Role.DISPATCHER));
        try (Api.EventStream stream = api.openStream("/api/v1/board/stream", token);
                Api.EventStream other = api.openStream("/api/v1/board/stream", watcher)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.awaitLine("connected", Duration.ofSeconds(10))).isNotNull();
            raiseIncident();
            assertThat(stream.awaitLine("raised", Duration.ofSeconds(10))).isNotNull();

            String admin = api.token(users, users.create(Role.ADMINISTRATOR));
            assertThat(api.post("/api/v1/users/" + dispatcher.id() + "/disable", admin, null)
                            .status())
                    .isEqualTo(204);
            assertThat(stream.awaitEnd(Duration.ofSeconds(10)))
                    .as("the disabled account's stream is closed")
                    .isTrue();

            raiseIncident();
            assertThat(other.awaitLine("raised", Duration.ofSeconds(10)))
                    .as("other users' streams go on")
                    .isNotNull();
            assertThat(stream.awaitLine("raised", Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void aBrowserSessionEndedByTheIdleLimitTakesItsStreamWithIt() throws Exception {
        FormBrowser browser = new FormBrowser(port);
        browser.signIn(users, users.create(Role.DISPATCHER));
        try (Api.EventStream stream = browser.openStream("/api/v1/board/stream")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.awaitLine("connected", Duration.ofSeconds(10))).isNotNull();
            clock.advance(Duration.ofMinutes(31));
            var locked = browser.get("/");
            assertThat(locked.statusCode()).isEqualTo(302);
            assertThat(stream.awaitEnd(Duration.ofSeconds(10)))
                    .as("the idle-locked session's stream is closed")
                    .isTrue();
        }
    }

    @Test
    void aTokenEndedByTheIdleLimitTakesItsStreamWithIt() throws Exception {
        String token = api.token(users, users.create(Role.DISPATCHER));
        try (Api.EventStream stream = api.openStream("/api/v1/board/stream", token)) {
            assertThat(stream.awaitLine("connected", Duration.ofSeconds(10))).isNotNull();
            clock.advance(Duration.ofMinutes(31));
            assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
            assertThat(stream.awaitEnd(Duration.ofSeconds(10))).isTrue();
        }
    }

    private void raiseIncident() {
        var call = api.post(
                "/api/v1/calls",
                handler,
                CommandAndControl.callAt(
                        CommandAndControl.freshArea(), CommandAndControl.thrive("HIGH", "HIGH", "HIGH", "LOW"), null));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
    }
}
