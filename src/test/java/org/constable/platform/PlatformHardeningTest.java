package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.Problems.problem;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The platform-level findings of the outside security test: redirects never built from the Host
 * header, no session for an API call nobody signed in to, a 401 problem (not a redirect) for an API
 * call on a half-finished sign-in, a Permissions-Policy on every response, and an OpenAPI document
 * that says how to authenticate.
 */
@ConstableHttpTest
class PlatformHardeningTest {

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
    void aRedirectNeverCarriesTheHostAClientSent() throws Exception {
        // java.net.http will not send a Host header of our choosing, so speak HTTP/1.1 on a socket
        for (String path : new String[] {"/people", "/", "/logout"}) {
            String location = locationFor(path, "attacker.example");
            assertThat(location)
                    .as(path)
                    .isNotNull()
                    .doesNotContain("attacker.example")
                    .startsWith("/");
        }
    }

    @Test
    void anApiCallNobodySignedInToOpensNoSession() {
        var r = api.get("/api/v1/persons/1?purpose=Checking", null);
        problem(r, 401);
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
        var token = api.get("/api/v1/me", "not-a-token");
        assertThat(token.status()).isEqualTo(401);
        assertThat(token.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anApiCallOnASessionWithOnlyThePasswordIsA401ProblemNotARedirect() throws Exception {
        var user = users.create(Role.DISPATCHER);
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> login = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        String form = "username=" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(login.body());
        HttpResponse<String> password = browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(password.statusCode()).as(password.body()).isEqualTo(302);

        HttpResponse<String> apiCall = browser.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = browser.send(get("/board"), HttpResponse.BodyHandlers.ofString());

        assertThat(apiCall.statusCode()).as(apiCall.body()).isEqualTo(401);
        assertThat(apiCall.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(Json.read(apiCall.body()).path("detail").asString()).contains("one-time code");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/login/totp"));
    }

    @Test
    void everyResponseForbidsCameraMicrophoneAndLocation() {
        String token = api.token(users, users.create(Role.SUPERVISOR));
        for (var r : new Api.Response[] {
            api.get("/api/v1/me", token), api.get("/login", null), api.get("/api/v1/persons/abc", token)
        }) {
            assertThat(r.headers().firstValue("Permissions-Policy"))
                    .hasValueSatisfying(p -> assertThat(p)
                            .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"));
        }
    }

    @Test
    void theOpenApiDocumentDeclaresBearerAndSessionAndAppliesThem() {
        JsonNode doc = Json.read(api.get("/api/v1/openapi", null).body());
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("bearerToken").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("bearerToken").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("sessionCookie").path("in").asString()).isEqualTo("cookie");
        assertThat(doc.path("security").toString()).contains("bearerToken", "sessionCookie");
        JsonNode tokens = doc.path("paths").path("/api/v1/tokens").path("post");
        assertThat(tokens.path("security").isArray()).isTrue();
        assertThat(tokens.path("security").size()).isZero();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private String locationFor(String path, String host) throws IOException {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                            + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("(?im)^Location:\\s*(\\S+)").matcher(head);
            return m.find() ? m.group(1) : null;
        }
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(html);
        assertThat(m.find()).as("a CSRF field in the form").isTrue();
        return URLEncoder.encode(m.group(1) != null ? m.group(1) : m.group(2), StandardCharsets.UTF_8);
    }
}
