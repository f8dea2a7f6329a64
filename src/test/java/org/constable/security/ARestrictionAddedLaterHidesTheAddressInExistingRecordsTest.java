package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.security.RestrictedWorld.byId;
import static org.constable.security.RestrictedWorld.canary;
import static org.constable.security.RestrictedWorld.enc;

import java.time.Instant;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A derived record is checked against the address as it is now, not as it was when the record was
 * made: restricting an address later hides it at once in the incidents, crimes and NCRS queue that
 * already name it.
 */
@ConstableHttpTest
class ARestrictionAddedLaterHidesTheAddressInExistingRecordsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Test
    void restrictingAnAddressHidesItInTheIncidentsAndCrimesRecordedBeforehand() {
        Api api = new Api(port);
        RestrictedWorld world = new RestrictedWorld(api);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        String investigator = api.token(users, users.create(Role.INVESTIGATOR));
        String registrar = api.token(users, users.create(Role.CRIME_REGISTRAR));
        Area area = CommandAndControl.freshArea();
        String street = canary("Laterlane");
        long place = world.location(handler, street, area, false);

        long live = world.callAt(handler, place);
        long closed = world.callAt(handler, place);
        world.close(dispatcher, closed, "CRIME_VIOLENCE");
        long victim = world.person(investigator, canary("Later"), false);
        Instant occurred = clock.instant().minusSeconds(3600);
        var crime = api.post(
                "/api/v1/crimes",
                investigator,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\"" + occurred + "\",\"occurredTo\":\""
                        + occurred.plusSeconds(60) + "\",\"reportedAt\":\"" + occurred.plusSeconds(600)
                        + "\",\"locationId\":" + place + ",\"victims\":[{\"personId\":" + victim
                        + ",\"vulnerableOrIntimidated\":false}]"
                        + ",\"narrative\":\"Pushed over\",\"officerInCharge\":\"" + api.username(investigator) + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
        long crimeId = Json.read(crime.body()).get("id").asLong();
        String board = "/api/v1/board?purpose=" + enc("Live incident handling");
        String crimePath = "/api/v1/crimes/" + crimeId + "?purpose=" + enc("Investigation");
        String queue = "/api/v1/crime-monitor/queue?purpose=" + enc("NCRS integrity monitoring");
        assertThat(world.ok(board, dispatcher)).contains(street);
        assertThat(world.ok(crimePath, investigator)).contains(street);
        assertThat(world.ok(queue, registrar)).contains(street);

        // the address is restricted now (an abuser found out where the victim lives)
        var read = world.okJson("/api/v1/locations/" + place + "?purpose=" + enc("Safeguarding"), supervisor);
        var restricted = api.send(
                "PUT",
                "/api/v1/locations/" + place,
                supervisor,
                "{\"premises\":\"Flat 2\",\"street\":\"7 " + street + " Close\",\"town\":\"Testford\","
                        + "\"postcode\":\"TF1 2AB\",\"latitude\":" + area.latitude() + ",\"longitude\":"
                        + area.longitude() + ",\"restricted\":true,\"version\":"
                        + read.get("version").asInt() + "}");
        assertThat(restricted.status()).as(restricted.body()).isEqualTo(204);

        assertThat(world.ok(board, dispatcher)).doesNotContain(street);
        assertThat(byId(world.okJson(board, dispatcher).get("incidents"), "id", live)
                        .get("locationText")
                        .asString())
                .startsWith("Restricted location");
        assertThat(world.ok("/api/v1/incidents/" + closed + "?purpose=" + enc("Command and control"), dispatcher))
                .doesNotContain(street);
        assertThat(world.ok(crimePath, investigator)).doesNotContain(street);
        assertThat(world.ok("/crimes/" + crimeId, investigator)).doesNotContain(street);
        assertThat(world.ok(queue, registrar)).doesNotContain(street);
        assertThat(world.ok("/crime-monitor", registrar)).doesNotContain(street);
    }
}
