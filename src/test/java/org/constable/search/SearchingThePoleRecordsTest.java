package org.constable.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.search.SearchFixtures.hasId;
import static org.constable.search.SearchFixtures.searchPath;
import static org.constable.search.SearchFixtures.searchUntil;
import static org.constable.search.SearchFixtures.uniqueSurname;

import java.util.Locale;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ConstableHttpTest
class SearchingThePoleRecordsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    Api api;
    String investigator;
    String officer;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        investigator = api.token(users, users.create(Role.INVESTIGATOR));
        officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
    }

    @Test
    void a_person_recorded_a_moment_ago_is_found_by_a_misspelt_name_with_warnings_and_why_it_matched()
            throws Exception {
        String surname = uniqueSurname("Pemberton");
        long id = Json.read(api.post(
                                "/api/v1/persons",
                                investigator,
                                "{\"forename\":\"Bartholomew\",\"surname\":\"" + surname
                                        + "\",\"dateOfBirth\":\"1984-05-06\"}")
                        .body())
                .get("id")
                .asLong();
        assertThat(api.post("/api/v1/persons/" + id + "/warning-markers", investigator, "{\"marker\":\"WEAPONS\"}")
                        .status())
                .isEqualTo(201);

        String misspelt = "Bartolomew " + surname.substring(0, 4) + surname.substring(5);
        JsonNode results = searchUntil(
                api,
                officer,
                misspelt,
                r -> hasId(r.get("persons"), id)
                        && r.get("persons").get(0).get("warnings").size() == 1);

        assertThat(hasId(results.get("persons"), id)).as(results.toString()).isTrue();
        JsonNode first = results.get("persons").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(id);
        assertThat(first.get("warnings").size()).as(results.toString()).isEqualTo(1);
        assertThat(first.get("warnings").get(0).asText()).isEqualTo("Weapons");
        assertThat(first.get("why").toString()).contains("fuzzy edit distance 1");
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION' AND purpose = 'Incident response' "
                                + "AND detail LIKE ? AND record_refs LIKE ?",
                        "search '" + misspelt + "'%",
                        "%person:" + id + "%"))
                .isPositive();
    }

    @Test
    void a_person_combined_into_another_is_found_only_through_the_record_kept_and_comes_back_on_undo()
            throws Exception {
        String surname = uniqueSurname("Ormsby");
        long kept = Json.read(api.post(
                                "/api/v1/persons",
                                investigator,
                                "{\"forename\":\"Cornelius\",\"surname\":\"" + surname
                                        + "\",\"dateOfBirth\":\"1979-02-03\"}")
                        .body())
                .get("id")
                .asLong();
        long absorbed = Json.read(api.post(
                                "/api/v1/persons",
                                investigator,
                                "{\"forename\":\"Cornelius\",\"surname\":\"" + surname
                                        + "\",\"dateOfBirth\":\"1979-03-02\"}")
                        .body())
                .get("id")
                .asLong();
        searchUntil(
                api,
                officer,
                "Cornelius " + surname,
                r -> hasId(r.get("persons"), kept) && hasId(r.get("persons"), absorbed));

        Api.Response combined = api.post(
                "/api/v1/combinations",
                investigator,
                "{\"survivorId\":" + kept + ",\"absorbedId\":" + absorbed
                        + ",\"reason\":\"same person, day and month swapped\"}");
        assertThat(combined.status()).as(combined.body()).isEqualTo(201);
        JsonNode after = searchUntil(api, officer, "Cornelius " + surname, r -> !hasId(r.get("persons"), absorbed));
        assertThat(hasId(after.get("persons"), absorbed)).as(after.toString()).isFalse();
        assertThat(hasId(after.get("persons"), kept)).as(after.toString()).isTrue();

        long combination = Json.read(combined.body()).get("id").asLong();
        Api.Response undone = api.post(
                "/api/v1/combinations/" + combination + "/undo", investigator, "{\"reason\":\"two brothers\"}");
        assertThat(undone.status()).as(undone.body()).isEqualTo(204);
        JsonNode separated = searchUntil(api, officer, "Cornelius " + surname, r -> hasId(r.get("persons"), absorbed));
        assertThat(hasId(separated.get("persons"), kept)).isTrue();
    }

    @Test
    void an_address_is_found_by_postcode_in_any_spacing_or_case_by_partial_street_and_within_a_radius()
            throws Exception {
        String street = uniqueSurname("Quenby") + " Road";
        long id = Json.read(api.post(
                                "/api/v1/locations",
                                investigator,
                                "{\"premises\":\"Flat 3\",\"street\":\"12 " + street
                                        + "\",\"town\":\"Levenfield\",\"postcode\":\"M19 3ZQ\",\"latitude\":53.4401,\"longitude\":-2.2002}")
                        .body())
                .get("id")
                .asLong();

        JsonNode byPostcode = searchUntil(api, officer, "m193zq", r -> hasId(r.get("addresses"), id));
        assertThat(hasId(byPostcode.get("addresses"), id)).isTrue();
        assertThat(byPostcode.get("addresses").toString()).contains("postcode M19 3ZQ");
        JsonNode byStreet =
                searchUntil(api, officer, "12 " + street.substring(0, 8), r -> hasId(r.get("addresses"), id));
        assertThat(byStreet.get("addresses").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(byStreet.get("addresses").get(0).get("why").toString())
                .contains("partial street")
                .contains("house number 12");

        Api.Response near =
                api.get("/api/v1/search?q=&lat=53.4402&lon=-2.2003&radius=50&purpose=Investigation", officer);
        assertThat(near.status()).as(near.body()).isEqualTo(200);
        assertThat(hasId(Json.read(near.body()).get("addresses"), id)).isTrue();
        Api.Response far =
                api.get("/api/v1/search?q=&lat=53.4802&lon=-2.2003&radius=50&purpose=Investigation", officer);
        assertThat(hasId(Json.read(far.body()).get("addresses"), id)).isFalse();
    }

    @Test
    void a_registration_is_found_with_or_without_spaces_and_when_zero_and_o_or_one_and_i_are_misread()
            throws Exception {
        String letters = uniqueSurname("").toUpperCase(Locale.ROOT).substring(0, 3);
        String vrm = "BO51" + letters;
        long id = Json.read(api.post(
                                "/api/v1/vehicles",
                                investigator,
                                "{\"vrm\":\"" + vrm + "\",\"make\":\"Ford\",\"colour\":\"Blue\"}")
                        .body())
                .get("id")
                .asLong();

        JsonNode exact = searchUntil(
                api, officer, "bo51 " + letters.toLowerCase(Locale.ROOT), r -> hasId(r.get("vehicles"), id));
        assertThat(exact.get("vehicles").get(0).get("why").toString()).contains("exact");
        JsonNode misread = searchUntil(api, officer, "B05I" + letters, r -> hasId(r.get("vehicles"), id));
        assertThat(misread.get("vehicles").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(misread.get("vehicles").get(0).get("why").toString()).contains("VRM misread");
    }

    @Test
    void a_search_needs_a_purpose_and_enough_to_search_by_and_says_so_as_a_problem() {
        Api.Response noPurpose = api.get(searchPath("Smith", null), officer);
        assertThat(noPurpose.status()).isEqualTo(400);
        assertThat(noPurpose.body()).contains("purpose");
        Api.Response tooShort = api.get(searchPath("S", "Investigation"), officer);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("at least 2 characters");
        assertThat(api.get("/api/v1/search?q=x&lat=53&purpose=Investigation", officer)
                        .status())
                .isEqualTo(400);
    }
}
