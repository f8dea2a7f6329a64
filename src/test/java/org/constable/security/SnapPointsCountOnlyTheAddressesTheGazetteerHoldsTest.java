package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A snap point may publish crimes only if it covers at least 8 addresses. An uploaded set says how
 * many addresses each point covers, but that is only a claim: the count kept is never more than the
 * gazetteer's own addresses that would snap to the point, so a point declared to cover 500
 * addresses where the gazetteer knows three is never used.
 */
@ConstableHttpTest
class SnapPointsCountOnlyTheAddressesTheGazetteerHoldsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void aDeclaredCountAboveWhatTheGazetteerHoldsIsNotTrusted() {
        Api api = new Api(port);
        RestrictedWorld world = new RestrictedWorld(api);
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        // far north of every other test's ground, so only these addresses are near
        Area lonely = new Area(60.40, 1.10);
        Area busy = lonely.offset(0, 3000);
        for (int i = 0; i < 3; i++) {
            world.location(handler, "Lonely Lane", lonely.offset(10 * i, 0), false);
        }
        for (int i = 0; i < 12; i++) {
            world.location(handler, "Busy Street", busy.offset(10 * i, 0), false);
        }

        var replaced = api.send(
                "PUT",
                "/api/v1/open-data/snap-points",
                analyst,
                "name,latitude,longitude,addresses\n"
                        + "On or near Lonely Lane," + lonely.latitude() + "," + lonely.longitude() + ",500\n"
                        + "On or near Busy Street," + busy.latitude() + "," + busy.longitude() + ",10\n");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode result = Json.read(replaced.body());
        assertThat(result.get("points").asInt()).isEqualTo(2);
        assertThat(result.get("usable").asInt())
                .as("only Busy Street covers 8 addresses the gazetteer knows")
                .isEqualTo(1);

        JsonNode points = world.okJson("/api/v1/open-data/snap-points", analyst);
        assertThat(addresses(points, "On or near Lonely Lane"))
                .as("the gazetteer holds three addresses nearest this point")
                .isEqualTo(3);
        assertThat(addresses(points, "On or near Busy Street"))
                .as("never more than declared, never more than the gazetteer holds")
                .isEqualTo(10);
    }

    private static int addresses(JsonNode points, String name) {
        for (JsonNode p : points) {
            if (p.get("name").asString().equals(name)) {
                return p.get("addresses").asInt();
            }
        }
        throw new AssertionError(name + " not in " + points);
    }
}
