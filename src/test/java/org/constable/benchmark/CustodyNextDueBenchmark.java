package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.constable.custody.domain.PaceClock;
import org.constable.custody.persistence.DetentionStore;
import org.constable.custody.persistence.SuiteStore;
import org.constable.testsupport.DatabaseAdmin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The next-due query over five years of custody records: 100,000 closed detentions (about 55 a
 * day, a mid-sized force's custody throughput) with eight visits and a review each, spread over
 * five years in 6 suites, and 60 open detentions in the suite read. Measured: the application's
 * read of a suite's open detentions with their clocks (DetentionStore.openInSuite + PaceClock, as
 * the board and the phone do, without HTTP and audit), against the bare SQL that answers the same
 * question (open detentions of the suite with their last visit and last review) in the same run.
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=CustodyNextDueBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@org.constable.testsupport.ConstableHttpTest
class CustodyNextDueBenchmark {

    static final int CLOSED = 100_000;
    static final int OPEN = 60;
    static final int WARM = 50;
    static final int RUNS = 400;

    @Autowired
    DatabaseAdmin admin;

    @Autowired
    SuiteStore suites;

    @Autowired
    DetentionStore detentions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Test
    void theNextDueQueryOverFiveYearsOfCustodyRecords() throws Exception {
        List<Long> suiteIds = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            List<String> cells = new ArrayList<>();
            for (int c = 1; c <= OPEN; c++) {
                cells.add("B" + c);
            }
            suiteIds.add(suites.open("Benchmark suite " + s + " " + System.nanoTime(), cells)
                    .id());
        }
        long suite = suiteIds.get(0);
        String ids = suiteIds.toString().replace("[", "").replace("]", "");
        long loadStart = System.nanoTime();
        try (Connection c = admin.connect();
                Statement st = c.createStatement()) {
            st.execute("ALTER TABLE custody.visit DISABLE TRIGGER USER");
            st.execute("ALTER TABLE custody.review DISABLE TRIGGER USER");
            st.execute("ALTER TABLE custody.entry DISABLE TRIGGER USER");
            try {
                long personBase = 800_000_000L + (System.nanoTime() % 1_000_000L) * 1000;
                st.execute(String.format(Locale.ROOT, """
                        INSERT INTO custody.detention (person_id, suite_id, arresting_officer, arrest_grounds, arrested_at,
                            arrived_at, relevant_time, juvenile, vulnerable, risk_self_harm, risk_medical, risk_drugs_alcohol,
                            risk_mental_health, risk_vulnerable, observation_level, level_set_at, status, authorised_at,
                            authorised_by, limit_authority, limit_until, limit_granted_by, limit_grounds, disposal_kind,
                            disposal_at, disposal_by, disposal_details, booked_by, booked_at)
                        SELECT %d + g, (ARRAY[%s])[1 + g %% 6], 'PC 1', 'grounds', t - interval '30 min', t, t, false, false,
                            false, false, g %% 3 = 0, false, false, 1 + (g %% 3 = 0)::int, t, 'LEFT_CUSTODY', t, 'sgt',
                            'PACE_24_HOURS', t + interval '24 hours', 'sgt', 'PACE s.41', 'NO_FURTHER_ACTION',
                            t + interval '6 hours', 'sgt', '', 'sgt', t
                        FROM (SELECT g, now() - interval '5 years' + (g * interval '5 years' / %d) AS t
                              FROM generate_series(1, %d) g) x""", personBase, ids, CLOSED, CLOSED));
                st.execute(String.format(Locale.ROOT, """
                        INSERT INTO custody.detention (person_id, suite_id, arresting_officer, arrest_grounds, arrested_at,
                            arrived_at, relevant_time, juvenile, vulnerable, risk_self_harm, risk_medical, risk_drugs_alcohol,
                            risk_mental_health, risk_vulnerable, observation_level, level_set_at, status, authorised_at,
                            authorised_by, limit_authority, limit_until, limit_granted_by, limit_grounds, booked_by, booked_at)
                        SELECT %d + g, %d, 'PC 1', 'grounds', t - interval '30 min', t, t, false, false, false, false,
                            g %% 2 = 0, false, false, 1 + (g %% 2 = 0)::int, t, 'DETAINED', t, 'sgt', 'PACE_24_HOURS',
                            t + interval '24 hours', 'sgt', 'PACE s.41', 'sgt', t
                        FROM (SELECT g, now() - (g * interval '10 min') AS t FROM generate_series(1, %d) g) x""", personBase + CLOSED + 10, suite, OPEN));
                st.execute("""
                        INSERT INTO custody.visit (detention_id, at, by_user, observation_level, roused, seen)
                        SELECT d.id, d.arrived_at + k * interval '30 min', 'pc', d.observation_level, true, 'Seen, well'
                        FROM custody.detention d, generate_series(1, 8) k
                        WHERE d.person_id >= 800000000 AND d.arrived_at + k * interval '30 min' < now()""");
                st.execute("""
                        INSERT INTO custody.review (detention_id, due_at, at, by_user, decision, grounds, representations)
                        SELECT d.id, d.authorised_at + interval '6 hours', d.authorised_at + interval '5 hours', 'insp',
                            'DETENTION_CONTINUES', 'interview', 'none'
                        FROM custody.detention d WHERE d.person_id >= 800000000 AND d.status = 'LEFT_CUSTODY'""");
                st.execute("ANALYZE custody.detention, custody.visit, custody.review, custody.offence");
            } finally {
                st.execute("ALTER TABLE custody.visit ENABLE TRIGGER USER");
                st.execute("ALTER TABLE custody.review ENABLE TRIGGER USER");
                st.execute("ALTER TABLE custody.entry ENABLE TRIGGER USER");
            }
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long detentionRows = admin.count("SELECT count(*) FROM custody.detention");
        long visitRows = admin.count("SELECT count(*) FROM custody.visit");
        PaceClock pace = new PaceClock(clock);

        Runnable app = () -> tx.executeWithoutResult(s -> {
            List<DetentionStore.Stored> open = detentions.openInSuite(suite);
            if (open.size() != OPEN) {
                throw new IllegalStateException("expected " + OPEN + " open, got " + open.size());
            }
            open.forEach(d -> pace.read(d.detention()));
        });
        Runnable bare = () -> tx.executeWithoutResult(s -> {
            int n = jdbc.sql("""
                            SELECT d.id, d.observation_level, d.level_set_at, d.limit_until, d.authorised_at,
                                (SELECT max(v.at) FROM custody.visit v WHERE v.detention_id = d.id) AS last_visit,
                                (SELECT max(r.at) FROM custody.review r WHERE r.detention_id = d.id) AS last_review
                            FROM custody.detention d
                            WHERE d.suite_id = ? AND d.status IN ('AWAITING_DECISION', 'DETAINED')""")
                    .param(suite)
                    .query((rs, i) -> rs.getLong(1))
                    .list()
                    .size();
            if (n != OPEN) {
                throw new IllegalStateException("expected " + OPEN + " open, got " + n);
            }
        });
        long[] appNs = new long[RUNS];
        long[] bareNs = new long[RUNS];
        for (int i = 0; i < WARM; i++) {
            app.run();
            bare.run();
        }
        // interleaved, so both see the same machine
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            bare.run();
            long t1 = System.nanoTime();
            app.run();
            long t2 = System.nanoTime();
            bareNs[i] = t1 - t0;
            appNs[i] = t2 - t1;
        }
        java.util.Arrays.sort(appNs);
        java.util.Arrays.sort(bareNs);
        double appP50 = BenchmarkSupport.percentile(appNs, 50) / 1e6;
        double appP95 = BenchmarkSupport.percentile(appNs, 95) / 1e6;
        double bareP50 = BenchmarkSupport.percentile(bareNs, 50) / 1e6;
        double bareP95 = BenchmarkSupport.percentile(bareNs, 95) / 1e6;
        String report = String.format(
                Locale.ROOT,
                """
                ### Custody next-due query over five years of records

                %,d detentions (%,d synthetic closed over 5 years in 6 suites + %d open in the suite read), %,d visits;
                loaded in %.1f s. %d runs each after %d warm-up, interleaved; load average at the end %.2f.

                | Read | p50 (ms) | p95 (ms) | p95 < 20 ms? |
                |---|---:|---:|---|
                | Bare SQL: open detentions of the suite with last visit and last review | %.2f | %.2f | %s |
                | Application: DetentionStore.openInSuite + PaceClock per detention | %.2f | %.2f | %s |

                Ratio application / bare SQL: p50 %.1fx, p95 %.1fx.
                """,
                detentionRows,
                CLOSED,
                OPEN,
                visitRows,
                loadSeconds,
                RUNS,
                WARM,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                bareP50,
                bareP95,
                bareP95 < 20 ? "yes" : "**no**",
                appP50,
                appP95,
                appP95 < 20 ? "yes" : "**no**",
                appP50 / bareP50,
                appP95 / bareP95);
        BenchmarkSupport.publish("custody-next-due", report);
        assertThat(detentionRows).isGreaterThanOrEqualTo(CLOSED + OPEN);
    }
}
