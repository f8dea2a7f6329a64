package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.Role;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.FormBrowser;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, low: the CSRF check was skipped for any request with an Authorization header, so a
 * request riding on a browser session's cookie with "Authorization: Basic ..." went through
 * without a CSRF token. Only a request that a valid bearer token authenticated is exempt now.
 */
@SecurityHttpTest
class CsrfIsSkippedOnlyForAValidBearerTokenTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Test
    void aSessionRequestWithSomeOtherAuthorizationHeaderStillNeedsItsCsrfToken() {
        FormBrowser browser = new FormBrowser(port);
        browser.signIn(users, users.create(Role.INVESTIGATOR));
        String surname = "Forged" + System.nanoTime() % 100000;
        String person = "{\"forename\":\"Cross\",\"surname\":\"" + surname + "\",\"restricted\":false}";

        var forged = browser.postJson("/api/v1/persons", person, "Authorization", "Basic Zm9vOmJhcg==");
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        var other = browser.postJson("/api/v1/persons", person, "Authorization", "Whatever");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(db.count("SELECT count(*) FROM people.person WHERE surname = ?", surname))
                .isZero();

        browser.get("/");
        var withToken = browser.postJson("/api/v1/persons", person, "X-CSRF-TOKEN", browser.csrf());
        assertThat(withToken.statusCode())
                .as("with the CSRF token it is fine: " + withToken.body())
                .isEqualTo(201);
    }
}
