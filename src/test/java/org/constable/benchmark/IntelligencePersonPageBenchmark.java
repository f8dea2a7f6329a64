package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.FormBrowser;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The person's page as an investigator's browser loads it (the page, then the intelligence panel it
 * asks for), over real HTTP with a signed-in session, for a person named by 50 graded intelligence
 * items among 1,000,000 (bulk-loaded with COPY, indexes in place), against the same page and panel
 * for a person no intelligence names, interleaved round by round in the same run; one client.
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=IntelligencePersonPageBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@ConstableHttpTest
class IntelligencePersonPageBenchmark {

    private static final int ITEMS = 1_000_000;
    private static final int NAMING_THE_PERSON = 50;
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 200;
    private static final String PURPOSE = "purpose=Investigation";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin admin;

    @Test
    void personPageWithFiftyItemsOverAMillionAgainstThePageWithNone() throws Exception {
        var investigator = users.create(Role.INVESTIGATOR);
        String token = new Api(port).token(users, investigator);
        long named = person(token, "Benchintel");
        long unnamed = person(token, "Benchplain");
        long t0 = System.nanoTime();
        load(named);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        FormBrowser browser = new FormBrowser(port);
        browser.signIn(users, investigator);
        var panel = browser.get("/intelligence/people/" + named + "/panel?" + PURPOSE);
        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body()).contains(">" + NAMING_THE_PERSON + "<");
        assertThat(browser.get("/intelligence/people/" + unnamed + "/panel?" + PURPOSE)
                        .body())
                .contains(">0<");

        for (int i = 0; i < 100; i++) { // warm-up: JIT, pools, caches
            open(browser, named);
            open(browser, unnamed);
        }
        long[][] with = new long[ROUNDS][];
        long[][] without = new long[ROUNDS][];
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            with[round] = measure(browser, named);
            without[round] = measure(browser, unnamed);
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        long[] w = Arrays.stream(with).flatMapToLong(Arrays::stream).sorted().toArray();
        long[] n = Arrays.stream(without).flatMapToLong(Arrays::stream).sorted().toArray();
        String report = String.format(
                Locale.ROOT,
                "Intelligence on the person's page: %,d graded items loaded by COPY in %.1f s (with ANALYZE); "
                        + "%d rounds of %d page+panel loads each, interleaved, one client, %.1f min.%n%n"
                        + "| Person | p50 ms | p95 ms |%n|---|---|---|%n"
                        + "| named by %d items | %.1f | %.1f |%n| named by none | %.1f | %.1f |%n%n"
                        + "Ratio (with / without): p50 %.2f, p95 %.2f%n",
                ITEMS,
                loadSeconds,
                ROUNDS,
                PER_ROUND,
                minutes,
                NAMING_THE_PERSON,
                ms(w, 50),
                ms(w, 95),
                ms(n, 50),
                ms(n, 95),
                ms(w, 50) / ms(n, 50),
                ms(w, 95) / ms(n, 95));
        BenchmarkSupport.publish("intelligence-person-page", report + explain(named));
    }

    private static double ms(long[] sorted, double p) {
        return BenchmarkSupport.percentile(sorted, p) / 1e6;
    }

    private long[] measure(FormBrowser browser, long person) {
        long[] latencies = new long[PER_ROUND];
        for (int i = 0; i < PER_ROUND; i++) {
            long t = System.nanoTime();
            open(browser, person);
            latencies[i] = System.nanoTime() - t;
        }
        return latencies;
    }

    /** What the investigator's browser fetches: the page, then the panel it loads. */
    private static void open(FormBrowser browser, long person) {
        var page = browser.get("/people/" + person + "?" + PURPOSE);
        var panel = browser.get("/intelligence/people/" + person + "/panel?" + PURPOSE);
        if (page.statusCode() != 200 || panel.statusCode() != 200) {
            throw new AssertionError("page " + page.statusCode() + ", panel " + panel.statusCode());
        }
    }

    private long person(String token, String surname) {
        var r = new Api(port)
                .post(
                        "/api/v1/persons",
                        token,
                        "{\"forename\":\"Bea\",\"surname\":\"" + surname + System.nanoTime() % 100000
                                + "\",\"restricted\":false}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    /**
     * COPY of 1,000,000 synthetic graded reports (report, one link, one evaluation each), with the
     * tables' indexes in place; every 20,000th names {@code person}, the rest one of 50,000 other ids.
     */
    private void load(long person) throws Exception {
        long base = admin.count("SELECT COALESCE(max(id), 0) FROM intelligence.report") + 1;
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        int step = ITEMS / NAMING_THE_PERSON;
        try (Connection c = admin.connect();
                Statement s = c.createStatement()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            int chunk = 100_000;
            for (int from = 0; from < ITEMS; from += chunk) {
                StringBuilder reports = new StringBuilder(chunk * 80);
                StringBuilder links = new StringBuilder(chunk * 30);
                StringBuilder evaluations = new StringBuilder(chunk * 140);
                for (int i = from; i < from + chunk; i++) {
                    long id = base + i;
                    Instant when = at.plusSeconds(i * 20L);
                    long subject = i % step == step - 1 ? person : 900_000_000L + i % 50_000;
                    reports.append(id).append("\tbench\t1\t").append(when).append("\tOFFICER_OBSERVATION\n");
                    links.append(id).append("\tperson\t").append(subject).append('\n');
                    evaluations
                            .append(id)
                            .append("\t1\t2\tB\tP\tLow\tSynthetic sanitised item ")
                            .append(i)
                            .append("\tbench\t")
                            .append(when.plusSeconds(600))
                            .append('\n');
                }
                copy.copyIn(
                        "COPY intelligence.report (id, submitted_by, submitted_by_user, submitted_at, source_type) "
                                + "FROM STDIN",
                        new StringReader(reports.toString()));
                copy.copyIn(
                        "COPY intelligence.report_link (report_id, record_type, record_id) FROM STDIN",
                        new StringReader(links.toString()));
                copy.copyIn(
                        "COPY intelligence.evaluation (report_id, version, source_evaluation, assessment, handling_code, "
                                + "risk_assessment, sanitised_text, evaluated_by, evaluated_at) FROM STDIN",
                        new StringReader(evaluations.toString()));
            }
            s.execute("SELECT setval('intelligence.report_id_seq', (SELECT max(id) FROM intelligence.report))");
            s.execute("ANALYZE intelligence.report");
            s.execute("ANALYZE intelligence.report_link");
            s.execute("ANALYZE intelligence.evaluation");
        }
    }

    /** The plan of the query that finds the items naming the person, for the record. */
    private String explain(long person) throws Exception {
        StringBuilder out = new StringBuilder("\nPlan of the lookup of the items naming the person:\n\n```\n");
        try (Connection c = admin.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM (SELECT l.report_id AS id "
                        + "FROM intelligence.report_link l WHERE l.record_type = 'person' AND l.record_id = " + person
                        + ") named WHERE EXISTS (SELECT 1 FROM intelligence.evaluation e WHERE e.report_id = named.id) "
                        + "ORDER BY id DESC LIMIT 500")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
        }
        return out.append("```\n").toString();
    }
}
