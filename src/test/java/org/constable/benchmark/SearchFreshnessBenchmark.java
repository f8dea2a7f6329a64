package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.constable.identity.Role;
import org.constable.platform.DatabaseConfiguration;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Update to searchable, end to end, over real HTTP on the running application with the embedded
 * PostgreSQL: change a person's surname through the people API ({@code PUT /api/v1/persons/{id}}),
 * then ask the search API for the new name until the person is found. The time runs from sending
 * the update to the answer that finds the person, so it holds the update's transaction and audit,
 * the event hand-over after commit, re-reading the person, the index write and refresh, and one
 * search. Baselines in the same run: the update call alone, and one search call alone (a search
 * for a person already searchable); the poll asks again as soon as an answer comes back, so the
 * figure is at most one search call late.
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=SearchFreshnessBenchmark -Dconstable.benchmark=true [-Dconstable.benchmark.updates=50]}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
@ConstableHttpTest
class SearchFreshnessBenchmark {

    private static final int WARM_UP = 5;
    private static final long GIVE_UP_NANOS = 30_000_000_000L;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseConfiguration.EmbeddedDatabaseHolder embedded;

    @Test
    void updateToSearchableAgainstTheUpdateCallAndASearchCall() throws Exception {
        assertThat(embedded.database())
                .as("the benchmark measures the embedded PostgreSQL")
                .isNotNull();
        int updates = Integer.getInteger("constable.benchmark.updates", 50);
        Api api = new Api(port);
        String writer = api.token(users, users.create(Role.INVESTIGATOR));
        String reader = api.token(users, users.create(Role.RESPONSE_OFFICER));
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        String forename = "Benedetta";
        var created = api.post(
                "/api/v1/persons", writer, "{\"forename\":\"" + forename + "\",\"surname\":\"" + surname(0) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = Json.read(created.body()).get("id").asLong();
        int version = Json.read(api.get("/api/v1/persons/" + id + "?purpose=benchmark", writer)
                        .body())
                .get("version")
                .asInt();

        long[] updateCall = new long[updates];
        long[] searchCall = new long[updates];
        long[] toSearchable = new long[updates];
        int[] polls = new int[updates];
        for (int i = -WARM_UP; i < updates; i++) {
            String name = surname(i + WARM_UP + 1);
            long start = System.nanoTime();
            var put = api.send(
                    "PUT",
                    "/api/v1/persons/" + id,
                    writer,
                    "{\"forename\":\"" + forename + "\",\"surname\":\"" + name + "\",\"version\":" + version + "}");
            long updated = System.nanoTime();
            assertThat(put.status()).as(put.body()).isEqualTo(204);
            version++;
            int asked = 0;
            long found;
            do {
                asked++;
                JsonNode r = Json.read(
                        api.get(searchPath(forename + " " + name), reader).body());
                found = System.nanoTime();
                if (hasPerson(r, id)) {
                    break;
                }
                assertThat(found - start).as("found within 30 s").isLessThan(GIVE_UP_NANOS);
            } while (true);
            long searchStart = System.nanoTime();
            JsonNode again =
                    Json.read(api.get(searchPath(forename + " " + name), reader).body());
            long searched = System.nanoTime();
            assertThat(hasPerson(again, id)).isTrue();
            if (i >= 0) {
                updateCall[i] = updated - start;
                toSearchable[i] = found - start;
                searchCall[i] = searched - searchStart;
                polls[i] = asked;
            }
        }
        BenchmarkSupport.publish(
                "search-freshness", report(updates, updateCall, searchCall, toSearchable, polls, load));
    }

    /** A surname of letters only (digits would be read as a registration), different for each update. */
    private static String surname(int n) {
        StringBuilder s = new StringBuilder("Fresh");
        long x = n + 26L * 26 * 26 * (System.nanoTime() % 1000);
        for (int i = 0; i < 6; i++) {
            s.append((char) ('a' + x % 26));
            x /= 26;
        }
        return s.toString();
    }

    private static String searchPath(String q) {
        return "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&purpose=benchmark";
    }

    private static boolean hasPerson(JsonNode results, long id) {
        for (JsonNode p : results.get("persons")) {
            if (p.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    private static String report(
            int updates, long[] updateCall, long[] searchCall, long[] toSearchable, int[] polls, String load) {
        StringBuilder md = new StringBuilder();
        md.append("### Update to searchable over HTTP (people API, then search API)\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d updates of one person's surname after %d warm-up updates, one client; %d cores, max heap %.1f GiB, "
                        + "Java %s, load average at start %s.%n%n",
                updates,
                WARM_UP,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1073741824.0,
                System.getProperty("java.version"),
                load));
        md.append("| measured | p50 (ms) | p95 (ms) | max (ms) |\n|---|---:|---:|---:|\n");
        line(md, "update call alone (PUT /api/v1/persons/{id})", updateCall);
        line(md, "search call alone (GET /api/v1/search, person already searchable)", searchCall);
        line(md, "update sent → search finds the new name", toSearchable);
        double meanPolls = Arrays.stream(polls).average().orElse(0);
        md.append(String.format(
                Locale.ROOT,
                "%nSearch calls per update until found: mean %.1f, max %d.%n",
                meanPolls,
                Arrays.stream(polls).max().orElse(0)));
        if (Arrays.stream(polls).allMatch(n -> n == 1)) {
            md.append(
                    "Every update was found by the first search after it: the index was fresh before that search read it, so the index's "
                            + "own lag is below what this client can resolve (one search call), and the figure is the update call plus one search.\n");
        }
        return md.toString();
    }

    private static void line(StringBuilder md, String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        md.append(String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f |%n",
                name,
                BenchmarkSupport.percentile(sorted, 50) / 1e6,
                BenchmarkSupport.percentile(sorted, 95) / 1e6,
                sorted[sorted.length - 1] / 1e6));
    }
}
