package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.security.RestrictedWorld.canary;
import static org.constable.security.RestrictedWorld.enc;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An update that leaves out {@code restricted} leaves the restriction as it was: it never makes a
 * restricted person, address or vehicle public by omission. Lifting a restriction is a decision of
 * its own, with a reason, by someone who decides restrictions (and may see the record), and it is
 * in the audit trail.
 */
@ConstableHttpTest
class LiftingARestrictionIsItsOwnRecordedDecisionTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    Api api;
    RestrictedWorld world;
    TestUsers.TestUser supervisorUser;
    String supervisor;
    TestUsers.TestUser investigatorUser;
    String investigator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        world = new RestrictedWorld(api);
        supervisorUser = users.create(Role.SUPERVISOR);
        supervisor = api.token(users, supervisorUser);
        investigatorUser = users.create(Role.INVESTIGATOR);
        investigator = api.token(users, investigatorUser);
    }

    @Test
    void anUpdateWithoutRestrictedKeepsAPersonAnAddressAndAVehicleRestricted() {
        long person = world.person(supervisor, canary("Keep"), true);
        long place = world.location(supervisor, canary("Keep"), CommandAndControl.freshArea(), true);
        var vehicle = api.post("/api/v1/vehicles", supervisor, "{\"vrm\":\"KP12RST\",\"restricted\":true}");
        assertThat(vehicle.status()).as(vehicle.body()).isEqualTo(201);
        long car = Json.read(vehicle.body()).get("id").asLong();
        world.grant(supervisor, "person", person, investigatorUser.id());
        world.grant(supervisor, "location", place, investigatorUser.id());
        world.grant(supervisor, "vehicle", car, investigatorUser.id());

        assertThat(api.send(
                                "PUT",
                                "/api/v1/persons/" + person,
                                investigator,
                                "{\"forename\":\"Ida\",\"surname\":\"Renamed\",\"version\":"
                                        + version("persons", person) + "}")
                        .status())
                .isEqualTo(204);
        assertThat(api.send(
                                "PUT",
                                "/api/v1/locations/" + place,
                                investigator,
                                "{\"street\":\"8 Other Road\",\"town\":\"Testford\",\"version\":"
                                        + version("locations", place) + "}")
                        .status())
                .isEqualTo(204);
        assertThat(api.send(
                                "PUT",
                                "/api/v1/vehicles/" + car,
                                investigator,
                                "{\"vrm\":\"KP12RSU\",\"version\":" + version("vehicles", car) + "}")
                        .status())
                .isEqualTo(204);

        assertThat(db.count("SELECT count(*) FROM people.person WHERE id = ? AND restricted", person))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM people.location WHERE id = ? AND restricted", place))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM people.vehicle WHERE id = ? AND restricted", car))
                .isEqualTo(1);
    }

    @Test
    void anUpdateSayingRestrictedFalseDoesNotLiftTheRestrictionAndSaysHowToLiftIt() {
        long person = world.person(supervisor, canary("Stay"), true);
        world.grant(supervisor, "person", person, investigatorUser.id());
        var refused = api.send(
                "PUT",
                "/api/v1/persons/" + person,
                investigator,
                "{\"forename\":\"Ida\",\"surname\":\"Open\",\"restricted\":false,\"version\":"
                        + version("persons", person) + "}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("restriction-lifting");
        assertThat(db.count("SELECT count(*) FROM people.person WHERE id = ? AND restricted", person))
                .isEqualTo(1);
    }

    @Test
    void onlySomeoneWhoDecidesRestrictionsMayLiftOneWithAReasonAndItIsAudited() {
        long person = world.person(supervisor, canary("Lift"), true);
        world.grant(supervisor, "person", person, investigatorUser.id());
        String lift = "/api/v1/persons/" + person + "/restriction-lifting";

        // an investigator with need-to-know writes the record but does not decide restrictions
        assertThat(api.post(lift, investigator, "{\"reason\":\"Case closed\"}").status())
                .isEqualTo(403);
        // the supervisor decides restrictions, but must be able to see the record first
        assertThat(api.post(lift, supervisor, "{\"reason\":\"Case closed\"}").status())
                .isEqualTo(404);
        world.grant(supervisor, "person", person, supervisorUser.id());
        var noReason = api.post(lift, supervisor, "{\"reason\":\"\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(db.count("SELECT count(*) FROM people.person WHERE id = ? AND restricted", person))
                .isEqualTo(1);

        var lifted = api.post(lift, supervisor, "{\"reason\":\"Witness protection ended on 1 March\"}");
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(204);
        assertThat(db.count("SELECT count(*) FROM people.person WHERE id = ? AND NOT restricted", person))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE actor = ? AND operation = 'ALTERATION' "
                                + "AND record_refs LIKE ? AND detail LIKE ?",
                        supervisorUser.username(),
                        "%person:" + person + "%",
                        "%restriction lifted%Witness protection ended on 1 March%"))
                .isEqualTo(1);
        assertThat(api.post(lift, supervisor, "{\"reason\":\"Again\"}").status())
                .as("a record that is not restricted has nothing to lift")
                .isEqualTo(409);
        // and anyone may now read it
        assertThat(api.get("/api/v1/persons/" + person + "?purpose=" + enc("Investigation"), investigator)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void addressesAndVehiclesAreLiftedTheSameWay() {
        long place = world.location(supervisor, canary("Lift"), CommandAndControl.freshArea(), true);
        var vehicle = api.post("/api/v1/vehicles", supervisor, "{\"vrm\":\"LF12TED\",\"restricted\":true}");
        long car = Json.read(vehicle.body()).get("id").asLong();
        world.grant(supervisor, "location", place, supervisorUser.id());
        world.grant(supervisor, "vehicle", car, supervisorUser.id());
        assertThat(api.post(
                                "/api/v1/locations/" + place + "/restriction-lifting",
                                supervisor,
                                "{\"reason\":\"Refuge closed\"}")
                        .status())
                .isEqualTo(204);
        assertThat(api.post(
                                "/api/v1/vehicles/" + car + "/restriction-lifting",
                                supervisor,
                                "{\"reason\":\"Operation over\"}")
                        .status())
                .isEqualTo(204);
        assertThat(db.count("SELECT count(*) FROM people.location WHERE id = ? AND NOT restricted", place))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM people.vehicle WHERE id = ? AND NOT restricted", car))
                .isEqualTo(1);
    }

    private int version(String kind, long id) {
        String table = switch (kind) {
            case "persons" -> "person";
            case "locations" -> "location";
            default -> "vehicle";
        };
        return (int) db.count("SELECT version FROM people." + table + " WHERE id = ?", id);
    }
}
