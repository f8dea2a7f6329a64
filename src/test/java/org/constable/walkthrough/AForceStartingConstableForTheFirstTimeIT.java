package org.constable.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.constable.identity.domain.Rfc6238Totp;
import org.constable.testsupport.Api;
import org.constable.testsupport.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A new force starts the packaged Constable as the README says, on an empty data folder, with the
 * demo force, and uses it as its staff would on the first morning: the application says it is
 * healthy, search finds a demo person by name, an address by its postcode and a vehicle by its
 * registration read wrongly as a camera or a witness reads it, and the console shows no error.
 * Runs in {@code ./mvnw verify} against the jar that {@code package} built.
 */
@ExtendWith(PackagedConstable.Extension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.Order(1)
class AForceStartingConstableForTheFirstTimeIT {

    /** The rebuild of the search index runs after start; the demo force's few thousand records take seconds. */
    private static final Duration SEARCH_READY_LIMIT = Duration.ofSeconds(120);

    private static final String PURPOSE = "First-start check";

    static PackagedConstable app;

    @BeforeAll
    static void start(PackagedConstable packaged) {
        app = packaged;
        System.out.println("First start of the packaged application: healthy after "
                + app.startedIn().toMillis() + " ms");
    }

    @Test
    @Order(1)
    void the_application_says_it_is_up() {
        Api.Response health = new Api(app.port()).get("/actuator/health", null);

        assertThat(health.status()).as("health status code").isEqualTo(200);
        assertThat(Json.read(health.body()).path("status").asString())
                .as("health: %s", health.body())
                .isEqualTo("UP");
    }

    @Test
    @Order(2)
    void search_finds_a_demo_person_by_name_an_address_by_postcode_and_a_vehicle_by_a_misread_registration() {
        Api api = new Api(app.port());
        String token = signInToTheApi(api, app.demoLogins().withRole("Response officer"));
        DemoRecords demo = DemoRecords.find(api, token);

        String name = demo.forename() + " " + demo.surname();
        JsonNode byName =
                searchUntil(api, token, name, r -> ids(r.path("persons")).contains(demo.personId()));
        assertThat(ids(byName.path("persons")))
                .as("search for the demo person \"%s\" (person %d): %s", name, demo.personId(), byName)
                .contains(demo.personId());

        JsonNode byPostcode = searchUntil(
                api, token, demo.postcode(), r -> ids(r.path("addresses")).contains(demo.locationId()));
        assertThat(ids(byPostcode.path("addresses")))
                .as("search for the postcode %s of location %d: %s", demo.postcode(), demo.locationId(), byPostcode)
                .contains(demo.locationId());

        String misread = Misreads.misread(demo.vrm());
        JsonNode byMisread =
                searchUntil(api, token, misread, r -> ids(r.path("vehicles")).contains(demo.vehicleId()));
        assertThat(ids(byMisread.path("vehicles")))
                .as(
                        "search for %s, the registration %s misread, (vehicle %d): %s",
                        misread, demo.vrm(), demo.vehicleId(), byMisread)
                .contains(demo.vehicleId());
    }

    @Test
    @Order(3)
    void the_console_shows_no_error_and_no_exception() {
        // read last, so whatever the start and the searches logged is seen
        List<String> problems = app.problemLines();

        assertThat(problems)
                .as(
                        "ERROR or exception lines on the console of the first start (%s/console.log):%n%s",
                        app.folder(),
                        String.join(
                                "\n",
                                problems.stream()
                                        .filter(l -> !PackagedConstable.isStackFrame(l))
                                        .toList()))
                .isEmpty();
    }

    /** Signs in to the API as an API client does: password from the console, code from the TOTP secret shown there. */
    static String signInToTheApi(Api api, DemoLogins.DemoLogin login) {
        String password = app.demoLogins().password();
        Api.Response r = api.post(
                "/api/v1/tokens",
                null,
                "{\"username\":\"" + login.username() + "\",\"password\":\"" + password + "\",\"code\":\""
                        + Rfc6238Totp.codeAt(login.totpSecret(), Instant.now()) + "\"}");
        if (r.status() != 201) {
            fail("The demo user %s could not get an API token: %d %s", login.username(), r.status(), r.body());
        }
        return Json.read(r.body()).path("token").asString();
    }

    private static JsonNode searchUntil(Api api, String token, String q, Predicate<JsonNode> found) {
        Instant deadline = Instant.now().plus(SEARCH_READY_LIMIT);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            Api.Response r = api.get("/api/v1/search?q=" + encode(q) + "&purpose=" + encode(PURPOSE), token);
            assertThat(r.status()).as("search for %s: %s", q, r.body()).isEqualTo(200);
            last = Json.read(r.body());
            if (found.test(last)) {
                return last;
            }
            PackagedConstable.pause(Duration.ofSeconds(1));
        }
        return last;
    }

    static List<Long> ids(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path("id").asLong()));
        return out;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
