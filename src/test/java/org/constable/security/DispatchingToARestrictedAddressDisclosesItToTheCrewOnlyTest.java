package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.security.RestrictedWorld.canary;
import static org.constable.security.RestrictedWorld.enc;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sending a unit to a live incident at a restricted address is a disclosure: the dispatcher sees
 * that the place is restricted, and assigning the unit discloses the address to the officers who
 * crew it, with an audit entry naming them. Officers of other units, and the dispatcher without
 * need-to-know, still see "restricted location"; the disclosure ends with the incident.
 */
@ConstableHttpTest
class DispatchingToARestrictedAddressDisclosesItToTheCrewOnlyTest {

    static final String CONTROL = "purpose=" + enc("Command and control");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CommandAndControl c2;

    @Autowired
    DatabaseAdmin db;

    Api api;
    RestrictedWorld world;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        world = new RestrictedWorld(api);
    }

    @Test
    void theCrewOfTheAssignedUnitSeesTheAddressOnItsPhoneAndNobodyElseDoes() {
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        TestUsers.TestUser handlerUser = users.create(Role.CALL_HANDLER);
        String handler = api.token(users, handlerUser);
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        TestUsers.TestUser crewUser = users.create(Role.RESPONSE_OFFICER);
        TestUsers.TestUser otherUser = users.create(Role.RESPONSE_OFFICER);
        String crew = api.token(users, crewUser);
        String other = api.token(users, otherUser);

        Area area = CommandAndControl.freshArea();
        String street = canary("Safehouse");
        long safehouse = world.location(supervisor, street, area, true);
        world.grant(supervisor, "location", safehouse, handlerUser.id());
        long incident = world.callAt(handler, safehouse);

        long unit = c2.available("", area.offset(300, 0));
        long otherUnit = c2.available("", area.offset(0, 5000));
        assertThat(api.post("/api/v1/units/" + unit + "/crew", dispatcher, "{\"userId\":" + crewUser.id() + "}")
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/units/" + otherUnit + "/crew", dispatcher, "{\"userId\":" + otherUser.id() + "}")
                        .status())
                .isEqualTo(204);

        // before the assignment: the crew sees no more than anyone else
        assertThat(world.ok("/api/v1/incidents/" + incident + "?" + CONTROL, crew))
                .doesNotContain(street);
        // the dispatcher is told the place is restricted before sending anyone
        assertThat(world.ok("/incidents/" + incident, dispatcher))
                .contains("Restricted location")
                .doesNotContain(street);

        var assigned =
                api.post("/api/v1/incidents/" + incident + "/assignments", dispatcher, "{\"unitIds\":[" + unit + "]}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(204);

        // the crew: the address on the phone and on the incident
        assertThat(world.ok("/officer", crew)).contains(street);
        assertThat(world.ok("/api/v1/incidents/" + incident + "?" + CONTROL, crew))
                .contains(street);
        // everyone else: still withheld
        assertThat(world.ok("/api/v1/incidents/" + incident + "?" + CONTROL, other))
                .doesNotContain(street);
        assertThat(world.ok("/incidents/" + incident, other)).doesNotContain(street);
        assertThat(world.ok("/officer", other)).doesNotContain(street);
        assertThat(world.ok("/api/v1/incidents/" + incident + "?" + CONTROL, dispatcher))
                .doesNotContain(street);
        assertThat(world.ok("/api/v1/board?purpose=" + enc("Live incident handling"), dispatcher))
                .doesNotContain(street);

        // the disclosure is in the audit trail, with the crew as its recipients
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'DISCLOSURE' AND recipient LIKE ? "
                                + "AND recipient NOT LIKE ? AND record_refs LIKE ? AND record_refs LIKE ?",
                        "%" + crewUser.username() + "%",
                        "%" + otherUser.username() + "%",
                        "%location:" + safehouse + "%",
                        "%incident:" + incident + "%"))
                .isEqualTo(1);

        // the disclosure lasts while the incident is live
        for (String status : new String[] {"EN_ROUTE", "AT_SCENE", "CLEARED"}) {
            assertThat(api.post("/api/v1/units/" + unit + "/assignment-status", crew, "{\"status\":\"" + status + "\"}")
                            .status())
                    .isEqualTo(204);
        }
        world.close(dispatcher, incident, "CONCERN_FOR_WELFARE");
        assertThat(world.ok("/api/v1/incidents/" + incident + "?" + CONTROL, crew))
                .doesNotContain(street);
    }

    @Test
    void anOfficerCrewedOntoAUnitAlreadySentIsToldTooAndThatIsRecorded() {
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        TestUsers.TestUser handlerUser = users.create(Role.CALL_HANDLER);
        String handler = api.token(users, handlerUser);
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        TestUsers.TestUser lateUser = users.create(Role.RESPONSE_OFFICER);

        Area area = CommandAndControl.freshArea();
        String street = canary("Haven");
        long haven = world.location(supervisor, street, area, true);
        world.grant(supervisor, "location", haven, handlerUser.id());
        long incident = world.callAt(handler, haven);
        long unit = c2.available("", area.offset(200, 0));
        assertThat(api.post(
                                "/api/v1/incidents/" + incident + "/assignments",
                                dispatcher,
                                "{\"unitIds\":[" + unit + "]}")
                        .status())
                .isEqualTo(204);

        assertThat(api.post("/api/v1/units/" + unit + "/crew", dispatcher, "{\"userId\":" + lateUser.id() + "}")
                        .status())
                .isEqualTo(204);
        assertThat(world.ok("/officer", api.token(users, lateUser))).contains(street);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'DISCLOSURE' AND recipient LIKE ? "
                                + "AND record_refs LIKE ?",
                        "%" + lateUser.username() + "%",
                        "%location:" + haven + "%"))
                .isEqualTo(1);
    }
}
