package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.S3CompatibleServer;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Ingest of a 2 GiB file through Constable's upload path (create the item, one streamed PATCH over
 * HTTP, SHA-256 as the bytes arrive, sealed under the hash) against, in the same run, what the
 * machine does without Constable: {@code sha256sum} of the file plus a copy of it - {@code cp} into
 * the same disk for the folder store, an upload of the file with the plain S3 client (one PUT of
 * the file) for the object store. Rounds alternate; the report gives medians and the ratio of
 * throughputs (baseline time / Constable time; 1.0 means as fast as the tools).
 *
 * <p>Not part of {@code ./mvnw verify}: run with {@code ./mvnw -B test -Dtest=EvidenceIngestBenchmark
 * -Dconstable.benchmark=true -Dconstable.benchmark.store=folder} (or {@code =s3}).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@ConstableHttpTest
class EvidenceIngestBenchmark {

    static final long SIZE = 2L * 1024 * 1024 * 1024;
    static final int ROUNDS = Integer.getInteger("constable.benchmark.rounds", 5);
    static final String STORE = System.getProperty("constable.benchmark.store", "folder");
    static final Path DIR = Path.of("target", "benchmarks", "ingest").toAbsolutePath();
    static final String BUCKET = "constable-ingest-" + System.nanoTime();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry r) throws IOException {
        Files.createDirectories(DIR);
        r.add("constable.evidence.storage-dir", () -> DIR.resolve("store").toString());
        if (STORE.equals("s3")) {
            var server = S3CompatibleServer.get();
            server.bucket(BUCKET);
            System.setProperty("aws.accessKeyId", S3CompatibleServer.IDENTITY);
            System.setProperty("aws.secretAccessKey", S3CompatibleServer.CREDENTIAL);
            r.add("constable.evidence.storage", () -> "s3");
            r.add("constable.evidence.s3.endpoint", server::endpoint);
            r.add("constable.evidence.s3.region", () -> S3CompatibleServer.REGION);
            r.add("constable.evidence.s3.bucket", () -> BUCKET);
            r.add("constable.evidence.s3.path-style", () -> "true");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    HttpClient http = HttpClient.newHttpClient();

    @Test
    void ingestOfTwoGigabytesAgainstSha256sumPlusACopy() throws Exception {
        Path file = DIR.resolve("ingest-2g.bin");
        if (!Files.exists(file) || Files.size(file) != SIZE) {
            write(file);
        }
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        String investigator = api.token(users, users.create(Role.INVESTIGATOR));
        long exhibit = EvidenceBenchmarks.exhibitOfARecordedCrime(
                api, supervisor, clock.instant(), "1 Ingest Row", "Ingest", "IB/1", "S0001");

        List<Double> constable = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        String sha = null;
        for (int round = 0; round <= ROUNDS; round++) {
            // each round stores different bytes, so nothing is found already held
            touch(file, round);
            long t0 = System.nanoTime();
            String toolSha = baseline(file);
            long t1 = System.nanoTime();
            sha = ingest(api, investigator, exhibit, file);
            long t2 = System.nanoTime();
            assertThat(sha).isEqualTo(toolSha);
            if (round > 0) { // round 0 warms up the JIT, the page cache and the connections
                baseline.add((t1 - t0) / 1e9);
                constable.add((t2 - t1) / 1e9);
            }
            System.out.printf(
                    Locale.ROOT,
                    "[benchmark] %s round %d: baseline %.2f s, Constable %.2f s%n",
                    STORE,
                    round,
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9);
            cleanUp();
        }
        double b = EvidenceBenchmarks.median(baseline);
        double c = EvidenceBenchmarks.median(constable);
        double mib = SIZE / 1024.0 / 1024.0;
        String report = String.format(
                Locale.ROOT,
                "# Evidence ingest (%s store), %s%n%n"
                        + "2 GiB file, %d rounds after one warm-up, medians.%n%n"
                        + "| | median s | MiB/s |%n| --- | --- | --- |%n"
                        + "| baseline: sha256sum + %s | %.2f | %.0f |%n"
                        + "| Constable upload (PATCH, hash as it arrives, seal) | %.2f | %.0f |%n%n"
                        + "ratio (throughput of Constable / baseline): %.2f%n"
                        + "rounds baseline %s, Constable %s%n",
                STORE,
                LocalDate.now(),
                ROUNDS,
                STORE.equals("s3") ? "PUT of the file with the plain S3 client" : "cp on the same disk",
                b,
                mib / b,
                c,
                mib / c,
                b / c,
                baseline,
                constable);
        BenchmarkSupport.publish("evidence-ingest-" + STORE, report);
    }

    /** sha256sum of the file and a copy of it; answers the hash. */
    String baseline(Path file) throws Exception {
        Process p = new ProcessBuilder("sha256sum", file.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(p.waitFor()).isZero();
        if (STORE.equals("s3")) {
            try (var client = S3CompatibleServer.get().client()) {
                client.putObject(r -> r.bucket(BUCKET).key("plain/" + System.nanoTime()), RequestBody.fromFile(file));
            }
        } else {
            Process cp = new ProcessBuilder(
                            "cp", file.toString(), DIR.resolve("cp-copy.bin").toString())
                    .inheritIO()
                    .start();
            assertThat(cp.waitFor()).isZero();
        }
        return out.substring(0, 64);
    }

    String ingest(Api api, String token, long exhibit, Path file) throws Exception {
        var r = api.post(
                "/api/v1/exhibits/" + exhibit + "/digital-evidence",
                token,
                "{\"fileName\":\"interview.mp4\",\"mediaType\":\"video/mp4\",\"size\":" + SIZE + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long item = Json.read(r.body()).get("id").asLong();
        var done = http.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/digital-evidence/" + item + "/upload"))
                        .header("Authorization", "Bearer " + token)
                        .header("Upload-Offset", "0")
                        .header("Content-Type", "application/offset+octet-stream")
                        .timeout(Duration.ofMinutes(30))
                        .method("PATCH", HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        return Json.read(done.body()).get("sha256").asString();
    }

    /** Frees the disk between rounds: the copies and the sealed originals of the round. */
    void cleanUp() throws IOException {
        Files.deleteIfExists(DIR.resolve("cp-copy.bin"));
        List<Path> roots = new ArrayList<>(List.of(DIR.resolve("store")));
        if (STORE.equals("s3")) {
            roots.add(S3CompatibleServer.get().folder());
        }
        for (Path root : roots) {
            if (Files.exists(root)) {
                try (var walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> {
                                try {
                                    return Files.size(p) >= SIZE;
                                } catch (IOException x) {
                                    return false;
                                }
                            })
                            .forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    static void write(Path file) throws IOException {
        byte[] block = new byte[16 * 1024 * 1024];
        new SplittableRandom(18).nextBytes(block);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = 0; n < SIZE; n += block.length) {
                block[0]++;
                out.write(block);
            }
        }
    }

    /** Changes the first byte so that each round's file has a new hash. */
    static void touch(Path file, int round) throws IOException {
        try (var f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.write(round);
        }
    }
}
