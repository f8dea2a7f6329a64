package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.constable.dispatch.Incidents;
import org.constable.dispatch.domain.GridCell;
import org.constable.identity.Role;
import org.constable.shared.GeoPoint;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The location lookup a call handler gets as soon as a place is set, over 1,000,000 past incidents
 * bulk-loaded with COPY: (a) Incidents.near(point, 150 m, 10) and openNear(point, 300 m, 2 h, 5)
 * through the beans, (b) the whole GET /api/v1/calls/context over HTTP, for 2,000 random points,
 * mostly in hot spots; against a bare primary-key SELECT on dispatch.incident over JDBC measured in
 * the same run, interleaved round by round.
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=HistoryLookupBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@Order(3) // when run together with ClassOrderer$OrderAnnotation: calls, then fan-out, then the 1M-row lookup
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@ConstableHttpTest
class HistoryLookupBenchmark {

    private static final int INCIDENTS = Integer.getInteger("constable.benchmark.incidents", 1_000_000);
    private static final int POINTS = 2000;
    private static final int ROUNDS = 4;
    private static final int WARM = 200;
    private static final double[][] HOT_SPOTS = new double[16][];
    private static final String[] TYPES = {
        "ASSAULT",
        "BURGLARY",
        "CONCERN_FOR_WELFARE",
        "THEFT",
        "ASB",
        "DOMESTIC",
        "RTC",
        "SUSPICIOUS",
        "CRIMINAL_DAMAGE",
        "MISSING_PERSON"
    };
    private static final String[] GRADES = {"EMERGENCY", "PRIORITY", "SCHEDULED", "SCHEDULED", "PRIORITY"};
    private static final String[] CLASSES = {"CRIME", "NO_CRIME", "ADVICE", "DUPLICATE"};

