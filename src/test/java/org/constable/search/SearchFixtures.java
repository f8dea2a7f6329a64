package org.constable.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import org.constable.testsupport.Api;
import org.constable.testsupport.Json;
import tools.jackson.databind.JsonNode;

/** Unique synthetic names (the test database is shared by test classes) and a poll of the search API. */
final class SearchFixtures {

    private SearchFixtures() {}

    /** A made-up surname nobody else in the test run has: a stem and letters from the clock. */
    static String uniqueSurname(String stem) {
        StringBuilder s = new StringBuilder(stem);
        long n = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            s.append((char) ('a' + (n % 26)));
            n /= 26;
        }
        return s.toString();
    }

    static String searchPath(String q, String purpose) {
        return "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (purpose == null ? "" : "&purpose=" + URLEncoder.encode(purpose, StandardCharsets.UTF_8));
    }

    /**
     * Searches until the results satisfy {@code found}; returns the last results. The limit is
     * generous because the test machine is shared and loaded: speed is measured, not asserted.
     */
    static JsonNode searchUntil(Api api, String token, String q, Predicate<JsonNode> found)
            throws InterruptedException {
        return getUntil(api, token, searchPath(q, "Incident response"), found);
    }

    /** Gets the JSON at {@code path} until it satisfies {@code found}; returns the last answer. */
    static JsonNode getUntil(Api api, String token, String path, Predicate<JsonNode> found) {
        return api.getJsonUntil(path, token, Duration.ofSeconds(20), found);
    }

    /** The id of a record the API has just created (201). */
    static long created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    static boolean hasId(JsonNode list, long id) {
        for (JsonNode n : list) {
            if (n.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }
}
