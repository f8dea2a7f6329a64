package org.constable.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** CJIS sign-in rules: lockout, a one-time second factor, and idle and absolute session limits. */
@ConstableHttpTest
class LockoutMfaAndSessionLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    // ---- lockout and the second factor -------------------------------------------------------

    @Test
    void fiveWrongPasswordsLockTheAccountIndistinguishablyUntilTenMinutesPass() {
        var user = users.create(Role.DISPATCHER);
        for (int i = 0; i < 5; i++) {
            var r = signIn(user.username(), "not the password at all", codeNow(user));
            assertThat(r.status()).isEqualTo(401);
        }
        var unknown = signIn("nobody-" + System.nanoTime(), TestUsers.PASSWORD, "123456");

        var locked = signIn(user.username(), TestUsers.PASSWORD, users.freshCode(user));

        assertThat(locked.status()).isEqualTo(unknown.status()).isEqualTo(401);
        assertThat(comparable(locked)).isEqualTo(comparable(unknown));
        assertThat(locked.headers().firstValue("Content-Type"))
                .isEqualTo(unknown.headers().firstValue("Content-Type"));

        clock.advance(Duration.ofMinutes(10));
        var after = signIn(user.username(), TestUsers.PASSWORD, users.freshCode(user));
        assertThat(after.status()).as(after.body()).isEqualTo(201);
    }

    @Test
    void aWrongOneTimeCodeFailsLikeAWrongPassword() {
        var user = users.create(Role.DISPATCHER);
        String right = users.freshCode(user);
        String wrong = right.equals("000000") ? "111111" : "000000";
        var r = signIn(user.username(), TestUsers.PASSWORD, wrong);
        var badPassword = signIn(users.create(Role.DISPATCHER).username(), "wrong wrong wrong", right);
        assertThat(r.status()).isEqualTo(401);
        assertThat(comparable(r)).isEqualTo(comparable(badPassword));
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() {
        var user = users.create(Role.DISPATCHER);
        String code = users.freshCode(user);
        assertThat(signIn(user.username(), TestUsers.PASSWORD, code).status()).isEqualTo(201);
        var replay = signIn(user.username(), TestUsers.PASSWORD, code);
        assertThat(replay.status()).isEqualTo(401);
    }

    // ---- bearer token limits -----------------------------------------------------------------

    @Test
    void aTokenSurvives29IdleMinutesButNot31() {
        var user = users.create(Role.DISPATCHER);
        String token = api.token(users, user);
        clock.advance(Duration.ofMinutes(29));
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(31));
        var idle = api.get("/api/v1/me", token);
        assertThat(idle.status()).isEqualTo(401);
        assertThat(idle.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.get("/api/v1/me", token).status())
                .as("an idle-locked token stays locked")
                .isEqualTo(401);
    }

    @Test
    void aTokenInUseEveryTwentyMinutesStopsAtTwelveHours() {
        var user = users.create(Role.DISPATCHER);
        // issue at an instant with a sub-microsecond remainder the database would round up
        clock.advance(Duration.ofNanos(999 - clock.instant().getNano() % 1000));
        String token = api.token(users, user);
        Duration used = Duration.ZERO;
        while (used.plusMinutes(20).compareTo(Duration.ofHours(12)) < 0) {
            clock.advance(Duration.ofMinutes(20));
            used = used.plusMinutes(20);
            assertThat(api.get("/api/v1/me", token).status())
                    .as("after " + used)
                    .isEqualTo(200);
        }
        clock.advance(Duration.ofHours(12).minus(used));
        assertThat(api.get("/api/v1/me", token).status()).as("at 12 hours").isEqualTo(401);
    }

    // ---- password policy ---------------------------------------------------------------------

    @Test
    void aCommonOrShortPasswordIsRefusedAndNoUserIsStored() {
        String admin = api.token(users, users.create(Role.ADMINISTRATOR));
        for (String password : new String[] {"password123", "Xq7#mPz"}) {
            String username = "weak" + Long.toString(System.nanoTime(), 36);
            var r = api.post(
                    "/api/v1/users",
                    admin,
                    "{\"username\":\"" + username + "\",\"displayName\":\"Weak Password\"," + "\"password\":\""
                            + password + "\",\"roles\":[\"DISPATCHER\"]}");
            assertThat(r.status()).as(password + ": " + r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
            assertThat(db.count("SELECT count(*) FROM identity.app_user WHERE username = ?", username))
                    .isZero();
        }
    }

    // ---- browser sessions --------------------------------------------------------------------

    @Test
    void aBrowserSessionLocksAfterThirtyIdleMinutes() {
        var user = users.create(Role.DISPATCHER);
        Browser browser = new Browser();
        browser.signIn(user);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(29));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(30));
        var locked = browser.get("/");
        assertThat(locked.statusCode()).isEqualTo(302);
        assertThat(locked.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?idle"));
        var after = browser.get("/");
        assertThat(after.statusCode()).as("the locked session is gone").isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void aSecureConsoleIsNotIdleLockedButStillEndsAtTwelveHours() {
        String admin = api.token(users, users.create(Role.ADMINISTRATOR));
        var terminal = api.post(
                "/api/v1/terminals",
                admin,
                "{\"name\":\"Control room " + System.nanoTime() + "\",\"secureConsole\":true}");
        assertThat(terminal.status()).as(terminal.body()).isEqualTo(201);
        String terminalToken = Json.read(terminal.body()).get("token").asString();

        var user = users.create(Role.DISPATCHER);
        Browser console = new Browser();
        console.setCookie("CONSTABLE_TERMINAL", terminalToken);
        console.signIn(user);

        clock.advance(Duration.ofMinutes(45));
        assertThat(console.get("/").statusCode())
                .as("no idle lock on a secure console")
                .isEqualTo(200);
        for (int hour = 1; hour < 12; hour++) {
            clock.advance(Duration.ofMinutes(60));
        }
        // 11 h 45 in: still within the absolute limit
        assertThat(console.get("/").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(15));
        var ended = console.get("/");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
    }

    @Test
    void anUnregisteredTerminalCookieDoesNotExemptFromTheIdleLock() {
        var user = users.create(Role.DISPATCHER);
        Browser browser = new Browser();
        browser.setCookie("CONSTABLE_TERMINAL", "made-up-terminal-token");
        browser.signIn(user);
        clock.advance(Duration.ofMinutes(31));
        var locked = browser.get("/");
        assertThat(locked.statusCode()).isEqualTo(302);
        assertThat(locked.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?idle"));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private Api.Response signIn(String username, String password, String code) {
        return api.post(
                "/api/v1/tokens",
                null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"code\":\"" + code + "\"}");
    }

    /** The current code without moving the clock (for attempts that fail before the code is checked). */
    private String codeNow(TestUsers.TestUser user) {
        return Rfc6238Totp.codeAt(user.totpSecret(), clock.instant());
    }

    /** A problem body without what differs per request. */
    private static Map<String, String> comparable(Api.Response r) {
        JsonNode node = Json.read(r.body());
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : node.propertyNames()) {
            if (!name.equals("correlationId") && !name.equals("instance")) {
                out.put(name, node.get(name).toString());
            }
        }
        return out;
    }

    /** A cookie-keeping browser stand-in over java.net.http that signs in through the two login forms. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        void setCookie(String name, String value) {
            HttpCookie cookie = new HttpCookie(name, value);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create(base()), cookie);
        }

        void signIn(TestUsers.TestUser user) {
            var loginPage = get("/login");
            assertThat(loginPage.statusCode()).isEqualTo(200);
            var password = postForm(
                    "/login",
                    Map.of(
                            "username",
                            user.username(),
                            "password",
                            TestUsers.PASSWORD,
                            "_csrf",
                            csrf(loginPage.body())));
            assertThat(password.statusCode()).as(password.body()).isEqualTo(302);
            assertThat(password.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login/totp"));
            var totpPage = get("/login/totp");
            assertThat(totpPage.statusCode()).isEqualTo(200);
            var totp = postForm("/login/totp", Map.of("code", users.freshCode(user), "_csrf", csrf(totpPage.body())));
            assertThat(totp.statusCode()).as(totp.body()).isEqualTo(302);
            assertThat(totp.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
            assertThat(get("/").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields) {
            String form = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(
                        request.header("Accept", "text/html")
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private String base() {
            return "http://localhost:" + port;
        }

        private static String csrf(String html) {
            Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                    .matcher(html);
            assertThat(m.find()).as("a CSRF field in the form:\n" + html).isTrue();
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
    }
}
