package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.OpenApiSchemas;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19: the OpenAPI document said {@code POST /api/v1/calls} answers 200 with a body it does not
 * have (it answers 201 with the call's and the incident's ids and references), and described the
 * calls reconciliation with the response-time report's fields, because two types named
 * {@code Report} became one schema. Every GET is held against the document by the walk of all GET
 * endpoints (EveryReadOfPersonalDataNamesItsPurposeTest); here the writes that create a record.
 */
@ConstableHttpTest
class TheApiDocumentSaysWhatTheApiAnswersTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void a_call_is_documented_as_created_with_the_fields_it_answers_and_the_reconciliation_with_its_own() {
        Api api = new Api(port);
        JsonNode doc = Json.read(api.get("/api/v1/openapi", null).body());
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));

        Api.Response call = api.post(
                "/api/v1/calls",
                handler,
                CommandAndControl.callAt(
                        CommandAndControl.freshArea(), CommandAndControl.thrive("LOW", "LOW", "LOW", "LOW"), ""));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        JsonNode created = doc.at("/paths/~1api~1v1~1calls/post/responses/201");
        assertThat(created.isMissingNode())
                .as("201 documented for POST /api/v1/calls")
                .isFalse();
        assertThat(doc.at("/paths/~1api~1v1~1calls/post/responses/200").isMissingNode())
                .as("no 200 documented for a call")
                .isTrue();
        assertThat(propertiesOf(doc, created))
                .containsAll(Json.read(call.body()).propertyNames());

        Api.Response reconciliation = api.get("/api/v1/calls/reconciliation", dispatcher);
        assertThat(reconciliation.status()).isEqualTo(200);
        JsonNode documented = doc.at("/paths/~1api~1v1~1calls~1reconciliation/get/responses/200");
        assertThat(propertiesOf(doc, documented))
                .containsExactlyInAnyOrderElementsOf(
                        Json.read(reconciliation.body()).propertyNames());
    }

    @Test
    void every_write_that_answers_created_is_documented_as_created() {
        Api api = new Api(port);
        JsonNode doc = Json.read(api.get("/api/v1/openapi", null).body());
        for (String path : new String[] {
            "/api/v1/calls",
            "/api/v1/persons",
            "/api/v1/locations",
            "/api/v1/vehicles",
            "/api/v1/crimes",
            "/api/v1/tokens",
            "/api/v1/open-data/exports",
            "/api/v1/analytics/forecasts"
        }) {
            JsonNode responses = doc.path("paths").path(path).path("post").path("responses");
            assertThat(responses.has("201"))
                    .as(path + " " + responses.propertyNames())
                    .isTrue();
            assertThat(responses.has("200"))
                    .as(path + " " + responses.propertyNames())
                    .isFalse();
        }
    }

    private static java.util.List<String> propertiesOf(JsonNode doc, JsonNode response) {
        JsonNode schema = OpenApiSchemas.body(doc, response);
        assertThat(schema).as("a documented body").isNotNull();
        return new java.util.ArrayList<>(schema.path("properties").propertyNames());
    }
}
