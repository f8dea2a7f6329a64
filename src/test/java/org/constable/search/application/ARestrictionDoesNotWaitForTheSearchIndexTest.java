package org.constable.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.search.application.IndexFixtures.await;
import static org.constable.search.application.IndexFixtures.created;
import static org.constable.search.application.IndexFixtures.encode;
import static org.constable.search.application.IndexFixtures.getUntil;
import static org.constable.search.application.IndexFixtures.hasId;
import static org.constable.search.application.IndexFixtures.indexedPerson;
import static org.constable.search.application.IndexFixtures.letters;
import static org.constable.search.application.IndexFixtures.put;
import static org.constable.search.application.IndexFixtures.restrictedFlag;
import static org.constable.search.application.IndexFixtures.search;
import static org.constable.search.application.IndexFixtures.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.constable.identity.Role;
import org.constable.search.domain.LocationSearch;
import org.constable.search.domain.PersonDocuments;
import org.constable.search.domain.SearchableLocation;
import org.constable.search.domain.SearchablePerson;
import org.constable.search.domain.SearchableVehicle;
import org.constable.search.domain.VehicleSearch;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13, H5: after an address was restricted, search kept printing it to every person reader,
 * because the index still held the old copy. Here the index is made to lag on purpose: once the
 * projection has caught up with the restrictions, the old, unrestricted documents are written back,
 * exactly what a failed or late re-index leaves. A response officer without need-to-know must still
 * see nothing of the address (street, postcode, coordinates), the vehicle or the person restricted,
 * through the search API, the search page or the suggestions; the person at the address is still
 * found, without the address.
 */
