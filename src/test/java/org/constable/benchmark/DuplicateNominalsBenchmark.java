package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.constable.identity.Role;
import org.constable.people.domain.FellegiSunterLinkageRule;
import org.constable.people.domain.LikelyDuplicate;
import org.constable.people.domain.Nominal;
import org.constable.people.persistence.NominalStore;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The likely-duplicates report over 3,000 (the demo force) and then 100,000 synthetic persons, 2 %
 * of them near-copies of another (a familiar forename, a typing slip, day and month swapped, a new
 * surname at the same address). Measured, round by round: (a) the baseline, a plain SELECT of the
 * same rows the report reads (NominalStore.livePersons: persons, aliases, addresses, links);
 * (b) the linkage rule alone on rows already in memory; (c) the whole report over HTTP
 * (GET /api/v1/duplicate-persons: read, block, score, access checks, audit). Also: comparisons made
 * against all pairs, and how many seeded copies the rule finds (recall).
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=DuplicateNominalsBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@ConstableHttpTest
class DuplicateNominalsBenchmark {

    private static final int ROUNDS = 5;
    private static final String[] FORENAMES = {
        "Oliver",
        "George",
        "Noah",
        "Arthur",
        "Harry",
        "Leo",
        "Jack",
        "Charlie",
        "Oscar",
        "Jacob",
        "Thomas",
        "William",
        "Robert",
        "James",
        "Michael",
        "David",
        "Olivia",
        "Amelia",
        "Isla",
        "Ava",
        "Mia",
        "Sophia",
        "Grace",
        "Lily",
        "Freya",
        "Emily",
        "Elizabeth",
        "Margaret",
        "Katherine",
        "Susan",
        "Rebecca",
        "Victoria"
    };
    private static final String[][] FAMILIAR = {
        {"Robert", "Bob"},
        {"William", "Bill"},
        {"James", "Jim"},
        {"Michael", "Mick"},
        {"David", "Dave"},
        {"Thomas", "Tom"},
        {"Elizabeth", "Liz"},
        {"Margaret", "Peggy"},
        {"Katherine", "Kate"},
        {"Susan", "Sue"},
        {"Rebecca", "Becky"},
        {"Victoria", "Vicky"},
        {"Oliver", "Ollie"},
        {"Harry", "Henry"}
    };
    private static final String[] START = {
        "Ash", "Brad", "Cal", "Dun", "Ell", "Fair", "Gold", "Hal", "Ing", "Kel", "Lang", "Mar", "Nor", "Pem", "Rad",
        "Stan", "Thorn", "Wal", "Whit", "Bram"
    };
    private static final String[] MIDDLE = {"", "er", "ing", "ble", "en", "ow", "ric", "ley"};
    private static final String[] END = {
        "ton", "ford", "well", "by", "more", "field", "wood", "ham", "stead", "worth", "son", "dale"
    };

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    NominalStore nominals;

    record Figures(
            int persons,
            double selectMs,
            double ruleMs,
            double reportMs,
            long comparisons,
            int pairs,
            int skippedBlocks,
            int seeded,
            int found) {}

