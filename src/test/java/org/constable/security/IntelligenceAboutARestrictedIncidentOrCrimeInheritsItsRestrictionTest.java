package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.security.RestrictedWorld.canary;
import static org.constable.security.RestrictedWorld.enc;

import java.time.Duration;
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
 * An intelligence report is derived from what it names. A report about an incident at a refuge, or
 * about a crime whose victim is restricted, inherits that restriction: the analyst, the
 * investigator and the person and location pages without need-to-know of the refuge or the victim
 * never see it, exactly as if it did not exist; an officer without need-to-know cannot name the
 * incident or the crime in a report at all. Granted need-to-know, the report is there.
 */
@ConstableHttpTest
class IntelligenceAboutARestrictedIncidentOrCrimeInheritsItsRestrictionTest {

    private static final String PURPOSE = "?purpose=" + enc("Intelligence development");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Test
    void aReportNamingARestrictedIncidentOrCrimeIsHiddenLikeThem() {
        Api api = new Api(port);
        RestrictedWorld world = new RestrictedWorld(api);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        TestUsers.TestUser handlerUser = users.create(Role.CALL_HANDLER);
        String handler = api.token(users, handlerUser);
        TestUsers.TestUser authorUser = users.create(Role.RESPONSE_OFFICER);
        String author = api.token(users, authorUser);
        String outsider = api.token(users, users.create(Role.RESPONSE_OFFICER));
        TestUsers.TestUser analystUser = users.create(Role.INTELLIGENCE_ANALYST);
        String analyst = api.token(users, analystUser);

        Area area = CommandAndControl.freshArea().offset(41, 29);
        long refuge = world.location(supervisor, canary("Refuge"), area, true);
        long victim = world.person(supervisor, canary("Victim"), true);
        for (long user : new long[] {handlerUser.id(), authorUser.id()}) {
            world.grant(supervisor, "location", refuge, user);
            world.grant(supervisor, "person", victim, user);
        }
        long incident = world.callAt(handler, refuge);
        Instant occurred = clock.instant().minus(Duration.ofHours(1));
        var crime = api.post(
                "/api/v1/crimes",
                handler,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\"" + occurred + "\",\"occurredTo\":\""
                        + occurred.plusSeconds(60) + "\",\"reportedAt\":\"" + occurred.plusSeconds(600)
                        + "\",\"locationText\":\"Market Square\",\"victims\":[{\"personId\":"
                        + victim + "}],\"narrative\":\"Assaulted\",\"officerInCharge\":\"" + authorUser.username()
                        + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
        long crimeId = Json.read(crime.body()).get("id").asLong();

        // an officer without need-to-know cannot name them: as unknown as a missing record
        var aboutIncident = "{\"text\":\"Seen at the incident\",\"sourceType\":\"MEMBER_OF_PUBLIC\",\"incidentIds\":["
                + incident + "]}";
        var aboutCrime =
                "{\"text\":\"Knows who did it\",\"sourceType\":\"MEMBER_OF_PUBLIC\",\"crimeIds\":[" + crimeId + "]}";
        var refused = api.post("/api/v1/intelligence/reports", outsider, aboutIncident);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("incidentIds");
        refused = api.post("/api/v1/intelligence/reports", outsider, aboutCrime);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("crimeIds");

        long reportOnIncident = submitted(api.post("/api/v1/intelligence/reports", author, aboutIncident));
        long reportOnCrime = submitted(api.post("/api/v1/intelligence/reports", author, aboutCrime));
        for (long report : new long[] {reportOnIncident, reportOnCrime}) {
            assertThat(api.get("/api/v1/intelligence/reports/" + report + PURPOSE, analyst)
                            .status())
                    .as("the unit too needs need-to-know of what report " + report + " names")
                    .isEqualTo(404);
        }

        world.grant(supervisor, "location", refuge, analystUser.id());
        assertThat(api.get("/api/v1/intelligence/reports/" + reportOnIncident + PURPOSE, analyst)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/intelligence/reports/" + reportOnCrime + PURPOSE, analyst)
                        .status())
                .as("the crime's victim is still restricted to the analyst")
                .isEqualTo(404);
        world.grant(supervisor, "person", victim, analystUser.id());
        assertThat(api.get("/api/v1/intelligence/reports/" + reportOnCrime + PURPOSE, analyst)
                        .status())
                .isEqualTo(200);
    }

    private static long submitted(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }
}
