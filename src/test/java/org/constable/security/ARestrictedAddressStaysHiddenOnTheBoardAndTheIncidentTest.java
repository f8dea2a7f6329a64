package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.security.RestrictedWorld.byId;
import static org.constable.security.RestrictedWorld.canary;
import static org.constable.security.RestrictedWorld.enc;

import java.time.Duration;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A call at a restricted address (a refuge, a protected witness's home) raises an incident. The
 * incident inherits the address's restriction: on the board (page, live fragment, API, event
 * stream), the incident page and API, and the call handler's history around a point, a dispatcher,
 * officer or call handler without need-to-know sees "restricted location" and no street, no
 * coordinates and no distance; one with need-to-know sees the address.
 */
@ConstableHttpTest
class ARestrictedAddressStaysHiddenOnTheBoardAndTheIncidentTest {

    static final String LIVE = "purpose=" + enc("Live incident handling");
    static final String CONTROL = "purpose=" + enc("Command and control");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CommandAndControl c2;

    Api api;
    RestrictedWorld world;
    String supervisor;
    TestUsers.TestUser handlerUser;
    String handler;
    String otherHandler;
    String dispatcher;
    String officer;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        world = new RestrictedWorld(api);
        supervisor = api.token(users, users.create(Role.SUPERVISOR));
        handlerUser = users.create(Role.CALL_HANDLER);
        handler = api.token(users, handlerUser);
        otherHandler = api.token(users, users.create(Role.CALL_HANDLER));
        dispatcher = api.token(users, users.create(Role.DISPATCHER));
        officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
    }

    @Test
    void withoutNeedToKnowEveryViewOfTheIncidentSaysRestrictedLocationAndNothingMore() throws Exception {
        // an odd point, so that its coordinates are a string nothing else on the page contains
        Area area = CommandAndControl.freshArea().offset(37, 53);
        String street = canary("Refuge");
        long refuge = world.location(supervisor, street, area, true);
        world.grant(supervisor, "location", refuge, handlerUser.id());
        long incident = world.callAt(handler, refuge);
        String lat = Double.toString(area.latitude());

        // the board, over the API
        JsonNode onBoard =
                byId(world.okJson("/api/v1/board?" + LIVE, dispatcher).get("incidents"), "id", incident);
        assertThat(onBoard.toString()).doesNotContain(street).doesNotContain(lat);
        assertThat(onBoard.get("locationText").asString()).startsWith("Restricted location");
        assertThat(onBoard.get("latitude").isNull()).isTrue();
        assertThat(onBoard.get("longitude").isNull()).isTrue();
        assertThat(onBoard.get("placeRestricted").asBoolean())
                .as("the dispatcher sees that the place is restricted")
                .isTrue();

        // units are still ranked by the real point, but in figures too coarse to locate it from their positions
        c2.available("", area.offset(1234, 0));
        JsonNode recommended = world.okJson("/api/v1/incidents/" + incident + "/recommendations", dispatcher)
                .get(0);
        assertThat(recommended.get("etaSeconds").asLong() % 60).isZero();
        assertThat(recommended.get("metres").asLong() % 500).isZero();

        // the board page and its live fragment
        assertThat(world.ok("/board", dispatcher))
                .contains("Restricted location")
                .doesNotContain(street);
        assertThat(world.ok("/board/live", dispatcher)).doesNotContain(street).doesNotContain(lat);

        // the incident, page and API
        JsonNode view = world.okJson("/api/v1/incidents/" + incident + "?" + CONTROL, dispatcher);
        assertThat(view.toString()).doesNotContain(street).doesNotContain(lat);
        assertThat(view.get("incident").get("locationId").isNull()).isTrue();
        assertThat(view.get("placeRestricted").asBoolean()).isTrue();
        assertThat(world.ok("/api/v1/incidents/" + incident + "?" + CONTROL, officer))
                .doesNotContain(street);
        assertThat(world.ok("/incidents/" + incident, officer))
                .contains("Restricted location")
                .doesNotContain(street)
                .doesNotContain(lat);

        // another call handler looking around the point: the incident is history, its place withheld
        String around = "/api/v1/calls/context?latitude=" + area.latitude() + "&longitude=" + area.longitude()
                + "&purpose=" + enc("Call handling");
        JsonNode context = world.okJson(around, otherHandler);
        JsonNode history = byId(context.get("history"), "id", incident);
        assertThat(context.toString()).doesNotContain(street);
        assertThat(history.get("locationText").asString()).startsWith("Restricted location");
        assertThat(history.get("distanceMetres").isNull())
                .as("a distance from a point the caller chose would locate the place")
                .isTrue();
        assertThat(byId(context.get("possibleDuplicates"), "id", incident)
                        .get("locationText")
                        .asString())
                .startsWith("Restricted location");
        assertThat(world.ok(
                        "/calls/context-panel?latitude=" + area.latitude() + "&longitude=" + area.longitude(),
                        otherHandler))
                .doesNotContain(street);

        // the call handler with need-to-know sees the address everywhere
        JsonNode known = byId(world.okJson("/api/v1/board?" + LIVE, handler).get("incidents"), "id", incident);
        assertThat(known.get("locationText").asString()).contains(street);
        assertThat(known.get("placeRestricted").asBoolean()).isTrue();
        assertThat(world.ok("/api/v1/incidents/" + incident + "?" + CONTROL, handler))
                .contains(street);
        assertThat(world.ok(around, handler)).contains(street);
    }

    @Test
    void theBoardsEventStreamNamesNoPlace() throws Exception {
        Area area = CommandAndControl.freshArea();
        String street = canary("Shelter");
        long shelter = world.location(supervisor, street, area, true);
        world.grant(supervisor, "location", shelter, handlerUser.id());
        try (Api.EventStream stream = api.openStream("/api/v1/board/stream", dispatcher)) {
            assertThat(stream.status()).isEqualTo(200);
            long incident = world.callAt(handler, shelter);
            String raised = stream.awaitLine("\"incidentId\":" + incident, Duration.ofSeconds(10));
            assertThat(raised).as("the stream announces the new incident").isNotNull();
            assertThat(raised).doesNotContain(street).doesNotContain(Double.toString(area.latitude()));
        }
    }
}
