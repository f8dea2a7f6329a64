package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.security.RestrictedWorld.canary;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An investigation opened from an incident at a refuge, before any crime is recorded, is derived
 * from that incident and inherits its restriction: to an investigator without need-to-know of the
 * refuge it answers exactly as a missing investigation, and its title names it by reference only on
 * their day, until need-to-know is granted.
 */
@ConstableHttpTest
class AnInvestigationOpenedFromAnIncidentAtARefugeIsRestrictedLikeItTest {

    private static final String PURPOSE = "?purpose=Investigation";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void theInvestigationLooksMissingUntilNeedToKnowOfTheRefugeOrOfTheInvestigation() {
        Api api = new Api(port);
        RestrictedWorld world = new RestrictedWorld(api);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        TestUsers.TestUser handlerUser = users.create(Role.CALL_HANDLER);
        String handler = api.token(users, handlerUser);
        TestUsers.TestUser officer = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser other = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser supervising = users.create(Role.SUPERVISOR);
        Area area = CommandAndControl.freshArea().offset(43, 31);
        long refuge = world.location(supervisor, canary("Refuge"), area, true);
        world.grant(supervisor, "location", refuge, handlerUser.id());
        long incident = world.callAt(handler, refuge);

        var opened = api.post(
                "/api/v1/investigations",
                api.token(users, officer),
                "{\"title\":\"Threats at the safe house\",\"incidentId\":" + incident + ",\"officerInCharge\":\""
                        + officer.username() + "\",\"supervisor\":\"" + supervising.username() + "\"}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = Json.read(opened.body()).get("id").asLong();
        String officerToken = api.token(users, officer);

        var hidden = api.get("/api/v1/investigations/" + id + PURPOSE, officerToken);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("safe house");
        assertThat(api.get("/api/v1/investigations/my-day" + PURPOSE, officerToken)
                        .body())
                .contains("Restricted investigation")
                .doesNotContain("safe house");

        world.grant(supervisor, "location", refuge, officer.id());
        assertThat(api.get("/api/v1/investigations/" + id + PURPOSE, officerToken)
                        .status())
                .isEqualTo(200);
        String otherToken = api.token(users, other);
        assertThat(api.get("/api/v1/investigations/" + id + PURPOSE, otherToken).status())
                .isEqualTo(404);
        world.grant(supervisor, "investigation", id, other.id());
        assertThat(api.get("/api/v1/investigations/" + id + PURPOSE, otherToken).status())
                .isEqualTo(200);
    }
}
