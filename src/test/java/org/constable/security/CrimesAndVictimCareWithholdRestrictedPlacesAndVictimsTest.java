package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.constable.security.RestrictedWorld.byId;
import static org.constable.security.RestrictedWorld.canary;
import static org.constable.security.RestrictedWorld.enc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A crime at a restricted address with a restricted victim: the crime page, API and list, the NCRS
 * queue and the Victims' Code lists (the officer's and the team's) show "restricted location" and
 * "restricted person" to everyone without need-to-know, never the street, the point or the
 * victim's id. With need-to-know the same pages show them.
 */
@ConstableHttpTest
class CrimesAndVictimCareWithholdRestrictedPlacesAndVictimsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    @Test
    void theCrimeTheQueueAndTheVictimsCodeListsShowNeitherTheRefugeNorTheVictim() {
        Api api = new Api(port);
        RestrictedWorld world = new RestrictedWorld(api);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        TestUsers.TestUser recorderUser = users.create(Role.CALL_HANDLER);
        String recorder = api.token(users, recorderUser);
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        TestUsers.TestUser investigatorUser = users.create(Role.INVESTIGATOR);
        String investigator = api.token(users, investigatorUser);
        TestUsers.TestUser officerUser = users.create(Role.RESPONSE_OFFICER);
        String officer = api.token(users, officerUser);
        String registrar = api.token(users, users.create(Role.CRIME_REGISTRAR));

        Area area = CommandAndControl.freshArea().offset(37, 53); // coordinates no other number contains
        String street = canary("Refuge");
        String surname = canary("Victim");
        long refuge = world.location(supervisor, street, area, true);
        long victim = world.person(supervisor, surname, true);
        world.grant(supervisor, "location", refuge, recorderUser.id());
        world.grant(supervisor, "person", victim, recorderUser.id());

        // an incident at the refuge, closed as a crime: it waits on the NCRS monitor
        long incident = world.callAt(recorder, refuge);
        world.close(dispatcher, incident, "CRIME_DOMESTIC");
        String queuePath = "/api/v1/crime-monitor/queue?purpose=" + enc("NCRS integrity monitoring");
        JsonNode queued = byId(world.okJson(queuePath, registrar), "incidentId", incident);
        assertThat(queued.toString()).doesNotContain(street);
        assertThat(queued.get("locationText").asString()).startsWith("Restricted location");
        assertThat(world.ok("/crime-monitor", registrar)).doesNotContain(street);

        // the crime recorded from it, with the restricted victim
        Instant occurred = clock.instant().minus(Duration.ofHours(2));
        var crime = api.post(
                "/api/v1/crimes",
                recorder,
                "{\"fromIncidentId\":" + incident + ",\"classificationCode\":\"105A\",\"occurredFrom\":\""
                        + occurred + "\",\"occurredTo\":\"" + occurred.plusSeconds(60)
                        + "\",\"victims\":[{\"personId\":"
                        + victim + ",\"vulnerableOrIntimidated\":true}],\"narrative\":\"Assaulted in the kitchen\","
                        + "\"officerInCharge\":\"" + officerUser.username() + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
        long crimeId = Json.read(crime.body()).get("id").asLong();
        String lat = Double.toString(area.latitude());

        String crimePath = "/api/v1/crimes/" + crimeId + "?purpose=" + enc("Investigation");
        JsonNode seen = world.okJson(crimePath, investigator);
        assertThat(seen.toString()).doesNotContain(street).doesNotContain(lat).doesNotContain(surname);
        assertThat(seen.get("crime").get("locationText").asString()).startsWith("Restricted location");
        assertThat(seen.get("crime").get("locationId").isNull()).isTrue();
        assertThat(seen.get("crime").get("latitude").isNull()).isTrue();
        JsonNode party = seen.get("parties").get(0);
        assertThat(party.get("role").asString()).isEqualTo("VICTIM");
        assertThat(party.get("personId").isNull())
                .as("a restricted victim is not named, not even by id")
                .isTrue();
        assertThat(world.ok("/crimes/" + crimeId, investigator))
                .contains("Restricted location")
                .contains("Restricted person")
                .doesNotContain(street)
                .doesNotContain("/people/" + victim + "\"");
        assertThat(world.ok("/api/v1/crimes", investigator)).doesNotContain(street);
        assertThat(world.ok("/crimes", investigator)).doesNotContain(street);

        // the Victims' Code lists: the officer in charge without need-to-know, and the supervisors
        awaitVictimCare(crimeId);
        String duePath = "/api/v1/victim-care/due?purpose=" + enc("Victims' Code due list");
        List<JsonNode> mine = items(world.okJson(duePath, officer), crimeId);
        assertThat(mine).isNotEmpty();
        mine.forEach(i -> assertThat(i.get("personId").isNull()).isTrue());
        assertThat(world.ok("/victim-care", officer))
                .contains("Restricted person")
                .doesNotContain("/people/" + victim + "\"");
        List<JsonNode> team = items(
                world.okJson(
                        "/api/v1/victim-care/team-due?purpose=" + enc("Supervision or quality review"), supervisor),
                crimeId);
        assertThat(team).isNotEmpty();
        team.forEach(i -> assertThat(i.get("personId").isNull()).isTrue());
        assertThat(world.ok("/victim-care/team", supervisor)).doesNotContain("/people/" + victim + "\"");
        JsonNode care =
                world.okJson("/api/v1/victim-care/crimes/" + crimeId + "?purpose=" + enc("Victim care"), officer);
        assertThat(care.get("victims").get(0).get("personId").isNull()).isTrue();
        assertThat(world.ok("/victim-care/crimes/" + crimeId, officer)).doesNotContain("/people/" + victim + "\"");

        // granted need-to-know, the investigator sees both
        world.grant(supervisor, "location", refuge, investigatorUser.id());
        world.grant(supervisor, "person", victim, investigatorUser.id());
        JsonNode known = world.okJson(crimePath, investigator);
        assertThat(known.get("crime").get("locationText").asString()).contains(street);
        assertThat(known.get("parties").get(0).get("personId").asLong()).isEqualTo(victim);
    }

    private void awaitVictimCare(long crimeId) {
        await("victim care opened for crime " + crimeId)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() ->
                        db.count("SELECT count(*) FROM investigation.victim_care WHERE crime_id = ?", crimeId) > 0);
    }

    private static List<JsonNode> items(JsonNode list, long crimeId) {
        List<JsonNode> found = new ArrayList<>();
        for (String part : new String[] {"due", "overdue"}) {
            list.get(part).forEach(i -> {
                if (i.get("crimeId").asLong() == crimeId) {
                    found.add(i);
                }
            });
        }
        return found;
    }
}
