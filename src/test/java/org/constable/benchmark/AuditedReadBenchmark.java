package org.constable.benchmark;

import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.people.application.PersonRecords;
import org.constable.people.domain.PersonDetails;
import org.constable.platform.DatabaseConfiguration;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audited person read over real HTTP at 1, 8 and 32 concurrent clients, against the same read
 * without audit (UnauditedPersonReadController) and PostgreSQL's own autocommit single-row insert
 * rate, all in one run on one machine. Rounds are interleaved (audited, unaudited, insert, audited,
 * ...) so that noise from other work on the machine falls on all three alike.
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=AuditedReadBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@ConstableHttpTest
@Import(UnauditedPersonReadController.class)
class AuditedReadBenchmark {

    private static final int PERSONS = 1000;
    private static final int[] CONCURRENCY = {1, 8, 32};
    private static final int ROUNDS = 4;
    private static final String AUDITED = "/api/v1/persons/%d?purpose=benchmark";
    private static final String UNAUDITED = "/api/v1/benchmark/persons/%d?purpose=benchmark";

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    CurrentActor actors;
    @Autowired
    PersonRecords personRecords;
    @Autowired
    DatabaseConfiguration.EmbeddedDatabaseHolder embedded;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Requests (or inserts) per variant per concurrency, split evenly over the rounds. */
    private static int total(int clients) {
        return clients == 1 ? 2000 : 4000;
    }

