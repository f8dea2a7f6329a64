package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.Problems.problem;

import java.util.List;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Whatever fails, and wherever (a handler, a library, an internal check, a filter, the container),
 * an API client gets an RFC 9457 problem and a person a readable page; a 500 says only that
 * something went wrong and gives the reference to quote, never the exception's words.
 */
@ConstableHttpTest
class ErrorBodiesAreProblemsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    Api api;
    String officer;
    List<RequestMappingInfo> failing;

    @BeforeEach
    void setUp() {
        failing = FailingOnPurpose.register(mappings);
        api = new Api(port);
        officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
    }

    @AfterEach
    void removeTheFailingEndpoints() {
        FailingOnPurpose.unregister(mappings, failing);
    }

    @Test
    void aBugInAnApiHandlerIsA500ProblemWithAReferenceAndNoExceptionText() {
        var r = api.get("/api/v1/test-failures/bug", officer);
        JsonNode body = problem(r, 500);
        assertThat(r.body()).doesNotContain("SECRET", "IllegalState", "hunter2");
        assertThat(body.path("correlationId").asString())
                .isNotBlank()
                .isEqualTo(r.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    @Test
    void aLibrarysOrAnInternalChecksRefusalIsNeverRepeated() {
        var library = api.get("/api/v1/test-failures/library", officer);
        problem(library, 400);
        assertThat(library.body()).doesNotContain("SECRET", "enum constant");
        var internal = api.get("/api/v1/test-failures/internal-check", officer);
        problem(internal, 400);
        assertThat(internal.body()).doesNotContain("SECRET", "record type");
    }

    @Test
    void anIllegalArgumentRaisedByConstablesOwnCodeIsAnsweredWithoutItsWords() {
        var r = api.get("/api/v1/test-failures/own-check", officer);
        JsonNode body = problem(r, 400);
        assertThat(body.path("detail").asString()).isEqualTo("A value in the request is not valid.");
        assertThat(r.body()).doesNotContain("SECRET", "hunter2", "jdbc", "IllegalArgument");
    }

    @Test
    void anIllegalArgumentRaisedByConstablesOwnCodeBehindAPageIsNotShownEither() {
        var r = api.send("GET", "/test-failures/own-check", officer, null, "Accept", "text/html");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("A value in the request is not valid.").doesNotContain("SECRET", "hunter2");
    }

    @Test
    void aUsersMistakeIsSaidInItsOwnWordsNamingTheField() {
        var r = api.get("/api/v1/test-failures/user-mistake", officer);
        JsonNode body = problem(r, 400);
        assertThat(body.path("detail").asString()).isEqualTo("callsign must be 2 to 10 letters and digits.");
        assertThat(body.path("field").asString()).isEqualTo("callsign");
    }

    @Test
    void anExceptionRaisedInAFilterIsAProblemToo() {
        var r = api.get("/api/v1/test-failures/in-a-filter", officer);
        problem(r, 500);
        assertThat(r.body()).doesNotContain("SECRET", "hunter2", "trace");
    }

    @Test
    void aBugBehindAPageIsAReadablePageWithoutTheException() {
        var r = api.send("GET", "/test-failures/bug", officer, null, "Accept", "text/html");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(r.body())
                .contains("Something went wrong", "Reference")
                .doesNotContain("SECRET", "IllegalState", "at org.");
    }

    @Test
    void visitingTheErrorPageItselfIsAPlain404NotStatus999() {
        var page = api.send("GET", "/error", null, null, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("999");
        var json = api.get("/error", officer);
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("999");
    }

    @Test
    void anAddressTheServerRefusesBeforeAnyHandlerIsStillAProblemOrAPlainPage() {
        JsonNode body = problem(api.get("/api/v1/persons/1%2F2", officer), 400);
        assertThat(body.toString()).doesNotContain("Tomcat");
        var page = api.send("GET", "/people/%00", officer, null, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("Tomcat", "Exception", "Tahoma");
    }

    @Test
    void aFrameworkErrorOnAPageIsAPageAndOnTheApiAProblem() {
        problem(api.send("DELETE", "/api/v1/crimes", officer, null), 405);
        var page = api.send("DELETE", "/people", officer, null, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(405);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
    }
}
