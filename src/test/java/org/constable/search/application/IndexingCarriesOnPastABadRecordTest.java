package org.constable.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.search.application.IndexFixtures.await;
import static org.constable.search.application.IndexFixtures.created;
import static org.constable.search.application.IndexFixtures.getUntil;
import static org.constable.search.application.IndexFixtures.hasId;
import static org.constable.search.application.IndexFixtures.indexedPerson;
import static org.constable.search.application.IndexFixtures.put;
import static org.constable.search.application.IndexFixtures.search;
import static org.constable.search.application.IndexFixtures.unique;

import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, defect 1, and issue 13, H5: one record that cannot be indexed stopped the whole rebuild
 * (no address or vehicle after it was ever found), and a change to an address whose document could
 * not be written never re-indexed the persons living there, while the application said UP and the
 * search said nothing. Now the others are indexed all the same, and the index says it is incomplete:
 * the health endpoint (DEGRADED, 503, with the reason), the search API ({@code indexStatus}) and a
 * banner on the search page. This class damages its index on purpose, so it has an application of
 * its own, closed afterwards.
 */
@ConstableHttpTest
@TestPropertySource(properties = "constable.test.context=search-index-with-a-bad-record")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexingCarriesOnPastABadRecordTest {

    /** Longer than the longest term Lucene accepts (32,766 bytes): such a street cannot be indexed. */
    private static final String IMMENSE_WORD = "x".repeat(40_000);

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchIndexState state;

    @Autowired
    SearchProjection projection;

    @Autowired
    DatabaseAdmin db;

    @Test
    @Order(1)
    void the_persons_at_an_address_are_re_indexed_when_the_address_itself_cannot_be() throws Exception {
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        String officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        await("the rebuild at start finished", () -> !state.rebuildingOrDue());
        // from now on no address document can be written: its street words clash with this field
        Document poison = new Document();
        poison.add(new IntPoint("street_word", 1));
        index.put(new Term("key", "test:poison"), poison);
        index.refresh();

        String street = unique("Ravensholt") + " Road";
        String address = "{\"street\":\"" + street + "\",\"town\":\"Levenfield\",\"postcode\":\"M19 2AB\"";
        long location = created(api.post("/api/v1/locations", supervisor, address + "}"));
        String surname = unique("Threlkeld");
        long person = created(api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Wilfred\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\"1969-09-09\"}"));
        assertThat(api.post(
                                "/api/v1/persons/" + person + "/addresses",
                                supervisor,
                                "{\"locationId\":" + location + ",\"kind\":\"HOME\"}")
                        .status())
                .isBetween(200, 204);
        JsonNode found = getUntil(
                api,
                officer,
                search("Wilfred " + surname),
                r -> hasId(r.get("persons"), person)
                        && r.get("persons").get(0).get("addresses").toString().contains(street)
                        && r.get("indexStatus").get("state").asText().equals("INCOMPLETE"));
        assertThat(found.get("persons").get(0).get("addresses").toString()).contains(street);
        assertThat(found.get("indexStatus").get("state").asText()).isEqualTo("INCOMPLETE");
        assertThat(found.get("indexStatus").get("failedDocuments").asLong()).isPositive();

        put(api, supervisor, "locations", location, address + ",\"restricted\":true");

        await(
                "the person at the address restricted was re-indexed though the address could not be",
                () -> indexedPerson(index, person)
                        .map(p -> p.places().isEmpty())
                        .orElse(false));
        Api.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(503);
        assertThat(Json.read(health.body()).get("status").asText()).isEqualTo("DEGRADED");
    }

    @Test
    @Order(2)
    void a_rebuild_indexes_every_other_record_and_says_which_part_is_missing_until_it_is_mended() throws Exception {
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        String officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        long bad = db.count(
                "INSERT INTO people.location (street, town, postcode, created_at, updated_at) "
                        + "VALUES (?, 'Levenfield', 'M19 3CD', ?, ?) RETURNING id",
                IMMENSE_WORD,
                java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now));
        String after = unique("Wetherbury") + " Lane";
        long good = db.count(
                "INSERT INTO people.location (street, town, postcode, created_at, updated_at) "
                        + "VALUES (?, 'Levenfield', 'M19 3CE', ?, ?) RETURNING id",
                after,
                java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now));
        String vrm = "QX" + (10 + (int) (good % 80)) + "BAD";
        long vehicle = created(api.post("/api/v1/vehicles", supervisor, "{\"vrm\":\"" + vrm + "\"}"));
        assertThat(good).isGreaterThan(bad);

        projection.rebuild(p -> {});

        SearchIndexState.IndexStatus status = state.status();
        assertThat(status.state()).isEqualTo(SearchIndexState.State.INCOMPLETE);
        assertThat(status.failedDocuments()).isEqualTo(1);
        String message = "Search results may be incomplete: 1 record could not be added to the search index. "
                + "An administrator can find why in the log and rebuild the index.";
        assertThat(status.message()).isEqualTo(message);
        assertThat(hasId(Json.read(api.get(search(after), officer).body()).get("addresses"), good))
                .as("an address after the bad one is indexed")
                .isTrue();
        JsonNode byVrm = Json.read(api.get(search(vrm), officer).body());
        assertThat(hasId(byVrm.get("vehicles"), vehicle))
                .as("a vehicle after the bad address is indexed")
                .isTrue();
        assertThat(byVrm.get("indexStatus").get("state").asText()).isEqualTo("INCOMPLETE");
        assertThat(byVrm.get("indexStatus").get("complete").asBoolean()).isFalse();
        assertThat(byVrm.get("indexStatus").get("message").asText()).isEqualTo(message);
        assertThat(byVrm.get("indexStatus").get("failedDocuments").asLong()).isEqualTo(1);

        Api.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(503);
        assertThat(Json.read(health.body()).get("status").asText()).isEqualTo("DEGRADED");
        assertThat(health.body()).doesNotContain("could not");
        assertThat(api.get("/actuator/health/readiness", null).status())
                .as("the application still takes traffic")
                .isEqualTo(200);
        Api.Response searchHealth = api.get("/actuator/health/search", null);
        assertThat(searchHealth.status()).isEqualTo(503);
        JsonNode component = Json.read(searchHealth.body()).get("components").get("searchIndex");
        assertThat(component.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(component.get("details").get("state").asText()).isEqualTo("INCOMPLETE");
        assertThat(component.get("details").get("reason").asText()).isEqualTo(message);
        assertThat(component.get("details").get("failedDocuments").asLong()).isEqualTo(1);
        assertThat(searchHealth.body()).doesNotContain(IMMENSE_WORD.substring(0, 40));

        Api.Response page = api.get("/search?q=" + IndexFixtures.encode(after) + "&purpose=Investigation", officer);
        assertThat(page.body()).contains("id=\"index-status\"").contains(message);

        // mended: the record is indexed at its next change, and the index is whole again
        db.tamper("UPDATE people.location SET street = 'Mended Street' WHERE id = ?", bad);
        put(api, supervisor, "locations", bad, "{\"street\":\"Mended Street\",\"town\":\"Levenfield\"");
        await("the mended record was indexed", () -> state.status().complete());
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        JsonNode whole = Json.read(api.get(search("Mended Street"), officer).body());
        assertThat(hasId(whole.get("addresses"), bad)).isTrue();
        assertThat(whole.get("indexStatus").get("state").asText()).isEqualTo("COMPLETE");
        assertThat(whole.get("indexStatus").get("complete").asBoolean()).isTrue();
        assertThat(api.get("/search?q=Mended+Street&purpose=Investigation", officer)
                        .body())
                .doesNotContain("id=\"index-status\"");
    }

    @Test
    @Order(3)
    void a_rebuild_that_stopped_is_down_in_health_and_says_so_to_the_searcher() throws Exception {
        Api api = new Api(port);
        String officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        // what a rebuild that stopped (the database gone mid-way) leaves behind, without stopping the database
        state.rebuildStarted(new SearchProjection.Progress("person", 0, 1));
        state.rebuildEnded(false);
        try {
            Api.Response health = api.get("/actuator/health", null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(Json.read(health.body()).get("status").asText()).isEqualTo("DOWN");
            JsonNode component = Json.read(
                            api.get("/actuator/health/search", null).body())
                    .get("components")
                    .get("searchIndex");
            assertThat(component.get("status").asText()).isEqualTo("DOWN");
            assertThat(component.get("details").get("state").asText()).isEqualTo("FAILED");
            JsonNode found = Json.read(api.get(search("Mended Street"), officer).body());
            assertThat(found.get("indexStatus").get("state").asText()).isEqualTo("FAILED");
            assertThat(api.get("/search?purpose=Investigation", officer).body())
                    .contains("id=\"index-status\"")
                    .contains("the search index could not be rebuilt");
        } finally {
            state.rebuildStarted(new SearchProjection.Progress("person", 0, 1));
            state.rebuildEnded(true);
        }
    }
}