    @Test
    void reportOverTheDemoForceAndOverOneHundredThousandPersons() throws Exception {
        Api api = new Api(port);
        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        Random random = new Random(2026);
        List<long[]> seeded = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        int loaded = 0;
        for (int size : new int[] {3_000, 100_000}) {
            loaded += load(random, size - loaded, seeded);
            figures.add(measure(api, analyst, loaded, seeded));
        }
        String load = String.format(
                java.util.Locale.ROOT,
                "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        StringBuilder r = new StringBuilder("## Duplicate nominals (issue 4)\n\n")
                .append("Load average (1 min) at the end: ")
                .append(load)
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores. Medians of ")
                .append(ROUNDS)
                .append(" rounds.\n\n")
                .append(
                        "| persons | (a) SELECT of the same rows | (b) linkage rule in memory | (c) whole report over HTTP | (c)/(a) | "
                                + "comparisons (vs all pairs) | pairs ≥ threshold | blocks skipped | seeded copies found |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Figures f : figures) {
            long allPairs = (long) f.persons() * (f.persons() - 1) / 2;
            r.append(String.format(
                    java.util.Locale.ROOT,
                    "| %,d | %.0f ms | %.0f ms | %.0f ms | %.1f | %,d (%.3f %%) | %,d | %d | %d of %d |%n",
                    f.persons(),
                    f.selectMs(),
                    f.ruleMs(),
                    f.reportMs(),
                    f.reportMs() / f.selectMs(),
                    f.comparisons(),
                    100.0 * f.comparisons() / allPairs,
                    f.pairs(),
                    f.skippedBlocks(),
                    f.found(),
                    f.seeded()));
        }
        BenchmarkSupport.publish("duplicate-nominals", r.toString());
        assertThat(figures).hasSize(2);
    }

    private Figures measure(Api api, String analyst, int persons, List<long[]> seeded) {
        FellegiSunterLinkageRule rule = new FellegiSunterLinkageRule();
        double[] select = new double[ROUNDS], inMemory = new double[ROUNDS], report = new double[ROUNDS];
        List<Nominal> rows = nominals.livePersons();
        FellegiSunterLinkageRule.Run run = rule.find(rows);
        for (int round = 0; round < ROUNDS; round++) {
            select[round] = time(nominals::livePersons);
            inMemory[round] = time(() -> rule.find(rows));
            report[round] = time(() -> {
                var response = api.get("/api/v1/duplicate-persons?purpose=benchmark&limit=200", analyst);
                assertThat(response.status()).isEqualTo(200);
                return response;
            });
        }
        Set<Long> found = new HashSet<>();
        for (LikelyDuplicate d : run.pairs()) {
            found.add((d.firstId() << 32) | d.secondId());
        }
        int hits = (int) seeded.stream()
                .filter(s -> found.contains((Math.min(s[0], s[1]) << 32) | Math.max(s[0], s[1])))
                .count();
        return new Figures(
                persons,
                median(select),
                median(inMemory),
                median(report),
                run.comparisons(),
                run.pairs().size(),
                run.skippedBlocks(),
                seeded.size(),
                hits);
    }

    /** Inserts {@code count} persons (2 % of them near-copies of an earlier one) with a home address each and some aliases. */
    private int load(Random random, int count, List<long[]> seeded) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            int locations = count / 2;
            long[] locationIds = nextIds(c, "people.location_id_seq", locations);
            try (PreparedStatement loc =
                    c.prepareStatement("INSERT INTO people.location (id, street, town, created_at, updated_at) "
                            + "VALUES (?, ?, 'Benchtown', ?, ?)")) {
                for (long id : locationIds) {
                    loc.setLong(1, id);
                    loc.setString(2, (1 + random.nextInt(200)) + " " + pick(random, START) + " Road");
                    loc.setTimestamp(3, now);
                    loc.setTimestamp(4, now);
                    loc.addBatch();
                }
                loc.executeBatch();
            }
            List<Object[]> made = new ArrayList<>();
            long[] ids = nextIds(c, "people.person_id_seq", count);
            try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO people.person (id, forename, surname, date_of_birth, restricted, "
                                    + "created_at, updated_at) VALUES (?, ?, ?, ?, false, ?, ?)");
                    PreparedStatement home =
                            c.prepareStatement("INSERT INTO people.person_address (person_id, location_id, kind) "
                                    + "VALUES (?, ?, 'HOME') ON CONFLICT DO NOTHING");
                    PreparedStatement alias = c.prepareStatement(
                            "INSERT INTO people.alias (person_id, forename, surname) VALUES (?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    String forename, surname;
                    LocalDate dob;
                    long location;
                    Object[] original =
                            made.isEmpty() || random.nextInt(50) != 0 ? null : made.get(random.nextInt(made.size()));
                    if (original == null) {
                        forename = pick(random, FORENAMES);
                        surname = pick(random, START) + pick(random, MIDDLE) + pick(random, END);
                        dob = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 66));
                        location = locationIds[random.nextInt(locations)];
                    } else {
                        forename = (String) original[1];
                        surname = (String) original[2];
                        dob = (LocalDate) original[3];
                        location = (long) original[4];
                        switch (random.nextInt(4)) {
                            case 0 -> forename = familiar(forename);
                            case 1 ->
                                surname = surname.substring(0, surname.length() - 1)
                                        + (surname.endsWith("n") ? "m" : "n");
                            case 2 ->
                                dob = dob.getDayOfMonth() <= 12
                                        ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue())
                                        : dob.plusYears(1);
                            default -> surname = pick(random, START) + pick(random, END);
                        }
                    }
                    long id = ids[i];
                    p.setLong(1, id);
                    p.setString(2, forename);
                    p.setString(3, surname);
                    p.setDate(4, Date.valueOf(dob));
                    p.setTimestamp(5, now);
                    p.setTimestamp(6, now);
                    p.addBatch();
                    home.setLong(1, id);
                    home.setLong(2, location);
                    home.addBatch();
                    if (random.nextInt(15) == 0) {
                        alias.setLong(1, id);
                        alias.setString(2, pick(random, FORENAMES));
                        alias.setString(3, pick(random, START) + pick(random, END));
                        alias.addBatch();
                    }
                    if (original != null) {
                        seeded.add(new long[] {(long) original[0], id});
                    }
                    made.add(new Object[] {id, forename, surname, dob, location});
                }
                p.executeBatch();
                home.executeBatch();
                alias.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE people.person");
            }
        }
        return count;
    }

    private static long[] nextIds(Connection c, String sequence, int count) throws java.sql.SQLException {
        long[] ids = new long[count];
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT nextval('" + sequence + "') FROM generate_series(1, " + count + ")")) {
            for (int i = 0; rs.next(); i++) {
                ids[i] = rs.getLong(1);
            }
        }
        return ids;
    }

    private static String familiar(String forename) {
        for (String[] f : FAMILIAR) {
            if (f[0].equals(forename)) {
                return f[1];
            }
        }
        return forename.substring(0, forename.length() - 1); // a clipped name: Olivi, Georg
    }

    /** Keeps a timed result alive, so the JIT cannot drop the work it times. */
    private static volatile Object sink;

    private static double time(Supplier<?> work) {
        long t0 = System.nanoTime();
        sink = work.get();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
