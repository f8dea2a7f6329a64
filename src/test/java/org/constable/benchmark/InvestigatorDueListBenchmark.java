package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.investigation.application.InvestigationQueries;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An investigator's due list and a supervisor's review queue over 100,000 open investigations and
 * 1,000,000 actions: 5,000 investigators each in charge of 20 investigations, 500 supervisors each
 * supervising 200, ten actions an investigation (seven owned by the officer in charge, three by
 * colleagues; a third completed), due days spread from 40 days ago to 80 days on, reviews from 30
 * days overdue to 60 days on; two team members an investigation (the measured investigator is on 40
 * teams). Measured: the application's reads as a page makes them
 * (InvestigationQueries.myDay and reviewQueue: the queries, the restriction check of each listed
 * investigation's crimes and the audited consultation), against the bare SQL of the same lists in
 * the same run, interleaved, and the old "my open investigations" query (OR with a sub-select) as
 * a same-run baseline; the plans of each query are printed (EXPLAIN ANALYZE) before the runs.
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=InvestigatorDueListBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@org.constable.testsupport.ConstableHttpTest
class InvestigatorDueListBenchmark {

    static final int INVESTIGATIONS = 100_000;
    static final int ACTIONS_EACH = 10;
    static final int INVESTIGATORS = 5_000;
    static final int SUPERVISORS = 500;
    static final int WARM = 30;
    static final int RUNS = 300;

    @Autowired
    DatabaseAdmin admin;

    @Autowired
    TestUsers users;

    @Autowired
    CurrentActor actors;

    @Autowired
    InvestigationQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theDueListAndTheReviewQueueOverOneHundredThousandOpenInvestigations() throws Exception {
        Actor dc = actors.load(users.create(Role.INVESTIGATOR).username()).orElseThrow();
        Actor ds = actors.load(users.create(Role.SUPERVISOR).username()).orElseThrow();
        long loadStart = System.nanoTime();
        try (Connection c = admin.connect();
                Statement st = c.createStatement()) {
            st.execute(String.format(
                    Locale.ROOT,
                    """
                    INSERT INTO investigation.investigation (reference, title, officer_in_charge, supervisor, status,
                        opened_at, opened_by, next_review_on)
                    SELECT 'BENCH-' || g, 'Synthetic investigation ' || g,
                        CASE WHEN g %% %d = 0 THEN '%s' ELSE 'bench.dc.' || (g %% %d) END,
                        CASE WHEN g %% %d = 0 THEN '%s' ELSE 'bench.ds.' || (g %% %d) END,
                        'OPEN', now() - (g %% 365) * interval '1 day', 'bench', current_date + ((g * 7) %% 90 - 30)
                    FROM generate_series(1, %d) g""",
                    INVESTIGATORS,
                    dc.username(),
                    INVESTIGATORS,
                    SUPERVISORS,
                    ds.username(),
                    SUPERVISORS,
                    INVESTIGATIONS));
            st.execute("""
                    INSERT INTO investigation.investigation_crime (investigation_id, crime_id, crime_reference)
                    SELECT id, 2000000000 + id, 'CRM-BENCH-' || id FROM investigation.investigation
                    WHERE reference LIKE 'BENCH-%'""");
            st.execute(String.format(Locale.ROOT, """
                    INSERT INTO investigation.investigation_action (investigation_id, description, owner, priority, due_on,
                        raised_by, raised_at, completed_at, completed_by, result)
                    SELECT i.id, 'Synthetic action ' || k, CASE WHEN k <= 7 THEN i.officer_in_charge
                            ELSE 'bench.dc.' || ((i.id + k) %% %d) END,
                        (ARRAY['URGENT','HIGH','NORMAL','LOW'])[1 + (i.id + k) %% 4],
                        current_date + ((i.id * 7 + k * 13) %% 120 - 40)::int, 'bench', i.opened_at,
                        CASE WHEN (i.id + k) %% 3 = 0 THEN now() END,
                        CASE WHEN (i.id + k) %% 3 = 0 THEN 'bench' END,
                        CASE WHEN (i.id + k) %% 3 = 0 THEN 'Done' END
                    FROM investigation.investigation i, generate_series(1, %d) k
                    WHERE i.reference LIKE 'BENCH-%%'""", INVESTIGATORS, ACTIONS_EACH));
            // two team members an investigation; the investigator is a member of 40 investigations besides their own
            st.execute(String.format(Locale.ROOT, """
                    INSERT INTO investigation.investigation_member (investigation_id, username)
                    SELECT i.id, CASE WHEN (i.id + k) %% %d = 0 THEN '%s' ELSE 'bench.dc.' || ((i.id + k) %% %d) END
                    FROM investigation.investigation i, generate_series(1, 2) k
                    WHERE i.reference LIKE 'BENCH-%%'""", INVESTIGATORS, dc.username(), INVESTIGATORS));
            st.execute("ANALYZE investigation.investigation, investigation.investigation_action, "
                    + "investigation.investigation_crime, investigation.investigation_member");
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        try (Connection c = admin.connect();
                Statement st = c.createStatement()) {
            String u = "'" + dc.username() + "'";
            String s = "'" + ds.username() + "'";
            explain(st, "my actions due", ACTIONS_DUE.replace("?", u));
            explain(st, "my open investigations (before: OR with a sub-select)", OPEN_BEFORE.replace("?", u));
            explain(st, "my open investigations (now: UNION of indexed reads)", OPEN_NOW.replace("?", u));
            explain(st, "reviews owing", REVIEWS_OWING.replace("?", s));
        }
        long investigations = admin.count("SELECT count(*) FROM investigation.investigation WHERE status = 'OPEN'");
        long actionRows = admin.count("SELECT count(*) FROM investigation.investigation_action");

        int[] sizes = new int[5];
        Runnable appDay = () -> {
            var day = queries.myDay(dc, "Benchmark: investigator's day");
            sizes[0] = day.overdue().size()
                    + day.dueToday().size()
                    + day.comingUp().size();
        };
        Runnable bareDay = () -> tx.executeWithoutResult(st -> {
            int n = jdbc.sql(ACTIONS_DUE)
                    .param(dc.username())
                    .query((rs, i) -> rs.getLong(1))
                    .list()
                    .size();
            int m = jdbc.sql(OPEN_NOW)
                    .params(dc.username(), dc.username())
                    .query((rs, i) -> rs.getLong(1))
                    .list()
                    .size();
            sizes[1] = n;
            sizes[3] = m;
        });
        Runnable bareBefore = () -> tx.executeWithoutResult(st -> {
            jdbc.sql(ACTIONS_DUE)
                    .param(dc.username())
                    .query((rs, i) -> rs.getLong(1))
                    .list();
            sizes[4] = jdbc.sql(OPEN_BEFORE)
                    .params(dc.username(), dc.username())
                    .query((rs, i) -> rs.getLong(1))
                    .list()
                    .size();
        });
        Runnable appQueue = () -> {
            var q = queries.reviewQueue(ds, "Benchmark: supervisory review queue");
            sizes[2] = q.overdue().size() + q.due().size();
        };
        Runnable bareQueue = () -> tx.executeWithoutResult(s -> jdbc.sql(REVIEWS_OWING)
                .param(ds.username())
                .query((rs, i) -> rs.getLong(1))
                .list());

        for (int i = 0; i < WARM; i++) {
            appDay.run();
            bareDay.run();
            appQueue.run();
            bareQueue.run();
            bareBefore.run();
        }
        long[][] ns = new long[5][RUNS];
        Runnable[] ops = {bareDay, appDay, bareQueue, appQueue, bareBefore};
        // interleaved, so all four see the same machine
        for (int i = 0; i < RUNS; i++) {
            for (int o = 0; o < ops.length; o++) {
                long t0 = System.nanoTime();
                ops[o].run();
                ns[o][i] = System.nanoTime() - t0;
            }
        }
        double[] p50 = new double[ops.length];
        double[] p95 = new double[ops.length];
        for (int o = 0; o < ops.length; o++) {
            Arrays.sort(ns[o]);
            p50[o] = BenchmarkSupport.percentile(ns[o], 50) / 1e6;
            p95[o] = BenchmarkSupport.percentile(ns[o], 95) / 1e6;
        }
        String report = String.format(
                Locale.ROOT,
                """
                ### Investigator's due list and supervisor's review queue

                %,d open investigations, %,d actions (%d investigators, %d supervisors); loaded in %.1f s.
                The investigator read has %d actions due within the week on their list and %d open investigations;
                the supervisor has %d reviews owing. %d runs each after %d warm-up, interleaved; load average at the
                end %.2f.

                | Read | p50 (ms) | p95 (ms) | p95 < 50 ms? |
                |---|---:|---:|---|
                | Bare SQL as before: actions due + open investigations by OR with a sub-select | %.2f | %.2f | %s |
                | Bare SQL: the investigator's actions due within a week + their open investigations | %.2f | %.2f | %s |
                | Application: InvestigationQueries.myDay (restriction check, audited) | %.2f | %.2f | %s |
                | Bare SQL: the supervisor's reviews due or overdue | %.2f | %.2f | %s |
                | Application: InvestigationQueries.reviewQueue (restriction check, audited) | %.2f | %.2f | %s |

                Ratio application / bare SQL: due list p50 %.1fx, p95 %.1fx; review queue p50 %.1fx, p95 %.1fx.
                """,
                investigations,
                actionRows,
                INVESTIGATORS,
                SUPERVISORS,
                loadSeconds,
                sizes[0],
                sizes[3],
                sizes[2],
                RUNS,
                WARM,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                p50[4],
                p95[4],
                p95[4] < 50 ? "yes" : "**no**",
                p50[0],
                p95[0],
                p95[0] < 50 ? "yes" : "**no**",
                p50[1],
                p95[1],
                p95[1] < 50 ? "yes" : "**no**",
                p50[2],
                p95[2],
                p95[2] < 50 ? "yes" : "**no**",
                p50[3],
                p95[3],
                p95[3] < 50 ? "yes" : "**no**",
                p50[1] / p50[0],
                p95[1] / p95[0],
                p50[3] / p50[2],
                p95[3] / p95[2]);
        BenchmarkSupport.publish("investigator-due-list", report);
        assertThat(investigations).isGreaterThanOrEqualTo(INVESTIGATIONS);
        assertThat(actionRows).isGreaterThanOrEqualTo((long) INVESTIGATIONS * ACTIONS_EACH);
        assertThat(sizes[0]).as("the application lists what the bare SQL lists").isEqualTo(sizes[1]);
        assertThat(sizes[3]).as("the UNION finds what the OR found").isEqualTo(sizes[4]);
    }

    static final String ACTIONS_DUE = """
            SELECT a.id, a.investigation_id, i.reference, a.description, a.owner, a.priority, a.due_on
            FROM investigation.investigation_action a JOIN investigation.investigation i
                ON i.id = a.investigation_id
            WHERE a.owner = ? AND a.completed_at IS NULL AND a.due_on <= current_date + 7
            ORDER BY a.due_on, a.priority, a.id LIMIT 200""";

    static final String OPEN_BEFORE = """
            SELECT id, reference, title FROM investigation.investigation WHERE status = 'OPEN'
            AND (officer_in_charge = ? OR id IN (SELECT investigation_id
                FROM investigation.investigation_member WHERE username = ?))
            ORDER BY opened_at DESC, id DESC LIMIT 200""";

    static final String OPEN_NOW = """
            SELECT id, reference, title FROM investigation.investigation WHERE status = 'OPEN' AND id IN (
                (SELECT id FROM investigation.investigation WHERE status = 'OPEN' AND officer_in_charge = ?
                 ORDER BY opened_at DESC, id DESC LIMIT 200)
                UNION SELECT investigation_id FROM investigation.investigation_member WHERE username = ?)
            ORDER BY opened_at DESC, id DESC LIMIT 200""";

    static final String REVIEWS_OWING = """
            SELECT id, reference, title, officer_in_charge, next_review_on FROM investigation.investigation
            WHERE status = 'OPEN' AND supervisor = ? AND next_review_on <= current_date
            ORDER BY next_review_on, id LIMIT 200""";

    private static void explain(Statement st, String what, String sql) throws java.sql.SQLException {
        StringBuilder plan = new StringBuilder("EXPLAIN ANALYZE: " + what + "\n");
        try (var rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            while (rs.next()) {
                plan.append("  ").append(rs.getString(1)).append('\n');
            }
        }
        System.out.println(plan);
    }
}