    static {
        Random r = new Random(7);
        for (int i = 0; i < HOT_SPOTS.length; i++) {
            HOT_SPOTS[i] = new double[] {53.438 + r.nextDouble() * 0.029, -2.236 + r.nextDouble() * 0.062};
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin admin;

    @Autowired
    Incidents incidents;

    @Autowired
    MutableClock clock;

    @Autowired
    org.constable.identity.CurrentActor actors;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void locationLookupOverAMillionIncidents() throws Exception {
        assertThat(admin.external())
                .as("the benchmark measures the embedded PostgreSQL")
                .isFalse();
        TestUsers.TestUser handler = users.create(Role.CALL_HANDLER);
        String token = new Api(port).token(users, handler);
        org.constable.identity.Actor actor = actors.load(handler.username()).orElseThrow();
        Load load = load(INCIDENTS);
        System.out.printf(
                Locale.ROOT,
                "[benchmark] loaded %d incidents in %.1f s (+ ANALYZE %.1f s)%n",
                INCIDENTS,
                load.copySeconds(),
                load.analyzeSeconds());

        Random random = new Random(42);
        GeoPoint[] points = new GeoPoint[POINTS + WARM];
        for (int i = 0; i < points.length; i++) {
            points[i] = lookupPoint(random);
        }
        long[] ids = new long[POINTS + WARM];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = load.firstId() + random.nextInt(INCIDENTS);
        }
        String plans;
        long started = System.nanoTime();
        Map<String, Samples> samples = new LinkedHashMap<>();
        String[] names = {
            "PK SELECT (JDBC)",
            "near 150 m, 10 (bean)",
            "openNear 300 m, 2 h, 5 (bean)",
            "GET /api/v1/calls/context (HTTP)"
        };
        for (String n : names) {
            samples.put(n, new Samples());
        }
        int[] sizes = new int[2];
        try (Connection c = admin.connect();
                PreparedStatement pk = c.prepareStatement(
                        "SELECT id, reference, opened_at, grade, status, call_type, location_text FROM dispatch.incident WHERE id = ?")) {
            plans = plans(c, points[WARM]);
            List<Consumer<Integer>> ops = List.of(
                    i -> {
                        try {
                            pk.setLong(1, ids[i]);
                            try (ResultSet rs = pk.executeQuery()) {
                                if (!rs.next()) {
                                    throw new IllegalStateException("no incident " + ids[i]);
                                }
                            }
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    i -> sizes[0] += incidents.near(actor, points[i], 150, 10).size(),
                    i -> sizes[1] += incidents
                            .openNear(actor, points[i], 300, Duration.ofHours(2), 5)
                            .size(),
                    i -> {
                        var r = context(points[i], token);
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                        }
                    });
            for (int v = 0; v < ops.size(); v++) {
                for (int i = 0; i < WARM; i++) {
                    ops.get(v).accept(i);
                }
            }
            sizes[0] = 0;
            sizes[1] = 0;
            int perRound = POINTS / ROUNDS;
            for (int round = 0; round < ROUNDS; round++) {
                for (int v = 0; v < ops.size(); v++) {
                    long[] l = new long[perRound];
                    for (int j = 0; j < perRound; j++) {
                        int i = WARM + round * perRound + j;
                        long t0 = System.nanoTime();
                        ops.get(v).accept(i);
                        l[j] = System.nanoTime() - t0;
                    }
                    samples.get(names[v]).add(l);
                }
            }
        }
        double minutes = (System.nanoTime() - started) / 60e9;
        assertThat(sizes[0]).as("the history lookups found incidents").isPositive();
        BenchmarkSupport.publish("history-lookup", report(load, samples, names[0], minutes, sizes, plans));
    }

    record Load(long firstId, long rows, double copySeconds, double analyzeSeconds, long open, String tableSize) {}

    /** A point for a lookup: 80% around a hot spot, 20% anywhere in the demo area. */
    private static GeoPoint lookupPoint(Random r) {
        if (r.nextInt(10) < 8) {
            double[] h = HOT_SPOTS[r.nextInt(HOT_SPOTS.length)];
            return new GeoPoint(h[0] + r.nextGaussian() * 0.0008, h[1] + r.nextGaussian() * 0.0013);
        }
        return new GeoPoint(53.435 + r.nextDouble() * 0.035, -2.240 + r.nextDouble() * 0.070);
    }

    /**
     * COPY of synthetic incidents into dispatch.incident with its indexes in place: 70% in the demo
     * area (half of those around 16 hot spots, about 100 m spread), 30% across a wider box; opened
     * over the last three years; 0.1% still open and opened in the last 6 hours, the rest closed.
     */
    private Load load(int n) throws Exception {
        Random r = new Random(1);
        Instant now = clock.instant();
        long threeYears = Duration.ofDays(3 * 365).toSeconds();
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE.withZone(ZoneOffset.UTC);
        long open = 0;
        long t0 = System.nanoTime();
        // ids after any incidents already there (other benchmarks may share this application context)
        long base = admin.count("SELECT COALESCE(max(id), 0) FROM dispatch.incident");
        try (Connection c = admin.connect();
                Statement s = c.createStatement()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            int chunk = 50_000;
            for (long from = base + 1; from <= base + n; from += chunk) {
                StringBuilder sb = new StringBuilder(chunk * 260);
                for (long id = from; id < from + chunk && id <= base + n; id++) {
                    double lat, lon;
                    int where = r.nextInt(100);
                    if (where < 35) {
                        double[] h = HOT_SPOTS[r.nextInt(HOT_SPOTS.length)];
                        lat = h[0] + r.nextGaussian() * 0.0009;
                        lon = h[1] + r.nextGaussian() * 0.0015;
                    } else if (where < 70) {
                        lat = 53.435 + r.nextDouble() * 0.035;
                        lon = -2.240 + r.nextDouble() * 0.070;
                    } else {
                        lat = 53.30 + r.nextDouble() * 0.30;
                        lon = -2.55 + r.nextDouble() * 0.65;
                    }
                    boolean isOpen = r.nextInt(1000) == 0;
                    Instant opened = isOpen
                            ? now.minusSeconds(r.nextInt(6 * 3600))
                            : now.minusSeconds(6 * 3600 + (long) (r.nextDouble() * threeYears));
                    open += isOpen ? 1 : 0;
                    String type = TYPES[r.nextInt(TYPES.length)];
                    sb.append(id)
                            .append('\t')
                            .append("INC-")
                            .append(day.format(opened))
                            .append('-')
                            .append(id)
                            .append('\t')
                            .append(opened)
                            .append("\tbench\t")
                            .append(type)
                            .append("\tSynthetic past incident ")
                            .append(id)
                            .append('\t')
                            .append(GRADES[r.nextInt(GRADES.length)])
                            .append('\t')
                            .append(r.nextInt(10) < 8 ? 't' : 'f')
                            .append('\t')
                            .append(String.format(Locale.ROOT, "%.5f, %.5f", lat, lon))
                            .append('\t')
                            .append(String.format(Locale.ROOT, "%.6f\t%.6f", lat, lon))
                            .append('\t')
                            .append(GridCell.of(lat, lon))
                            .append('\t');
                    if (isOpen) {
                        sb.append("OPEN\t\\N\t\\N\n");
                    } else {
                        sb.append("CLOSED\t")
                                .append(CLASSES[r.nextInt(CLASSES.length)])
                                .append('\t')
                                .append(opened.plusSeconds(1800 + r.nextInt(5 * 3600)))
                                .append('\n');
                    }
                }
                copy.copyIn(
                        "COPY dispatch.incident (id, reference, opened_at, opened_by, call_type, summary, grade, urban, location_text, "
                                + "latitude, longitude, cell, status, closing_classification, closed_at) FROM STDIN",
                        new StringReader(sb.toString()));
            }
            s.execute("SELECT setval('dispatch.incident_id_seq', GREATEST((SELECT max(id) FROM dispatch.incident), "
                    + "(SELECT last_value FROM dispatch.incident_id_seq)))");
            double copySeconds = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            s.execute("ANALYZE dispatch.incident");
            double analyzeSeconds = (System.nanoTime() - t1) / 1e9;
            String size;
            try (ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('dispatch.incident'))")) {
                rs.next();
                size = rs.getString(1);
            }
            return new Load(
                    base + 1,
                    admin.count("SELECT count(*) FROM dispatch.incident") - base,
                    copySeconds,
                    analyzeSeconds,
                    open,
                    size);
        }
    }

    /** EXPLAIN (ANALYZE) of the two place queries' shape at one hot-spot point, for the report. */
    private String plans(Connection c, GeoPoint p) throws Exception {
        StringBuilder out = new StringBuilder();
        List<Long> cells = GridCell.covering(p.latitude(), p.longitude(), 150);
        String in = cells.toString().replace("[", "(").replace("]", ")");
        String q = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM dispatch.incident WHERE cell IN " + in
                + " AND (CAST(NULL AS TIMESTAMPTZ) IS NULL OR opened_at >= NULL) AND (NOT false OR status = 'OPEN') ORDER BY opened_at DESC LIMIT 60";
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(q)) {
            out.append("near(), ").append(cells.size()).append(" cells:\n");
            while (rs.next()) {
                out.append("    ").append(rs.getString(1)).append('\n');
            }
        }
        String lateral = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT * FROM unnest(ARRAY" + cells
                + "::bigint[]) AS c(cell) CROSS JOIN LATERAL "
                + "(SELECT * FROM dispatch.incident i WHERE i.cell = c.cell ORDER BY i.opened_at DESC LIMIT 60) x ORDER BY opened_at DESC LIMIT 60";
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(lateral)) {
            out.append("per-cell shape (LATERAL), same cells:\n");
            while (rs.next()) {
                out.append("    ").append(rs.getString(1)).append('\n');
            }
        }
        return out.toString();
    }

