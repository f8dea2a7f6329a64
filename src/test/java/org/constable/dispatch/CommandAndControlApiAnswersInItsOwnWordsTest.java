package org.constable.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.CommandAndControl.callAt;
import static org.constable.testsupport.CommandAndControl.thrive;

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
import tools.jackson.databind.JsonNode;

/**
 * The command and control API answers with resources of its own, documented in the OpenAPI
 * document, not with the tables' rows: statuses are the enums' names as before, each with a label in
 * words, and the fields clients already read keep their names.
 */
@ConstableHttpTest
class CommandAndControlApiAnswersInItsOwnWordsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CommandAndControl c2;

    @Test
    void anIncidentItsLogItsUnitsAndTheirStatusesComeWithWordsAndAreDocumented() {
        Api api = new Api(port);
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        Area area = CommandAndControl.freshArea();
        long unit = c2.available("", area.offset(300, 0));
        var call = api.post("/api/v1/calls", handler, callAt(area, thrive("MEDIUM", "LOW", "LOW", "LOW"), null));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        long incident = Json.read(call.body()).get("incidentId").asLong();
        assertThat(api.post(
                                "/api/v1/incidents/" + incident + "/assignments",
                                dispatcher,
                                "{\"unitIds\":[" + unit + "]}")
                        .status())
                .isEqualTo(204);

        JsonNode view =
                Json.read(api.get("/api/v1/incidents/" + incident + "?purpose=Live%20incident%20handling", dispatcher)
                        .body());
        assertThat(view.get("incident").get("id").asLong()).isEqualTo(incident);
        assertThat(view.get("incident").get("status").asString()).isEqualTo("OPEN");
        assertThat(view.get("incident").get("statusLabel").asString()).isEqualTo("Open");
        assertThat(view.get("incident").get("reference").asString()).startsWith("INC-");
        JsonNode assignment = view.get("assignments").get(0);
        assertThat(assignment.get("unitId").asLong()).isEqualTo(unit);
        assertThat(assignment.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(assignment.get("statusLabel").asString()).isEqualTo("Assigned");
        assertThat(view.get("log").get(0).get("kind").asString()).isEqualTo("CALL");

        JsonNode listed = null;
        for (JsonNode u : Json.read(api.get("/api/v1/units", dispatcher).body())) {
            if (u.get("id").asLong() == unit) {
                listed = u;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("status").asString()).isEqualTo("COMMITTED");
        assertThat(listed.get("statusLabel").asString()).isEqualTo("Committed");

        JsonNode doc = Json.read(api.get("/api/v1/openapi", null).body());
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.has("DispatchIncidentDetails")).isTrue();
        assertThat(schemas.has("DispatchUnit")).isTrue();
        assertThat(schemas.has("IncidentRow")).as("no table row in the API").isFalse();
        assertThat(schemas.has("UnitRow")).as("no table row in the API").isFalse();
        // schemas of nested types carry their enclosing type's name (UnitStore.UnitRow as UnitStoreUnitRow)
        assertThat(schemas.propertyNames())
                .as("no table row in the API, whatever its schema is named")
                .noneMatch(name -> name.endsWith("Row"));
        assertThat(schemas.get("DispatchIncident")
                        .get("properties")
                        .get("status")
                        .get("enum")
                        .toString())
                .contains("OPEN", "CLOSED");
        assertThat(doc.get("paths")
                        .get("/api/v1/incidents/{id}")
                        .get("get")
                        .get("responses")
                        .get("200")
                        .toString())
                .contains("DispatchIncidentDetails");
    }
}
