package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.CovertScene;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Whether the time of a 404 tells a covert operation that exists (hidden from the caller) from one
 * that does not (ADR 0101). A non-member supervisor asks {@code GET /api/v1/covert/operations/{id}}
 * for the hidden id and for a random missing one, strictly alternating (hidden, missing, hidden, ...)
 * so that the machine's load falls on both alike, after a warm-up. Reports the medians, p95 and the
 * Mann-Whitney U test's z (|z| < 1.96: no difference at the 5 % level), the baseline being the
 * missing id measured in the same run.
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=CovertNotFoundTimingBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@ConstableHttpTest
class CovertNotFoundTimingBenchmark {

    private static final int WARM_UP = 200;
    private static final int PAIRS = 2000;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void hiddenAndMissingOperationsAnswerInTheSameTime() throws Exception {
        Api api = new Api(port);
        CovertScene scene = new CovertScene(api, users, "Tmg" + System.nanoTime());
        String outsider = api.token(users, users.create(Rank.CHIEF_SUPERINTENDENT, Role.SUPERVISOR));
        long hidden = scene.operation;
        long missing = hidden ^ 0x2b2b2b2bL;
        String path = "/api/v1/covert/operations/%d?purpose=Timing";
        for (int i = 0; i < WARM_UP; i++) {
            api.get(String.format(Locale.ROOT, path, i % 2 == 0 ? hidden : missing), outsider);
        }
        long[] h = new long[PAIRS];
        long[] m = new long[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            h[i] = time(api, String.format(Locale.ROOT, path, hidden), outsider);
            m[i] = time(api, String.format(Locale.ROOT, path, missing), outsider);
        }
        double z = mannWhitneyZ(h, m);
        Arrays.sort(h);
        Arrays.sort(m);
        String report = String.format(
                Locale.ROOT,
                "| id | requests | median ms | p95 ms |%n|---|---|---|---|%n| hidden (exists, caller not a member) | %d | %.3f | %.3f |%n"
                        + "| missing (baseline) | %d | %.3f | %.3f |%n%nratio of medians %.3f; Mann-Whitney z = %.2f%n",
                PAIRS,
                BenchmarkSupport.percentile(h, 50) / 1e6,
                BenchmarkSupport.percentile(h, 95) / 1e6,
                PAIRS,
                BenchmarkSupport.percentile(m, 50) / 1e6,
                BenchmarkSupport.percentile(m, 95) / 1e6,
                (double) BenchmarkSupport.percentile(h, 50) / BenchmarkSupport.percentile(m, 50),
                z);
        BenchmarkSupport.publish("covert-not-found-timing", report);
    }

    private static long time(Api api, String url, String token) {
        long t0 = System.nanoTime();
        var r = api.get(url, token);
        long t = System.nanoTime() - t0;
        assertThat(r.status()).isEqualTo(404);
        return t;
    }

    /** The normal approximation of the Mann-Whitney U statistic of two samples (ties given mid ranks). */
    static double mannWhitneyZ(long[] a, long[] b) {
        int n1 = a.length;
        int n2 = b.length;
        long[][] all = new long[n1 + n2][];
        for (int i = 0; i < n1; i++) {
            all[i] = new long[] {a[i], 0};
        }
        for (int i = 0; i < n2; i++) {
            all[n1 + i] = new long[] {b[i], 1};
        }
        Arrays.sort(all, (x, y) -> Long.compare(x[0], y[0]));
        double rankSumA = 0;
        for (int i = 0; i < all.length; ) {
            int j = i;
            while (j < all.length && all[j][0] == all[i][0]) {
                j++;
            }
            double mid = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (all[k][1] == 0) {
                    rankSumA += mid;
                }
            }
            i = j;
        }
        double u = rankSumA - n1 * (n1 + 1) / 2.0;
        double mean = n1 * (double) n2 / 2.0;
        double sd = Math.sqrt(n1 * (double) n2 * (n1 + n2 + 1) / 12.0);
        return (u - mean) / sd;
    }
}
