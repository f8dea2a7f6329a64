package org.constable.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.constable.search.SearchFixtures.searchPath;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.DemoForceHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, defect 1: on the demo force the rebuild at start threw at the first address (persons and
 * addresses both used a field "postcode", with different options), so on a first start no person was
 * found, and on later starts no address or vehicle, while health said UP. On a first start with the
 * demo force, once the index says it is complete, a common surname, a demo postcode and a demo
 * registration read with a misread character are found, and health is UP.
 */
@DemoForceHttpTest
class SearchingTheDemoForceOnFirstStartTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Test
    void a_first_start_finds_demo_persons_addresses_and_vehicles_and_says_it_is_healthy() throws Exception {
        Api api = new Api(port);
        String officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        JsonNode smiths = searchUntilComplete(api, officer, "Smith");
        assertThat(smiths.get("indexStatus").toString())
                .as("the start-up rebuild finished")
                .contains("\"complete\":true");
        assertThat(smiths.get("persons").size())
                .as(
                        "demo persons named Smith (%d in the database)",
                        count("SELECT count(*) FROM people.person WHERE surname = 'Smith'"))
                .isPositive();
        assertThat(smiths.get("indexStatus").get("state").asText()).isEqualTo("COMPLETE");

        String postcode = text("SELECT postcode FROM people.location WHERE NOT restricted ORDER BY id LIMIT 1");
        JsonNode byPostcode = Json.read(
                api.get(searchPath(postcode, "Investigation"), officer).body());
        assertThat(byPostcode.get("addresses").size()).as(postcode).isPositive();
        assertThat(byPostcode.get("addresses").get(0).get("postcode").asText()).isEqualTo(postcode);

        String vrm = text("SELECT vrm FROM people.vehicle WHERE NOT restricted AND vrm ~ '[015]' ORDER BY id LIMIT 1");
        String misread = vrm.replaceFirst("0", "O").equals(vrm)
                ? vrm.replaceFirst("1", "I").equals(vrm) ? vrm.replaceFirst("5", "S") : vrm.replaceFirst("1", "I")
                : vrm.replaceFirst("0", "O");
        JsonNode byVrm =
                Json.read(api.get(searchPath(misread, "Investigation"), officer).body());
        assertThat(byVrm.get("vehicles").size()).as(misread + " for " + vrm).isPositive();
        assertThat(byVrm.get("vehicles").get(0).get("vrm").asText().replace(" ", ""))
                .isEqualTo(vrm);

        Api.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(Json.read(health.body()).get("status").asText()).isEqualTo("UP");
        JsonNode searchHealth =
                Json.read(api.get("/actuator/health/search", null).body());
        assertThat(searchHealth
                        .get("components")
                        .get("searchIndex")
                        .get("details")
                        .get("state")
                        .asText())
                .isEqualTo("COMPLETE");
    }

    /** Searches until the index says it is complete (the rebuild at start runs in the background). */
    private static JsonNode searchUntilComplete(Api api, String token, String q) throws InterruptedException {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        try {
            return await("the search index says it is complete")
                    .atMost(Duration.ofSeconds(300))
                    .pollInterval(Duration.ofMillis(200))
                    .until(
                            () -> {
                                Api.Response r = api.get(searchPath(q, "Investigation"), token);
                                assertThat(r.status()).as(r.body()).isEqualTo(200);
                                last.set(Json.read(r.body()));
                                return last.get();
                            },
                            results ->
                                    results.get("indexStatus").get("complete").asBoolean());
        } catch (ConditionTimeoutException e) {
            return last.get(); // the test's assertions say what was missing
        }
    }

    private long count(String sql) {
        return db.count(sql);
    }

    private String text(String sql) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }
}
