package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.constable.benchmark.BenchmarkSupport.PostgresInsertRate;
import org.constable.benchmark.BenchmarkSupport.Round;
import org.constable.benchmark.BenchmarkSupport.Samples;
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

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Requests (or inserts) per variant per concurrency, split evenly over the rounds. */
    private static int total(int clients) {
        return clients == 1 ? 2000 : 4000;
    }

    @Test
    void auditedReadAgainstUnauditedReadAndPostgresInsertRate() throws Exception {
        assertThat(embedded.database())
                .as("the benchmark measures the embedded PostgreSQL")
                .isNotNull();
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

        PostgresInsertRate pg = new PostgresInsertRate(embedded.database().superuserJdbcUrl());
        String pgInfo = pg.serverInfo();

        List<Row> rows = new ArrayList<>();
        long started = System.nanoTime();
        for (int clients : CONCURRENCY) {
            // warm-up: JIT, connection pools, caches; results discarded
            int warm = Math.max(200, total(clients) / 10);
            run(AUDITED, token, ids, clients, warm);
            run(UNAUDITED, token, ids, clients, warm);
            pg.run(clients, warm);

            Samples audited = new Samples();
            Samples unaudited = new Samples();
            Samples inserts = new Samples();
            int perRound = total(clients) / ROUNDS;
            for (int round = 0; round < ROUNDS; round++) {
                audited.add(run(AUDITED, token, ids, clients, perRound));
                unaudited.add(run(UNAUDITED, token, ids, clients, perRound));
                inserts.add(pg.run(clients, perRound));
            }
            rows.add(new Row(clients, audited, unaudited, inserts));
            System.out.printf(
                    Locale.ROOT,
                    "[benchmark] c=%d done: audited %.0f/s, unaudited %.0f/s, pg inserts %.0f/s%n",
                    clients,
                    audited.throughput(),
                    unaudited.throughput(),
                    inserts.throughput());
        }
        double minutes = (System.nanoTime() - started) / 60e9;

        pg.close();
        BenchmarkSupport.publish("audited-read", report(rows, pgInfo, minutes));
    }

    private long[] createSyntheticPersons(Actor actor) {
        long[] ids = new long[PERSONS];
        String[] forenames = {"Synth", "Testa", "Bench", "Proba", "Exempla"};
        for (int i = 0; i < PERSONS; i++) {
            var details = new PersonDetails(
                    forenames[i % forenames.length],
                    null,
                    "Benchmark" + i,
                    LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                    i % 2 == 0 ? "FEMALE" : "MALE",
                    150 + i % 50,
                    "medium",
                    "brown",
                    "blue",
                    "Synthetic person for the audited-read benchmark",
                    false);
            ids[i] = personRecords.create(actor, details);
            if (i % 5 == 0) {
                personRecords.addAlias(actor, ids[i], "Alias" + i, "Benchmark" + i, null);
            }
        }
        return ids;
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("request failed: " + path, e);
        }
    }

    /** {@code count} reads of random persons by {@code clients} threads; latency per request and wall time. */
    private Round run(String template, String token, long[] ids, int clients, int count) throws InterruptedException {
        return BenchmarkSupport.parallel(clients, count, () -> {
            long id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
            var r = get(String.format(template, id), token);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + r.statusCode() + " from " + template + ": " + r.body());
            }
        });
    }

    record Row(int clients, Samples audited, Samples unaudited, Samples inserts) {}

    private String report(List<Row> rows, String pgInfo, double minutes) {
        StringBuilder md = new StringBuilder();
        md.append("### Audited person read over HTTP vs. the same read without audit\n\n");
        md.append(String.format(
                Locale.ROOT,
                "JVM sees %d processors; PostgreSQL: %s; %d synthetic persons; %d interleaved rounds per concurrency; measured part took %.1f min.%n%n",
                Runtime.getRuntime().availableProcessors(),
                pgInfo,
                PERSONS,
                ROUNDS,
                minutes));
        md.append("| Clients | Read | Requests | Throughput (req/s) | p50 (ms) | p95 (ms) | p99 (ms) |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            line(md, r.clients(), "audited", r.audited());
            line(md, r.clients(), "unaudited", r.unaudited());
        }
        md.append(
                "\n| Clients | p50 audited / unaudited | p99 audited / unaudited | Throughput audited / unaudited | Slowdown (unaudited thr. / audited thr.) | Within 2x? |\n");
        md.append("|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            double p50 = r.audited().percentileMs(50) / r.unaudited().percentileMs(50);
            double p99 = r.audited().percentileMs(99) / r.unaudited().percentileMs(99);
            double thr = r.audited().throughput() / r.unaudited().throughput();
            boolean within = p50 <= 2.0 && thr >= 0.5;
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.2f | %.2f | %.2f | %.2fx | %s |%n",
                    r.clients(),
                    p50,
                    p99,
                    thr,
                    1 / thr,
                    within ? "yes" : "**no**"));
        }
        md.append("\n### PostgreSQL single-row insert rate (same run, same server)\n\n");
        md.append(
                "Autocommit single-row INSERT into a bare table (bigserial key, timestamptz, ~160 chars of text), one JDBC connection per thread, superuser.\n\n");
        md.append("| Threads | PG inserts/s | p50 insert (ms) | Audited reads/s | Audited reads/s ÷ PG inserts/s |\n");
        md.append("|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.0f | %.2f | %.0f | %.2f |%n",
                    r.clients(),
                    r.inserts().throughput(),
                    r.inserts().percentileMs(50),
                    r.audited().throughput(),
                    r.audited().throughput() / r.inserts().throughput()));
        }
        return md.toString();
    }

    private static void line(StringBuilder md, int clients, String name, Samples s) {
        md.append(String.format(
                Locale.ROOT,
                "| %d | %s | %d | %.0f | %.2f | %.2f | %.2f |%n",
                clients,
                name,
                s.count(),
                s.throughput(),
                s.percentileMs(50),
                s.percentileMs(95),
                s.percentileMs(99)));
    }
}
