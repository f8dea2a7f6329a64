package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Time to the first byte of playback of an interview recording's working copy over HTTP (the
 * player's range request: from the start, and a seek into the middle), each read checked against
 * the working copy's recorded fingerprint and audited as a consultation, against, in the same run,
 * opening the same sealed file and reading the same bytes straight from it. The recording is a
 * 5-minute 640x360 video with sound made by Debian's ffmpeg. Medians of {@code rounds} reads after
 * warm-up; the ratio is Constable / direct read.
 *
 * <p>Not part of {@code ./mvnw verify}: {@code ./mvnw -B test -Dtest=PlaybackFirstByteBenchmark
 * -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@ConstableHttpTest
class PlaybackFirstByteBenchmark {

    static final int ROUNDS = Integer.getInteger("constable.benchmark.rounds", 50);
    static final int WARM_UP = 10;
    static final int SECONDS = 300;
    static final Path DIR = Path.of("target", "benchmarks", "playback").toAbsolutePath();
    static final String PURPOSE = "purpose=Interview%20review";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry r) throws IOException {
        Files.createDirectories(DIR);
        r.add("constable.evidence.storage-dir", () -> DIR.resolve("store").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void firstByteOfPlaybackAgainstReadingTheStoredFile() throws Exception {
        Path video = DIR.resolve("interview.mkv");
        makeVideo(video);
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        String investigator = api.token(users, users.create(Role.INVESTIGATOR));
        long exhibit = EvidenceBenchmarks.exhibitOfARecordedCrime(
                api, supervisor, clock.instant(), "2 Playback Row", "Playback", "PB/1", "S0002");
        long item = upload(api, investigator, exhibit, video);
        var marked = api.post("/api/v1/digital-evidence/" + item + "/recording", investigator, "{}");
        assertThat(marked.status()).as(marked.body()).isEqualTo(201);
        JsonNode rec = api.getJsonUntil(
                "/api/v1/recordings/" + item + "?" + PURPOSE,
                investigator,
                Duration.ofMinutes(10),
                j -> !j.get("state").asString().equals("WAITING")
                        && !j.get("state").asString().equals("DERIVING"));
        assertThat(rec.get("state").asString()).as(rec.toString()).isEqualTo("READY");
        String sha = rec.get("workingSha256").asString();
        long size = rec.get("workingSize").asLong();
        Path stored = DIR.resolve("store")
                .resolve("sha256")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
        assertThat(Files.size(stored)).isEqualTo(size);
        String url = "http://localhost:" + port + "/api/v1/recordings/" + item + "/working-copy?" + PURPOSE;
        long middle = size / 2;

        double firstPlay = firstByte(url, investigator, "bytes=0-", 0, stored);
        StringBuilder rows = new StringBuilder();
        for (long offset : new long[] {0, middle}) {
            List<Double> app = new ArrayList<>();
            List<Double> direct = new ArrayList<>();
            for (int i = 0; i < WARM_UP + ROUNDS; i++) {
                // alternate, so both see the same machine
                double a = firstByte(url, investigator, "bytes=" + offset + "-", offset, stored);
                double d = direct(stored, offset);
                if (i >= WARM_UP) {
                    app.add(a);
                    direct.add(d);
                }
            }
            double am = EvidenceBenchmarks.median(app);
            double dm = EvidenceBenchmarks.median(direct);
            rows.append(String.format(
                    Locale.ROOT,
                    "| %s (Range: bytes=%d-) | %.2f | %.3f | %.0f |%n",
                    offset == 0 ? "from the start" : "seek to the middle",
                    offset,
                    am,
                    dm,
                    am / dm));
        }
        String report = String.format(
                Locale.ROOT,
                "# Time to first byte of playback, %s%n%n"
                        + "Working copy of a %d s 640x360 video interview (%d bytes), %d reads per case after %d"
                        + " warm-up, medians in ms. First play after derivation: %.2f ms.%n%n"
                        + "| read | Constable: GET working copy, first body byte | direct: open the stored file,"
                        + " seek, read 64 KiB | ratio |%n| --- | --- | --- | --- |%n%s",
                LocalDate.now(),
                SECONDS,
                size,
                ROUNDS,
                WARM_UP,
                firstPlay,
                rows);
        BenchmarkSupport.publish("playback-first-byte", report);
    }

    /** Milliseconds from sending the request to holding the first byte of the body. */
    double firstByte(String url, String token, String range, long offset, Path stored) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Range", range)
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            int first = in.read();
            long t1 = System.nanoTime();
            assertThat(r.statusCode()).isEqualTo(206);
            assertThat(first).isEqualTo(byteAt(stored, offset));
            // the player would go on reading; here the connection is closed after the first byte
            return (t1 - t0) / 1e6;
        }
    }

    /** Milliseconds to open the stored file, seek and read the first 64 KiB from the offset. */
    static double direct(Path stored, long offset) throws IOException {
        long t0 = System.nanoTime();
        try (FileChannel ch = FileChannel.open(stored, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            ch.read(buf, offset);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    static int byteAt(Path stored, long offset) throws IOException {
        try (FileChannel ch = FileChannel.open(stored, StandardOpenOption.READ)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, offset);
            return one.get(0) & 0xff;
        }
    }

    static void makeVideo(Path out) throws Exception {
        if (Files.exists(out)) {
            return;
        }
        Process p = new ProcessBuilder(
                        "/usr/bin/ffmpeg",
                        "-nostdin",
                        "-hide_banner",
                        "-loglevel",
                        "error",
                        "-y",
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc=size=640x360:rate=25:duration=" + SECONDS,
                        "-f",
                        "lavfi",
                        "-i",
                        "sine=frequency=440:duration=" + SECONDS,
                        "-c:v",
                        "mpeg4",
                        "-q:v",
                        "5",
                        "-c:a",
                        "aac",
                        "-shortest",
                        "-f",
                        "matroska",
                        out.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(said).isZero();
    }

    long upload(Api api, String token, long exhibit, Path file) throws Exception {
        var r = api.post(
                "/api/v1/exhibits/" + exhibit + "/digital-evidence",
                token,
                "{\"fileName\":\"interview.mkv\",\"mediaType\":\"video/x-matroska\",\"size\":" + Files.size(file)
                        + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long item = Json.read(r.body()).get("id").asLong();
        var done = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/digital-evidence/" + item + "/upload"))
                        .header("Authorization", "Bearer " + token)
                        .header("Upload-Offset", "0")
                        .header("Content-Type", "application/offset+octet-stream")
                        .method("PATCH", HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        return item;
    }
}
