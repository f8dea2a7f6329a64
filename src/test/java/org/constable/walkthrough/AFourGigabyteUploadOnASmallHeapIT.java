package org.constable.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.constable.testsupport.Api;
import org.constable.testsupport.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An investigator uploads a 4 GiB recording to the packaged application started with a heap of
 * 256 MB ({@code -Xmx256m}) on an empty data folder: the bytes go over real HTTP in one resumable
 * PATCH from a generated stream (never held in memory on either side), the hash the server reports
 * is the one computed while sending, and the application is still running with no
 * OutOfMemoryError on its console. Runs in {@code ./mvnw verify} against the jar {@code package} built.
 */
class AFourGigabyteUploadOnASmallHeapIT {

    private static final long SIZE = 4L * 1024 * 1024 * 1024;
    private static final String PURPOSE = "Large upload check";
    private static final Duration UPLOAD_LIMIT = Duration.ofMinutes(30);

    static PackagedConstable app;

    @BeforeAll
    static void start() {
        app = PackagedConstable.startOwn("large-upload", List.of("-Xmx256m"));
        System.out.println("Packaged application with -Xmx256m healthy after "
                + app.startedIn().toMillis() + " ms");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
            // the console and database stay for reading after a failure; the 4 GiB do not
            try (var files = java.nio.file.Files.walk(app.dataFolder().resolve("evidence"))) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // nothing stored
            }
        }
    }

    @Test
    void four_gibibytes_arrive_whole_and_hashed_on_a_256_mb_heap() throws Exception {
        Api api = new Api(app.port());
        DemoLogins.DemoLogin investigator = app.demoLogins().logins().stream()
                .filter(l -> l.role().toLowerCase(java.util.Locale.ROOT).contains("investigat"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The console lists no demo investigator"));
        Api.Response signedIn = app.signIn(app.demoLogins(), investigator);
        assertThat(signedIn.status()).as("sign in: %s", signedIn.body()).isEqualTo(201);
        String token = Json.read(signedIn.body()).path("token").asString();

        Api.Response exhibits = api.get("/api/v1/exhibits?purpose=" + PURPOSE.replace(' ', '+'), token);
        assertThat(exhibits.status()).as("exhibits: %s", exhibits.body()).isEqualTo(200);
        long exhibit = Json.read(exhibits.body()).path(0).path("id").asLong();
        assertThat(exhibit).as("a demo exhibit: %s", exhibits.body()).isPositive();

        Api.Response created = api.post(
                "/api/v1/exhibits/" + exhibit + "/digital-evidence",
                token,
                "{\"fileName\":\"interview-4gib.bin\",\"mediaType\":\"application/octet-stream\",\"size\":" + SIZE
                        + "}");
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
        long item = Json.read(created.body()).path("id").asLong();

        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        HttpRequest patch = HttpRequest.newBuilder(
                        URI.create(app.baseUrl() + "/api/v1/digital-evidence/" + item + "/upload"))
                .timeout(UPLOAD_LIMIT)
                .header("Authorization", "Bearer " + token)
                .header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream")
                .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new DigestInputStream(new GeneratedBytes(SIZE), sent)),
                                SIZE))
                .build();
        Instant t0 = Instant.now();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> answer = http.send(patch, HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.between(t0, Instant.now());
        System.out.printf(
                "4 GiB through the resumable upload on -Xmx256m: %d s (%.0f MB/s)%n",
                took.toSeconds(), SIZE / 1e6 / Math.max(1, took.toMillis()) * 1000);

        String expected = HexFormat.of().formatHex(sent.digest());
        assertThat(answer.statusCode()).as("upload: %s", answer.body()).isEqualTo(200);
        JsonNode progress = Json.read(answer.body());
        assertThat(progress.path("received").asLong()).as("bytes received").isEqualTo(SIZE);
        assertThat(progress.path("sha256").asString())
                .as("the server's SHA-256 against the one computed while sending")
                .isEqualTo(expected);
        assertThat(app.isAlive()).as("the application is still running").isTrue();
        assertThat(app.consoleText()).as("console of %s", app.folder()).doesNotContain("OutOfMemoryError");
    }

    /** Pseudo-random bytes made as they are read: nothing of the 4 GiB is held in memory. */
    private static final class GeneratedBytes extends InputStream {
        private final SplittableRandom random = new SplittableRandom(20261207L);
        private long left;

        GeneratedBytes(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return random.nextInt(256);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            int i = 0;
            for (; i + 8 <= n; i += 8) {
                long v = random.nextLong();
                for (int k = 0; k < 8; k++) {
                    b[off + i + k] = (byte) (v >>> (k * 8));
                }
            }
            for (; i < n; i++) {
                b[off + i] = (byte) random.nextInt(256);
            }
            left -= n;
            return n;
        }
    }
}