    private HttpResponse<String> context(GeoPoint p, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(String.format(
                        Locale.ROOT,
                        "http://localhost:%d/api/v1/calls/context?latitude=%.6f&longitude=%.6f&purpose=Call%%20handling",
                        port,
                        p.latitude(),
                        p.longitude())))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("context lookup failed", e);
        }
    }

    static final class Samples {
        private final List<long[]> parts = new ArrayList<>();

        void add(long[] l) {
            parts.add(l);
        }

        long[] sorted() {
            return parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        }

        double ms(double p) {
            return BenchmarkSupport.percentile(sorted(), p) / 1e6;
        }
    }

    private static String report(
            Load load, Map<String, Samples> samples, String baseline, double minutes, int[] sizes, String plans) {
        StringBuilder md = new StringBuilder();
        md.append("### Location lookup over 1,000,000 past incidents\n\n");
        md.append(String.format(
                Locale.ROOT,
                "JVM sees %d processors; %,d incidents (%d open) loaded by COPY in %.1f s with the table's "
                        + "indexes in place, ANALYZE %.1f s, table with indexes %s; %d lookup points (80%% around 16 hot spots), "
                        + "%d interleaved rounds, one client; measured part took %.1f min. "
                        + "Mean results per lookup: near %.1f, openNear %.2f.%n%n",
                Runtime.getRuntime().availableProcessors(),
                load.rows(),
                load.open(),
                load.copySeconds(),
                load.analyzeSeconds(),
                load.tableSize(),
                POINTS,
                ROUNDS,
                minutes,
                sizes[0] / (double) POINTS,
                sizes[1] / (double) POINTS));
        md.append(
                "| Lookup | Samples | p50 (ms) | p95 (ms) | p99 (ms) | p50 ÷ PK p50 | p95 ÷ PK p95 | p95 < 50 ms? |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        Samples base = samples.get(baseline);
        for (var e : samples.entrySet()) {
            Samples s = e.getValue();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f | %.2f | %.2f | %.1f | %.1f | %s |%n",
                    e.getKey(),
                    s.sorted().length,
                    s.ms(50),
                    s.ms(95),
                    s.ms(99),
                    s.ms(50) / base.ms(50),
                    s.ms(95) / base.ms(95),
                    e.getKey().equals(baseline) ? "(baseline)" : s.ms(95) < 50 ? "yes" : "**no**"));
        }
        md.append(
                        "\nPlans of the IN-list query shape and of the per-cell shape at one hot-spot point (literal values):\n\n```\n")
                .append(plans)
                .append("```\n");
        return md.toString();
    }
}
