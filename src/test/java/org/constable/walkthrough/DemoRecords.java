package org.constable.walkthrough;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import org.constable.testsupport.Api;
import org.constable.testsupport.Json;
import tools.jackson.databind.JsonNode;

/**
 * A demo person with a home address and a vehicle whose mark can be misread, found as an officer
 * finds one without the search index: the people list by the start of a common surname, then the
 * person's record. What search must then find by name, postcode and misread mark.
 */
record DemoRecords(
        long personId, String forename, String surname, long locationId, String postcode, long vehicleId, String vrm) {

    private static final List<String> COMMON_SURNAMES =
            List.of("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Wilson", "Evans");
    private static final String PURPOSE = "First-start check";

    static DemoRecords find(Api api, String token) {
        int opened = 0;
        for (String surname : COMMON_SURNAMES) {
            Api.Response list = api.get(
                    "/api/v1/persons?surname=" + surname + "&purpose="
                            + AForceStartingConstableForTheFirstTimeIT.encode(PURPOSE),
                    token);
            if (list.status() != 200) {
                fail("Listing the demo persons named %s answered %d: %s", surname, list.status(), list.body());
            }
            for (JsonNode summary : Json.read(list.body())) {
                if (opened++ == 200) {
                    break;
                }
                Api.Response person = api.get(
                        "/api/v1/persons/" + summary.path("id").asLong() + "?purpose="
                                + AForceStartingConstableForTheFirstTimeIT.encode(PURPOSE),
                        token);
                if (person.status() != 200) {
                    continue;
                }
                JsonNode p = Json.read(person.body());
                JsonNode address = first(
                        p.path("addresses"),
                        a -> !a.path("postcode").asString("").isBlank());
                JsonNode vehicle = first(
                        p.path("vehicles"),
                        v -> Misreads.canBeMisread(v.path("vrm").asString("")));
                if (address != null && vehicle != null) {
                    return new DemoRecords(
                            p.path("id").asLong(),
                            p.path("forename").asString(),
                            p.path("surname").asString(),
                            address.path("locationId").asLong(),
                            address.path("postcode").asString(),
                            vehicle.path("id").asLong(),
                            vehicle.path("vrm").asString());
                }
            }
        }
        return fail(
                "No demo person named %s has a home address with a postcode and a vehicle: is the demo force seeded?",
                COMMON_SURNAMES);
    }

    private static JsonNode first(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode n : array) {
            if (test.test(n)) {
                return n;
            }
        }
        return null;
    }
}
