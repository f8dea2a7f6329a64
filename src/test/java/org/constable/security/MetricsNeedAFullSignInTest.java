package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.FormBrowser;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, M5: /actuator/prometheus answered a session that had passed only the password. Now
 * metrics need both factors and a role that reads metrics, or the configured scrape token.
 */
@SecurityHttpTest
class MetricsNeedAFullSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void aPasswordOnlySessionGetsNoMetrics() {
        var admin = users.create(Role.ADMINISTRATOR);
        FormBrowser halfway = new FormBrowser(port);
        assertThat(halfway.signInWithPasswordOnly(admin.username(), TestUsers.PASSWORD)
                        .statusCode())
                .isEqualTo(302);
        var r = halfway.get("/actuator/prometheus", "Accept", "text/plain");
        assertThat(r.statusCode()).as(r.body()).isNotEqualTo(200);
        assertThat(r.body()).doesNotContain("jvm_memory");
    }

    @Test
    void aFullySignedInAdministratorGetsMetricsAndADispatcherDoesNot() {
        FormBrowser admin = new FormBrowser(port);
        admin.signIn(users, users.create(Role.ADMINISTRATOR));
        var r = admin.get("/actuator/prometheus", "Accept", "text/plain");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("jvm_memory");

        FormBrowser dispatcher = new FormBrowser(port);
        dispatcher.signIn(users, users.create(Role.DISPATCHER));
        assertThat(dispatcher
                        .get("/actuator/prometheus", "Accept", "text/plain")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theScrapeTokenGetsMetricsThereAndNowhereElse() {
        Api api = new Api(port);
        var scraped = metrics(api, SecurityHttpTest.SCRAPE_TOKEN);
        assertThat(scraped.status()).as(scraped.body()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory");
        assertThat(metrics(api, SecurityHttpTest.SCRAPE_TOKEN + "x").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", SecurityHttpTest.SCRAPE_TOKEN).status())
                .as("the scrape token is no API token")
                .isEqualTo(401);
        assertThat(metrics(api, null).status()).isEqualTo(401);
    }

    private static Api.Response metrics(Api api, String token) {
        return api.send("GET", "/actuator/prometheus", token, null, "Accept", "text/plain");
    }
}
