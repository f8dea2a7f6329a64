package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.security.RestrictedWorld.canary;
import static org.constable.security.RestrictedWorld.enc;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
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
 * Dashboards count and open data snaps: neither may carry a restricted address, its exact point, or
 * a street derived from it, whatever records were made there.
 */
@ConstableHttpTest
class DashboardsAndOpenDataNeverCarryARestrictedAddressTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Test
    void theRefugesStreetAndPointAppearInNoDashboardAndNoPublishedFile() {
        Api api = new Api(port);
        RestrictedWorld world = new RestrictedWorld(api);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        TestUsers.TestUser handlerUser = users.create(Role.CALL_HANDLER);
        String handler = api.token(users, handlerUser);
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        Area area = CommandAndControl.freshArea().offset(37, 53); // coordinates no other number contains
        String street = canary("Refuge");
        long refuge = world.location(supervisor, street, area, true);
        world.grant(supervisor, "location", refuge, handlerUser.id());
        // open addresses around it, so that the gazetteer has points to snap to
        for (int i = 0; i < 9; i++) {
            world.location(handler, "Open Row", area.offset(400, 30 * i), false);
        }
        long asb = world.callAt(handler, refuge);
        world.close(dispatcher, asb, "ASB");
        long victim = world.person(handler, canary("Open"), false);
        Instant occurred = clock.instant().minus(Duration.ofHours(1));
        var crime = api.post(
                "/api/v1/crimes",
                handler,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\"" + occurred + "\",\"occurredTo\":\""
                        + occurred.plusSeconds(60) + "\",\"reportedAt\":\"" + occurred.plusSeconds(300)
                        + "\",\"locationId\":" + refuge + ",\"victims\":[{\"personId\":" + victim
                        + ",\"vulnerableOrIntimidated\":false}]"
                        + ",\"narrative\":\"Assault\",\"officerInCharge\":\"" + api.username(handler) + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
        String lat = String.format(Locale.ROOT, "%.5f", area.latitude());

        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        String period = "?from=" + today.minusDays(7) + "&to=" + today.plusDays(1);
        for (String path : new String[] {
            "/api/v1/dashboards/overview" + period,
            "/api/v1/dashboards/areas" + period,
            "/api/v1/dashboards/lsoas.csv" + period,
            "/api/v1/dashboards/wards"
        }) {
            assertThat(world.ok(path, analyst)).as(path).doesNotContain(street).doesNotContain(lat);
        }
        assertThat(world.ok("/dashboards", analyst)).doesNotContain(street);

        YearMonth month = YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
        clock.advance(Duration.ofDays(32));
        analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        var derived = api.post("/api/v1/open-data/snap-points/derivation", analyst, "");
        assertThat(derived.status()).as(derived.body()).isEqualTo(200);
        assertThat(world.ok("/api/v1/open-data/snap-points", analyst)).doesNotContain(street);
        var export = api.post(
                "/api/v1/open-data/exports",
                analyst,
                "{\"month\":\"" + month + "\",\"recipient\":\"data.police.uk\",\"justification\":\"Monthly\"}");
        assertThat(export.status()).as(export.body()).isEqualTo(201);
        long exportId = Json.read(export.body()).get("id").asLong();
        String file = world.ok(
                "/api/v1/open-data/exports/" + exportId + "/file?purpose=" + enc("Checking a publication"), analyst);
        assertThat(file).contains("On or near Open Row").doesNotContain(street).doesNotContain(lat);
    }
}