    @Test
    void auditedReadAgainstUnauditedReadAndPostgresInsertRate() throws Exception {
        assertThat(embedded.database()).as("the benchmark measures the embedded PostgreSQL").isNotNull();
        var investigator = users.create(Role.INVESTIGATOR);
        Actor actor = actors.load(investigator.username()).orElseThrow();
        long[] ids = createSyntheticPersons(actor);
        String token = new Api(port).token(users, investigator);

        // Both endpoints must answer the same JSON for the same person, or the comparison is meaningless.
        for (int i = 0; i < 5; i++) {
            long id = ids[i * 97];
            var a = get(String.format(AUDITED, id), token);
            var b = get(String.format(UNAUDITED, id), token);
            assertThat(a.statusCode()).isEqualTo(200);
            assertThat(b.statusCode()).isEqualTo(200);
            assertThat(b.body()).isEqualTo(a.body());
        }

        String superuserUrl = embedded.database().superuserJdbcUrl();
        String pgInfo = prepareInsertTable(superuserUrl);

        List<Row> rows = new ArrayList<>();
        long started = System.nanoTime();
        for (int clients : CONCURRENCY) {
            // warm-up: JIT, connection pools, caches; results discarded
            int warm = Math.max(200, total(clients) / 10);
            run(AUDITED, token, ids, clients, warm);
            run(UNAUDITED, token, ids, clients, warm);
            insertLoop(superuserUrl, clients, warm);

            Samples audited = new Samples();
            Samples unaudited = new Samples();
            Samples inserts = new Samples();
            int perRound = total(clients) / ROUNDS;
            for (int round = 0; round < ROUNDS; round++) {
                audited.add(run(AUDITED, token, ids, clients, perRound));
                unaudited.add(run(UNAUDITED, token, ids, clients, perRound));
                inserts.add(insertLoop(superuserUrl, clients, perRound));
            }
            rows.add(new Row(clients, audited, unaudited, inserts));
            System.out.printf(Locale.ROOT, "[benchmark] c=%d done: audited %.0f/s, unaudited %.0f/s, pg inserts %.0f/s%n",
                    clients, audited.throughput(), unaudited.throughput(), inserts.throughput());
        }
        double minutes = (System.nanoTime() - started) / 60e9;

        dropInsertTable(superuserUrl);
        String report = report(rows, pgInfo, minutes);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "audited-read.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private long[] createSyntheticPersons(Actor actor) {
        long[] ids = new long[PERSONS];
        String[] forenames = {"Synth", "Testa", "Bench", "Proba", "Exempla"};
        for (int i = 0; i < PERSONS; i++) {
            var details = new PersonDetails(forenames[i % forenames.length], null, "Benchmark" + i,
                    LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28), i % 2 == 0 ? "FEMALE" : "MALE", 150 + i % 50,
                    "medium", "brown", "blue", "Synthetic person for the audited-read benchmark", false);
            ids[i] = personRecords.create(actor, details);
            if (i % 5 == 0) {
                personRecords.addAlias(actor, ids[i], "Alias" + i, "Benchmark" + i, null);
            }
        }
        return ids;
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + path, e);
        }
    }

    /** {@code count} reads of random persons by {@code clients} threads; latency per request and wall time. */
    private Round run(String template, String token, long[] ids, int clients, int count) throws InterruptedException {
        return parallel(clients, count, () -> {
            long id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
            var r = get(String.format(template, id), token);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode() + " from " + template + ": " + r.body());
            }
        });
    }

    private String prepareInsertTable(String superuserUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(superuserUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS bench_tmp CASCADE");
            s.execute("CREATE SCHEMA bench_tmp");
            // Roughly the width of an audit row: a key, a timestamp and some text; no other index.
            s.execute("CREATE TABLE bench_tmp.single_row_insert (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL, payload TEXT NOT NULL)");
            StringBuilder info = new StringBuilder();
            for (String q : new String[]{"SHOW server_version", "SHOW fsync", "SHOW synchronous_commit", "SHOW full_page_writes"}) {
                try (ResultSet rs = s.executeQuery(q)) {
                    rs.next();
                    info.append(q.substring(5)).append('=').append(rs.getString(1)).append(", ");
                }
            }
            return info.substring(0, info.length() - 2);
        }
    }

    private void dropInsertTable(String superuserUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(superuserUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS bench_tmp CASCADE");
        }
    }

    /** {@code count} autocommit single-row INSERTs by {@code clients} threads, each with its own connection. */
    private Round insertLoop(String superuserUrl, int clients, int count) throws Exception {
        List<Connection> connections = new ArrayList<>();
        ThreadLocal<PreparedStatement> statements = new ThreadLocal<>();
        List<PreparedStatement> all = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            for (int i = 0; i < clients; i++) {
                Connection c = DriverManager.getConnection(superuserUrl);
                c.setAutoCommit(true);
                connections.add(c);
            }
            AtomicInteger next = new AtomicInteger();
            String payload = "actor=benchmark roles=INVESTIGATOR op=CONSULTATION refs=person:123 purpose=benchmark "
                    + "hash=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
            return parallel(clients, count, () -> {
                PreparedStatement ps = statements.get();
                try {
                    if (ps == null) {
                        ps = connections.get(next.getAndIncrement()).prepareStatement(
                                "INSERT INTO bench_tmp.single_row_insert (at, payload) VALUES (now(), ?)");
                        statements.set(ps);
                        all.add(ps);
                    }
                    ps.setString(1, payload);
                    ps.executeUpdate();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            for (PreparedStatement ps : all) {
                ps.close();
            }
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** Runs {@code count} operations over {@code clients} fresh threads; records each operation's latency. */
    private static Round parallel(int clients, int count, Runnable operation) throws InterruptedException {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    int i;
                    while ((i = next.getAndIncrement()) < count && failure.get() == null) {
                        long t0 = System.nanoTime();
                        operation.run();
                        latencies[i] = System.nanoTime() - t0;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-" + t);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long t0 = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long wall = System.nanoTime() - t0;
        if (failure.get() != null) {
            throw new IllegalStateException("benchmark operation failed", failure.get());
        }
        return new Round(latencies, wall);
    }

    record Round(long[] latencies, long wallNanos) {
    }

    /** All rounds of one variant at one concurrency, pooled. */
    static final class Samples {
        private final List<Round> rounds = new ArrayList<>();
        private long[] sorted;

        void add(Round r) {
            rounds.add(r);
            sorted = null;
        }

        long count() {
            return rounds.stream().mapToLong(r -> r.latencies().length).sum();
        }

        double throughput() {
            return count() / (rounds.stream().mapToLong(Round::wallNanos).sum() / 1e9);
        }

        double percentileMs(double p) {
            if (sorted == null) {
                sorted = rounds.stream().flatMapToLong(r -> Arrays.stream(r.latencies())).sorted().toArray();
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    record Row(int clients, Samples audited, Samples unaudited, Samples inserts) {
    }

    private String report(List<Row> rows, String pgInfo, double minutes) {
        StringBuilder md = new StringBuilder();
        md.append("### Audited person read over HTTP vs. the same read without audit\n\n");
        md.append(String.format(Locale.ROOT, "JVM sees %d processors; PostgreSQL: %s; %d synthetic persons; %d interleaved rounds per concurrency; measured part took %.1f min.%n%n",
                Runtime.getRuntime().availableProcessors(), pgInfo, PERSONS, ROUNDS, minutes));
        md.append("| Clients | Read | Requests | Throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            line(md, r.clients(), "audited", r.audited());
            line(md, r.clients(), "unaudited", r.unaudited());
        }
        md.append("\n| Clients | p50 audited / unaudited | p99 audited / unaudited | Throughput audited / unaudited | Slowdown (unaudited thr. / audited thr.) | Within 2x? |\n");
        md.append("|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            double p50 = r.audited().percentileMs(50) / r.unaudited().percentileMs(50);
            double p99 = r.audited().percentileMs(99) / r.unaudited().percentileMs(99);
            double thr = r.audited().throughput() / r.unaudited().throughput();
            boolean within = p50 <= 2.0 && thr >= 0.5;
            md.append(String.format(Locale.ROOT, "| %d | %.2f | %.2f | %.2f | %.2fx | %s |%n", r.clients(), p50, p99, thr, 1 / thr,
                    within ? "yes" : "**no**"));
        }
        md.append("\n### PostgreSQL single-row insert rate (same run, same server)\n\n");
        md.append("Autocommit single-row INSERT into a bare table (bigserial key, timestamptz, ~160 chars of text), one JDBC connection per thread, superuser.\n\n");
        md.append("| Threads | PG inserts/s | p50 insert (ms) | Audited reads/s | Audited reads/s ÷ PG inserts/s |\n");
        md.append("|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %d | %.0f | %.2f | %.0f | %.2f |%n", r.clients(), r.inserts().throughput(),
                    r.inserts().percentileMs(50), r.audited().throughput(), r.audited().throughput() / r.inserts().throughput()));
        }
        return md.toString();
    }

    private static void line(StringBuilder md, int clients, String name, Samples s) {
        md.append(String.format(Locale.ROOT, "| %d | %s | %d | %.0f | %.2f | %.2f | %.2f |%n", clients, name, s.count(), s.throughput(),
                s.percentileMs(50), s.percentileMs(95), s.percentileMs(99)));
    }
}
