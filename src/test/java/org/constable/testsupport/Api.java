package org.constable.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import tools.jackson.databind.JsonNode;

/** A minimal real-HTTP client for API tests: JSON in, status and body out. */
public final class Api {

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {}

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public Response send(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    /**
     * Gets the JSON at {@code path} (asserting 200 each time) until it satisfies {@code found}, for at
     * most {@code atMost}; returns the last answer either way, so that the caller's assertions say
     * what was missing.
     */
    public JsonNode getJsonUntil(String path, String token, Duration atMost, Predicate<JsonNode> found) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        try {
            return Awaitility.await("GET " + path + " answers as expected")
                    .atMost(atMost)
                    .pollInterval(Duration.ofMillis(50))
                    .until(
                            () -> {
                                Response r = get(path, token);
                                assertThat(r.status()).as(r.body()).isEqualTo(200);
                                last.set(Json.read(r.body()));
                                return last.get();
                            },
                            found);
        } catch (ConditionTimeoutException e) {
            return last.get();
        }
    }

    public Response post(String path, String token, String json, String... headers) {
        return send("POST", path, token, json, headers);
    }

    /**
     * Opens a Server-Sent Events stream, waits only for the status line and headers, and closes it:
     * such a stream never ends by itself.
     */
    public int openStreamStatus(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .header("Accept", "text/event-stream, application/problem+json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<java.io.InputStream> r = CLIENT.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            r.body().close();
            return r.statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no response from the stream " + path, e);
        }
    }

    /** An open Server-Sent Events stream: its status and the lines received so far. */
    public static final class EventStream implements AutoCloseable {
        private final int status;
        private final java.util.stream.Stream<String> body;
        private final java.util.concurrent.BlockingQueue<String> lines =
                new java.util.concurrent.LinkedBlockingQueue<>();
        private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);

        EventStream(HttpResponse<java.util.stream.Stream<String>> response) {
            this.status = response.statusCode();
            this.body = response.body();
            Thread reader = new Thread(
                    () -> {
                        try {
                            body.forEach(lines::add);
                        } catch (RuntimeException closed) {
                            // the test hung up
                        } finally {
                            ended.countDown();
                        }
                    },
                    "test-event-stream");
            reader.setDaemon(true);
            reader.start();
        }

        public int status() {
            return status;
        }

        /** Waits up to {@code timeout} for a line containing {@code text}; null if none came. */
        public String awaitLine(String text, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            for (long left = timeout.toNanos(); left > 0; left = end - System.nanoTime()) {
                String line = lines.poll(left, java.util.concurrent.TimeUnit.NANOSECONDS);
                if (line != null && line.contains(text)) {
                    return line;
                }
            }
            return null;
        }

        /** Every line that arrives within {@code window} (and those waiting already), in order. */
        public java.util.List<String> linesWithin(Duration window) throws InterruptedException {
            java.util.List<String> got = new java.util.ArrayList<>();
            long end = System.nanoTime() + window.toNanos();
            for (long left = window.toNanos(); left > 0; left = end - System.nanoTime()) {
                String line = lines.poll(left, java.util.concurrent.TimeUnit.NANOSECONDS);
                if (line != null) {
                    got.add(line);
                }
            }
            lines.drainTo(got);
            return got;
        }

        /** Waits up to {@code timeout} for the server to end the stream; true if it did. */
        public boolean awaitEnd(Duration timeout) throws InterruptedException {
            return ended.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            body.close();
        }
    }

    /** Opens a Server-Sent Events stream and keeps reading it until closed. */
    public EventStream openStream(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .GET()
                .header("Accept", "text/event-stream, application/problem+json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return new EventStream(CLIENT.sendAsync(b.build(), HttpResponse.BodyHandlers.ofLines())
                    .get(10, java.util.concurrent.TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no response from the stream " + path, e);
        }
    }

    /** The username a bearer token belongs to, from GET /api/v1/me. */
    public String username(String token) {
        Response me = get("/api/v1/me", token);
        if (me.status() != 200) {
            throw new IllegalStateException("GET /api/v1/me failed: " + me.status() + " " + me.body());
        }
        return me.body().replaceAll(".*\"username\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** Signs a user in through POST /api/v1/tokens and returns the bearer token. */
    public String token(TestUsers users, TestUsers.TestUser user) {
        Response r = post(
                "/api/v1/tokens",
                null,
                "{\"username\":\"" + user.username() + "\",\"password\":\"" + TestUsers.PASSWORD + "\",\"code\":\""
                        + users.freshCode(user) + "\"}");
        if (r.status() != 201) {
            throw new IllegalStateException("token issue failed: " + r.status() + " " + r.body());
        }
        return r.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
}
