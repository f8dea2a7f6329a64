package org.constable.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.search.SearchFixtures.created;
import static org.constable.search.SearchFixtures.hasId;
import static org.constable.search.SearchFixtures.searchPath;
import static org.constable.search.SearchFixtures.searchUntil;
import static org.constable.search.SearchFixtures.uniqueSurname;
import static org.constable.testsupport.CommandAndControl.thrive;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A registration finds the vehicle and the persons linked to it (a restricted one only with
 * need-to-know); a person found shows the incidents they called about and the crimes they are a
 * party to; an incident or crime reference finds the incident or crime. Each only for roles that
 * may read that kind of record.
 */
@ConstableHttpTest
class FindingLinkedRecordsThroughSearchTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Test
    void
            a_registration_typed_with_a_misread_finds_the_keeper_and_the_driver_but_a_restricted_driver_only_with_need_to_know()
                    throws Exception {
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        TestUsers.TestUser officerUser = users.create(Role.RESPONSE_OFFICER);
        String officer = api.token(users, officerUser);
        String letters = uniqueSurname("").toUpperCase(Locale.ROOT);
        String vrm = letters.substring(0, 2) + "58" + letters.substring(2, 5);
        String shown = vrm.substring(0, 4) + " " + vrm.substring(4);
        long vehicle = created(api.post(
                "/api/v1/vehicles", supervisor, "{\"vrm\":\"" + shown + "\",\"make\":\"Ford\",\"colour\":\"Blue\"}"));
        String keeperSurname = uniqueSurname("Ashbourne");
        long keeper = created(api.post(
                "/api/v1/persons", supervisor, "{\"forename\":\"Keeley\",\"surname\":\"" + keeperSurname + "\"}"));
        String driverSurname = uniqueSurname("Wraxall");
        long driver = created(api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Dorian\",\"surname\":\"" + driverSurname + "\",\"restricted\":true}"));
        TestUsers.TestUser watcherUser = users.create(Role.SUPERVISOR);
        api.post(
                "/api/v1/need-to-know",
                supervisor,
                "{\"recordType\":\"person\",\"recordId\":" + driver + ",\"userId\":" + watcherUser.id() + "}");
        String watcher = api.token(users, watcherUser);
        link(api, supervisor, keeper, vehicle, "KEEPER");
        link(api, watcher, driver, vehicle, "DRIVER");
        JsonNode granted = searchUntil(
                api, watcher, shown, r -> hasId(r.get("persons"), driver) && hasId(r.get("persons"), keeper));
        assertThat(hasId(granted.get("persons"), driver)).as(granted.toString()).isTrue();
        assertThat(whyOf(granted, driver)).contains("linked vehicle " + shown + " (driver)");

        // with no space, and with 8 misread as B: the vehicle and its keeper, never the restricted driver
        String misread = vrm.substring(0, 3) + "B" + vrm.substring(4);
        for (String q :
                new String[] {vrm, misread.substring(0, 4) + " " + misread.substring(4), vrm.toLowerCase(Locale.ROOT)
                }) {
            JsonNode r = searchUntil(api, officer, q, x -> hasId(x.get("persons"), keeper));
            assertThat(hasId(r.get("vehicles"), vehicle)).as(q + " " + r).isTrue();
            assertThat(hasId(r.get("persons"), keeper)).as(q + " " + r).isTrue();
            assertThat(whyOf(r, keeper)).contains("linked vehicle " + shown + " (keeper)");
            assertThat(hasId(r.get("persons"), driver)).as(q).isFalse();
            assertThat(r.get("persons").size()).isEqualTo(1);
            assertThat(r.toString())
                    .doesNotContain(driverSurname)
                    .doesNotContain("Dorian")
                    .doesNotContain("driver");
        }
        Api.Response page = api.get("/search?q=" + vrm + "&purpose=Investigation", officer);
        assertThat(page.body())
                .contains(keeperSurname)
                .contains("linked vehicle " + shown + " (keeper)")
                .doesNotContain(driverSurname);
    }

    @Test
    void a_person_found_shows_the_incidents_they_called_about_and_their_crimes_and_references_find_both()
            throws Exception {
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        TestUsers.TestUser officerUser = users.create(Role.RESPONSE_OFFICER);
        String officer = api.token(users, officerUser);
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        String surname = uniqueSurname("Penhaligon");
        long person = created(
                api.post("/api/v1/persons", supervisor, "{\"forename\":\"Perpetua\",\"surname\":\"" + surname + "\"}"));
        long victim = created(api.post(
                "/api/v1/persons", supervisor, "{\"forename\":\"Vic\",\"surname\":\"" + uniqueSurname("Tim") + "\"}"));

        long[] incidents = new long[2];
        String[] incidentRefs = new String[2];
        for (int i = 0; i < 2; i++) {
            var call = api.post("/api/v1/calls", handler, call(CommandAndControl.freshArea(), person));
            assertThat(call.status()).as(call.body()).isEqualTo(201);
            incidents[i] = Json.read(call.body()).get("incidentId").asLong();
            clock.advance(java.time.Duration.ofMinutes(1));
        }
        var closed = api.post(
                "/api/v1/incidents/" + incidents[0] + "/closure",
                dispatcher,
                "{\"classification\":\"CRIME_VIOLENCE\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        Instant from = clock.instant().minus(30, ChronoUnit.MINUTES);
        var recorded = api.post(
                "/api/v1/crimes",
                officer,
                "{\"fromIncidentId\":" + incidents[0] + ",\"classificationCode\":\"8N\","
                        + "\"occurredFrom\":\"" + from + "\",\"occurredTo\":\"" + from.plusSeconds(300)
                        + "\",\"victims\":[{\"personId\":" + victim
                        + ",\"vulnerableOrIntimidated\":false}],\"suspects\":[" + person
                        + "],\"narrative\":\"Punched outside the shop\","
                        + "\"officerInCharge\":\"" + officerUser.username() + "\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long crime = Json.read(recorded.body()).get("id").asLong();
        String crimeRef = Json.read(recorded.body()).get("reference").asText();

        JsonNode r = searchUntil(api, officer, "Perpetua " + surname, x -> hasId(x.get("persons"), person));
        JsonNode p = personOf(r, person);
        assertThat(p.get("linkedIncidentCount").asInt()).isEqualTo(2);
        assertThat(p.get("linkedIncidents").get(0).get("id").asLong())
                .as("latest call first")
                .isEqualTo(incidents[1]);
        assertThat(p.get("linkedIncidents").get(0).get("why").asText()).isEqualTo("called about it");
        incidentRefs[0] = p.get("linkedIncidents").get(1).get("reference").asText();
        assertThat(p.get("linkedCrimeCount").asInt()).isEqualTo(1);
        assertThat(p.get("linkedCrimes").get(0).get("reference").asText()).isEqualTo(crimeRef);
        assertThat(p.get("linkedCrimes").get(0).get("why").asText()).isEqualTo("suspect");

        // references, typed loosely, find the incident and the crime in their own groups
        JsonNode byCrimeRef = Json.read(api.get(
                        searchPath(crimeRef.toLowerCase(Locale.ROOT).replace('-', ' '), "Investigation"), officer)
                .body());
        assertThat(byCrimeRef.get("crimes"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("id").asLong()).isEqualTo(crime));
        assertThat(byCrimeRef.toString()).doesNotContain(surname);
        JsonNode byIncidentRef = Json.read(
                api.get(searchPath(incidentRefs[0], "Investigation"), officer).body());
        assertThat(hasId(byIncidentRef.get("incidents"), incidents[0]))
                .as(byIncidentRef.toString())
                .isTrue();

        // a dispatcher reads incidents, not crimes; a custody officer neither
        String dispatcherSees = api.get(searchPath("Perpetua " + surname, "Investigation"), dispatcher)
                .body();
        JsonNode d = personOf(Json.read(dispatcherSees), person);
        assertThat(d.get("linkedIncidentCount").asInt()).isEqualTo(2);
        assertThat(d.get("linkedCrimeCount").asInt()).isZero();
        assertThat(dispatcherSees).doesNotContain(crimeRef);
        assertThat(Json.read(api.get(searchPath(crimeRef, "Investigation"), dispatcher)
                                .body())
                        .get("crimes")
                        .size())
                .isZero();
        String custody = api.token(users, users.create(Role.CUSTODY_OFFICER));
        JsonNode c = personOf(
                Json.read(api.get(searchPath("Perpetua " + surname, "Investigation"), custody)
                        .body()),
                person);
        assertThat(c.get("linkedIncidentCount").asInt()).isZero();
        assertThat(c.get("linkedIncidents").size()).isZero();
        assertThat(c.get("linkedCrimeCount").asInt()).isZero();

        // the person's page lists them too
        Api.Response fragment = api.get("/search/people/" + person + "/linked?purpose=Investigation", officer);
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body())
                .contains(crimeRef)
                .contains(incidentRefs[0])
                .contains("Crimes (")
                .contains("suspect");
        Api.Response searchPage = api.get("/search?q=Perpetua+" + surname + "&purpose=Investigation", officer);
        assertThat(searchPage.body()).contains(crimeRef).contains("Incidents (2)");
    }

    @Test
    void the_linked_records_of_a_restricted_person_are_missing_like_the_person() {
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        String officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        long hidden = created(api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Hester\",\"surname\":\"" + uniqueSurname("Quill") + "\",\"restricted\":true}"));
        Api.Response restricted = api.get("/search/people/" + hidden + "/linked?purpose=Investigation", officer);
        Api.Response missing =
                api.get("/search/people/" + (hidden + 1_000_000) + "/linked?purpose=Investigation", officer);
        assertThat(restricted.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(withIdAsWord(withoutToken(restricted.body()), hidden))
                .isEqualTo(withIdAsWord(withoutToken(missing.body()), hidden + 1_000_000));
    }

    /** The id written as "ID" where it stands alone, so that an id of 8 leaves "utf-8" as it is. */
    private static String withIdAsWord(String page, long id) {
        return page.replaceAll("(?<![\\w-])" + id + "(?!\\w)", "ID");
    }

    private static String withoutToken(String page) {
        return page.replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\">", "");
    }

    private static String call(CommandAndControl.Area at, long callerPersonId) {
        return "{\"channel\":\"EMERGENCY_999\",\"caller\":{\"anonymous\":false,\"name\":\"Perpetua\",\"phone\":\"07700900123\",\"personId\":"
                + callerPersonId + "},\"location\":{\"latitude\":" + at.latitude() + ",\"longitude\":" + at.longitude()
                + ",\"text\":\"Near the test point\"},\"whatHappened\":\"A fight outside the shop\",\"callType\":\"ASSAULT\",\"thrive\":"
                + thrive("LOW", "LOW", "LOW", "LOW") + "}";
    }

    private static void link(Api api, String token, long person, long vehicle, String kind) {
        Api.Response r = api.post(
                "/api/v1/links",
                token,
                "{\"fromType\":\"PERSON\",\"fromId\":" + person + ",\"toType\":\"VEHICLE\",\"toId\":" + vehicle
                        + ",\"kind\":\"" + kind + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static JsonNode personOf(JsonNode results, long id) {
        for (JsonNode p : results.get("persons")) {
            if (p.get("id").asLong() == id) {
                return p;
            }
        }
        throw new AssertionError("person " + id + " not in " + results);
    }

    private static String whyOf(JsonNode results, long id) {
        return personOf(results, id).get("why").toString();
    }
}
