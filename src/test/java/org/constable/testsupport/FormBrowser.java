package org.constable.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping stand-in for a browser over java.net.http: signs in through the two sign-in
 * forms (or only the password one), then GETs and POSTs with the session cookie, taking the CSRF
 * token from the last page it read. For tests of sessions, forms and headers; pages that need
 * scripts use Playwright (Browser).
 */
public final class FormBrowser {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String csrf;

    public FormBrowser(int port) {
        this.port = port;
    }

    /** Only the first factor: the session holds the password factor and nothing more. */
    public HttpResponse<String> signInWithPasswordOnly(String username, String password) {
        HttpResponse<String> form = get("/login");
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf(form.body())));
    }

    /** Both factors; the response of the code step (302 to / on success). */
    public HttpResponse<String> signIn(TestUsers users, TestUsers.TestUser user) {
        HttpResponse<String> password = signInWithPasswordOnly(user.username(), TestUsers.PASSWORD);
        if (password.statusCode() != 302
                || !password.headers().firstValue("Location").orElse("").endsWith("/login/totp")) {
            throw new IllegalStateException("password step failed: " + password.statusCode() + " " + password.body());
        }
        HttpResponse<String> page = get("/login/totp");
        return postForm("/login/totp", Map.of("code", users.freshCode(user), "_csrf", csrf(page.body())));
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(base() + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = send(b);
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return r;
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A JSON POST with the session cookie and the given extra headers (and no CSRF token unless given). */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    /** The CSRF token of the last page read that had a form. */
    public String csrf() {
        return csrf;
    }

    /** Opens a Server-Sent Events stream in this session. */
    public Api.EventStream openStream(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .GET()
                .header("Accept", "text/event-stream")
                .build();
        try {
            return new Api.EventStream(client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .get(10, java.util.concurrent.TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no response from the stream " + path, e);
        }
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF field in the form:\n" + html);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
