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
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A restricted person, address and vehicle are invisible to an officer without need-to-know: not in
 * results, not in the counts, not in what the page says when nothing is found, not in error
 * messages. Suggestions have their own test, {@link RestrictedRecordsNeverLeakThroughSuggestionsTest}.
 */
@ConstableHttpTest
class RestrictedRecordsNeverLeakThroughSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void an_officer_without_need_to_know_finds_no_trace_of_a_restricted_person_until_granted() throws Exception {
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        TestUsers.TestUser officerUser = users.create(Role.RESPONSE_OFFICER);
        String officer = api.token(users, officerUser);
        String surname = uniqueSurname("Wintermarch");
        long person = Json.read(api.post(
                                "/api/v1/persons",
                                supervisor,
                                "{\"forename\":\"Ottoline\",\"surname\":\"" + surname
                                        + "\",\"dateOfBirth\":\"1979-02-03\",\"restricted\":true}")
                        .body())
                .get("id")
                .asLong();
        String street = uniqueSurname("Hiddenvale") + " Close";
        long location = Json.read(api.post(
                                "/api/v1/locations",
                                supervisor,
                                "{\"street\":\"" + street
                                        + "\",\"town\":\"Levenfield\",\"postcode\":\"M19 4QX\",\"restricted\":true}")
                        .body())
                .get("id")
                .asLong();
        String vrm = "ZR" + uniqueSurname("").toUpperCase(Locale.ROOT).substring(0, 2) + "71";
        long vehicle = Json.read(
                        api.post("/api/v1/vehicles", supervisor, "{\"vrm\":\"" + vrm + "\",\"restricted\":true}")
                                .body())
                .get("id")
                .asLong();
        // wait until the records are in the index (a granted reader sees them), so their absence below is the policy's
        // doing
        TestUsers.TestUser watcherUser = users.create(Role.SUPERVISOR);
        for (String[] grant :
                new String[][] {{"person", "" + person}, {"location", "" + location}, {"vehicle", "" + vehicle}}) {
            api.post(
                    "/api/v1/need-to-know",
                    supervisor,
                    "{\"recordType\":\"" + grant[0] + "\",\"recordId\":" + grant[1] + ",\"userId\":" + watcherUser.id()
                            + "}");
        }
        String watcher = api.token(users, watcherUser);
        assertThat(hasId(
                        searchUntil(api, watcher, "Ottoline " + surname, r -> hasId(r.get("persons"), person))
                                .get("persons"),
                        person))
                .isTrue();
        assertThat(hasId(
                        searchUntil(api, watcher, street, r -> hasId(r.get("addresses"), location))
                                .get("addresses"),
                        location))
                .isTrue();
        assertThat(hasId(
                        searchUntil(api, watcher, vrm, r -> hasId(r.get("vehicles"), vehicle))
                                .get("vehicles"),
                        vehicle))
                .isTrue();

        for (String q : new String[] {
            "Ottoline " + surname,
            "Otoline " + surname.substring(0, 6) + surname.substring(7),
            surname + " 1979",
            street,
            vrm,
            "M19 4QX"
        }) {
            Api.Response r = api.get(searchPath(q, "Investigation"), officer);
            assertThat(r.status()).isEqualTo(200);
            JsonNode results = Json.read(r.body());
            assertThat(hasId(results.get("persons"), person)).isFalse();
            assertThat(hasId(results.get("addresses"), location)).isFalse();
            assertThat(hasId(results.get("vehicles"), vehicle)).isFalse();
            // what the officer typed is echoed back; anything else naming the records would be a leak
            String shown = r.body().replace(q, "");
            assertThat(shown)
                    .doesNotContain(surname)
                    .doesNotContain("Ottoline")
                    .doesNotContain(street)
                    .doesNotContain(vrm)
                    .doesNotContain("restricted\":true");
            Api.Response page = api.get(
                    "/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
                            + "&purpose=Investigation",
                    officer);
            assertThat(page.body().replace(q, ""))
                    .doesNotContain(surname)
                    .doesNotContain(street)
                    .doesNotContain(vrm);
        }
        Api.Response error = api.get(searchPath(surname, null), officer);
        assertThat(error.status()).isEqualTo(400);
        assertThat(Json.read(error.body()).get("detail").asText())
                .isEqualTo("A purpose is required for consultation of personal data.");

        api.post(
                "/api/v1/need-to-know",
                supervisor,
                "{\"recordType\":\"person\",\"recordId\":" + person + ",\"userId\":" + officerUser.id() + "}");
        JsonNode granted = searchUntil(api, officer, "Ottoline " + surname, r -> hasId(r.get("persons"), person));
        assertThat(hasId(granted.get("persons"), person)).as(granted.toString()).isTrue();
        assertThat(granted.get("persons").get(0).get("restricted").asBoolean()).isTrue();
    }
}