@ConstableHttpTest
class ARestrictionDoesNotWaitForTheSearchIndexTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    SearchIndex index;

    @Test
    void an_address_vehicle_and_person_restricted_a_moment_ago_stay_hidden_while_the_index_still_shows_them_open()
            throws Exception {
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        String officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String stem = unique("Quenby");
        String street = stem + " Close";
        String postcode = "ZQ" + random.nextInt(10, 99) + " " + random.nextInt(10) + letters(2);
        double latitude = 53.4 + random.nextInt(100_000) / 1e7;
        double longitude = -2.2 - random.nextInt(100_000) / 1e7;
        long location = created(api.post(
                "/api/v1/locations",
                supervisor,
                "{\"premises\":\"7\",\"street\":\"" + street + "\",\"town\":\"Levenfield\",\"postcode\":\"" + postcode
                        + "\",\"latitude\":" + latitude + ",\"longitude\":" + longitude + "}"));
        String surname = unique("Hollinwood");
        long resident = created(api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Marjorie\",\"surname\":\"" + surname + "\",\"dateOfBirth\":\"1971-03-04\"}"));
        assertThat(api.post(
                                "/api/v1/persons/" + resident + "/addresses",
                                supervisor,
                                "{\"locationId\":" + location + ",\"kind\":\"HOME\"}")
                        .status())
                .isBetween(200, 204);
        String vrm = "ZQ" + random.nextInt(10, 99) + letters(3);
        long vehicle = created(api.post("/api/v1/vehicles", supervisor, "{\"vrm\":\"" + vrm + "\",\"make\":\"Ford\"}"));
        assertThat(api.post(
                                "/api/v1/links",
                                supervisor,
                                "{\"fromType\":\"PERSON\",\"fromId\":" + resident + ",\"toType\":\"VEHICLE\",\"toId\":"
                                        + vehicle + ",\"kind\":\"KEEPER\"}")
                        .status())
                .isEqualTo(201);
        String secretSurname = unique("Abernethy");
        long secret = created(api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Rowena\",\"surname\":\"" + secretSurname + "\",\"dateOfBirth\":\"1982-07-08\"}"));

        // everything is searchable and open first
        JsonNode before = getUntil(
                api,
                officer,
                search("Marjorie " + surname),
                r -> r.get("persons").size() > 0
                        && r.get("persons").get(0).get("addresses").toString().contains(street)
                        && r.get("persons").get(0).get("vrms").toString().contains(vrm));
        assertThat(before.get("persons").get(0).get("addresses").toString()).contains(street);
        assertThat(getUntil(api, officer, search(postcode), r -> hasId(r.get("addresses"), location))
                        .get("addresses"))
                .anySatisfy(a -> assertThat(a.get("id").asLong()).isEqualTo(location));
        assertThat(getUntil(api, officer, search(vrm), r -> hasId(r.get("vehicles"), vehicle))
                        .get("vehicles"))
                .anySatisfy(v -> assertThat(v.get("id").asLong()).isEqualTo(vehicle));
        assertThat(getUntil(api, officer, search("Rowena " + secretSurname), r -> hasId(r.get("persons"), secret))
                        .get("persons"))
                .anySatisfy(p -> assertThat(p.get("id").asLong()).isEqualTo(secret));

        // restricted through the API ...
        put(
                api,
                supervisor,
                "locations",
                location,
                "{\"premises\":\"7\",\"street\":\"" + street
                        + "\",\"town\":\"Levenfield\",\"postcode\":\"" + postcode + "\",\"latitude\":" + latitude
                        + ",\"longitude\":" + longitude + ",\"restricted\":true");
        put(api, supervisor, "vehicles", vehicle, "{\"vrm\":\"" + vrm + "\",\"make\":\"Ford\",\"restricted\":true");
        put(
                api,
                supervisor,
                "persons",
                secret,
                "{\"forename\":\"Rowena\",\"surname\":\"" + secretSurname
                        + "\",\"dateOfBirth\":\"1982-07-08\",\"restricted\":true");
        // ... and once the projection has caught up, the index is set back to the old, open copies,
        // as a re-index that failed or has not run yet would leave it
        await(
                "the projection caught up with the restrictions",
                () -> restrictedFlag(index, LocationSearch.key(location)) == 1
                        && restrictedFlag(index, VehicleSearch.key(vehicle)) == 1
                        && restrictedFlag(index, PersonDocuments.key(secret)) == 1
                        && residentShowsNothingRestricted(resident));
        String oneLine = "7, " + street + ", Levenfield, " + postcode;
        index.put(
                LocationSearch.key(location),
                LocationSearch.document(new SearchableLocation(
                        location, "7", street, null, "Levenfield", postcode, latitude, longitude, List.of(), false)));
        index.put(
                VehicleSearch.key(vehicle),
                VehicleSearch.document(new SearchableVehicle(vehicle, vrm, "Ford", null, null, false)));
        index.put(
                PersonDocuments.key(secret),
                PersonDocuments.document(new SearchablePerson(
                        secret,
                        "Rowena",
                        null,
                        secretSurname,
                        LocalDate.of(1982, 7, 8),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        false)));
        index.put(
                PersonDocuments.key(resident),
                PersonDocuments.document(new SearchablePerson(
                        resident,
                        "Marjorie",
                        null,
                        surname,
                        LocalDate.of(1971, 3, 4),
                        List.of(),
                        List.of(new SearchablePerson.Place(location, oneLine, postcode)),
                        List.of(new SearchablePerson.Vehicle(vehicle, vrm)),
                        List.of(),
                        false)));
        index.refresh();

        String[] leaks = {
            street,
            stem,
            postcode,
            postcode.replace(" ", ""),
            vrm,
            secretSurname,
            Double.toString(latitude),
            Double.toString(longitude)
        };
        JsonNode resident0 =
                Json.read(api.get(search("Marjorie " + surname), officer).body());
        assertThat(hasId(resident0.get("persons"), resident))
                .as("the person at the address is still found")
                .isTrue();
        for (String q :
                new String[] {"Marjorie " + surname, street, postcode, vrm, "Rowena " + secretSurname, secretSurname}) {
            Api.Response r = api.get(search(q), officer);
            assertThat(r.status()).isEqualTo(200);
            JsonNode results = Json.read(r.body());
            assertThat(hasId(results.get("addresses"), location)).as(q).isFalse();
            assertThat(hasId(results.get("vehicles"), vehicle)).as(q).isFalse();
            assertThat(hasId(results.get("persons"), secret)).as(q).isFalse();
            assertNoLeak("API search for " + q, withoutTheQuery(r.body(), q), leaks);
            Api.Response page = api.get("/search?q=" + encode(q) + "&purpose=Investigation", officer);
            assertThat(page.status()).isEqualTo(200);
            assertNoLeak("search page for " + q, withoutTheQuery(page.body().replace(encode(q), ""), q), leaks);
        }
        for (String typed : new String[] {
            secretSurname.substring(0, 6),
            "Rowena " + secretSurname.substring(0, 4),
            postcode.substring(0, 4),
            postcode,
            vrm.substring(0, 5),
            vrm
        }) {
            Api.Response r =
                    api.get("/api/v1/search/suggestions?q=" + encode(typed) + "&purpose=Investigation", officer);
            assertThat(r.status()).isEqualTo(200);
            assertNoLeak("suggestions for " + typed, withoutTheQuery(r.body(), typed), leaks);
            Api.Response htmx = api.get("/search/suggestions?q=" + encode(typed) + "&purpose=Investigation", officer);
            assertThat(htmx.status()).isEqualTo(200);
            assertNoLeak("suggestions page for " + typed, withoutTheQuery(htmx.body(), typed), leaks);
        }
    }

    /**
     * What the searcher typed may be echoed back (the query itself, or a "why" line such as
     * "surname quenbyeyzxd ≈ quenbysxkks" when another, open person sounds alike): that is the
     * searcher's own input, not a leak. Every word of the query is taken out, in any letter case,
     * before the body is checked (whole words only, so a postcode typed in two parts still
     * counts when it comes back written as one); whatever of the restricted records is left is a leak.
     */
    private static String withoutTheQuery(String body, String query) {
        String left = body.toLowerCase(Locale.ROOT).replace(query.toLowerCase(Locale.ROOT), "");
        for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isBlank()) {
                left = left.replaceAll("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])", "");
            }
        }
        return left;
    }

    private static void assertNoLeak(String where, String body, String... leaks) {
        for (String leak : leaks) {
            assertThat(body.toLowerCase(Locale.ROOT)).as(where).doesNotContain(leak.toLowerCase(Locale.ROOT));
        }
    }

    private boolean residentShowsNothingRestricted(long resident) {
        return indexedPerson(index, resident)
                .map(p -> p.places().isEmpty() && p.vehicles().isEmpty())
                .orElse(false);
    }
}
