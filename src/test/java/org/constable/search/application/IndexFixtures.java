package org.constable.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.awaitility.Awaitility;
import org.constable.search.domain.PersonDocuments;
import org.constable.search.domain.SearchablePerson;
import org.constable.testsupport.Api;
import org.constable.testsupport.Json;
import tools.jackson.databind.JsonNode;

/** What the tests of the index and its projection share: records made over the API, and the index read directly. */
final class IndexFixtures {

    private IndexFixtures() {}

    static String search(String q) {
        return "/api/v1/search?q=" + encode(q) + "&purpose=Investigation";
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static boolean hasId(JsonNode list, long id) {
        for (JsonNode n : list) {
            if (n.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    static long created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    /** A made-up name part nobody else in the test run has. */
    static String unique(String stem) {
        return stem + letters(5).toLowerCase(Locale.ROOT);
    }

    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    /** Puts a record with its current version, as a user's form would. */
    static void put(Api api, String token, String kind, long id, String bodyWithoutVersion) {
        JsonNode current = Json.read(api.get("/api/v1/" + kind + "/" + id + "?purpose=Investigation", token)
                .body());
        Api.Response r = api.send(
                "PUT",
                "/api/v1/" + kind + "/" + id,
                token,
                bodyWithoutVersion + ",\"version\":" + current.get("version").asInt() + "}");
        assertThat(r.status()).as(r.body()).isBetween(200, 204);
    }

    /** Waits for something asynchronous (the projection) with a generous limit: the machine is shared. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(condition::getAsBoolean);
    }

    static JsonNode getUntil(Api api, String token, String path, Predicate<JsonNode> found) {
        return api.getJsonUntil(path, token, Duration.ofSeconds(30), found);
    }

    /** The restricted flag of the record's document in the index: 1, 0, or -1 when it has none. */
    static int restrictedFlag(SearchIndex index, Term key) {
        return index.withSearcher(s -> {
            try {
                ScoreDoc[] docs = s.search(new TermQuery(key), 1).scoreDocs;
                if (docs.length == 0) {
                    return -1;
                }
                if (key.text().startsWith(PersonDocuments.TYPE + ":")) {
                    // a person keeps no stored fields: its flag is in its doc values (ADR 0063)
                    return PersonDocuments.read(s.getIndexReader(), docs[0].doc).restricted() ? 1 : 0;
                }
                return s.storedFields()
                        .document(docs[0].doc)
                        .getField("restricted")
                        .numericValue()
                        .intValue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The person as the index holds it now, if it does. */
    static Optional<SearchablePerson> indexedPerson(SearchIndex index, long id) {
        return index.withSearcher(s -> {
            try {
                ScoreDoc[] docs = s.search(new TermQuery(PersonDocuments.key(id)), 1).scoreDocs;
                return docs.length == 0
                        ? Optional.<SearchablePerson>empty()
                        : Optional.of(PersonDocuments.read(s.getIndexReader(), docs[0].doc));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
