package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.Problems;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An id that names no record answers 404 with a problem naming the kind of record, on every
 * endpoint that takes one, asked by a role allowed to use it with an otherwise valid body; never a
 * 400 carrying an internal check's words.
 */
@ConstableHttpTest
class UnknownRecordsAnswerNotFoundTest {

    private static final long NONE = 999_999_999L;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    Api api;
    Map<Role, String> tokens;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        tokens = new java.util.EnumMap<>(Role.class);
        for (Role role : List.of(
                Role.SUPERVISOR,
                Role.CRIME_REGISTRAR,
                Role.INVESTIGATOR,
                Role.DISPATCHER,
                Role.ADMINISTRATOR,
                Role.INTELLIGENCE_ANALYST,
                Role.RESPONSE_OFFICER)) {
            tokens.put(role, api.token(users, users.create(role)));
        }
    }

    record Case(Role role, String method, String path, String body, String kind) {}

    @Test
    void theTwoEndpointsSeenOnAFreshStartNameTheKindOfRecord() {
        JsonNode request = Problems.problem(
                api.post(
                        "/api/v1/crime-change-requests/" + NONE + "/decision",
                        tokens.get(Role.CRIME_REGISTRAR),
                        "{\"approve\":true,\"note\":\"Agreed\"}"),
                404);
        assertThat(request.path("kind").asString()).isEqualTo("crime change request");
        assertThat(request.path("id").asString()).isEqualTo(String.valueOf(NONE));
        assertThat(request.path("detail").asString()).isEqualTo("No crime change request with id " + NONE + ".");

        JsonNode incident = Problems.problem(
                api.post(
                        "/api/v1/crime-monitor/incidents/" + NONE + "/decision",
                        tokens.get(Role.CRIME_REGISTRAR),
                        "{\"decision\":\"NOT_A_NOTIFIABLE_OFFENCE\",\"reason\":\"Words only, no offence\"}"),
                404);
        assertThat(incident.path("kind").asString()).isEqualTo("crime-indicative incident");
    }

    @Test
    void everyEndpointTakingAnIdAnswers404NamingTheKind() {
        String past = "2026-01-01T10:00:00Z";
        List<Case> cases = List.of(
                new Case(Role.SUPERVISOR, "GET", "/api/v1/persons/%d?purpose=Checking", null, "person"),
                new Case(
                        Role.SUPERVISOR,
                        "PUT",
                        "/api/v1/persons/%d",
                        "{\"forename\":\"A\",\"surname\":\"B\",\"version\":0}",
                        "person"),
                new Case(
                        Role.SUPERVISOR,
                        "POST",
                        "/api/v1/persons/%d/aliases",
                        "{\"forename\":\"A\",\"surname\":\"B\"}",
                        "person"),
                new Case(
                        Role.SUPERVISOR,
                        "POST",
                        "/api/v1/persons/%d/warning-markers",
                        "{\"marker\":\"WEAPONS\"}",
                        "person"),
                new Case(Role.SUPERVISOR, "GET", "/api/v1/locations/%d?purpose=Checking", null, "location"),
                new Case(
                        Role.SUPERVISOR,
                        "PUT",
                        "/api/v1/locations/%d",
                        "{\"street\":\"1 Road\",\"town\":\"Town\",\"version\":0}",
                        "location"),
                new Case(
                        Role.SUPERVISOR,
                        "POST",
                        "/api/v1/locations/%d/warning-markers",
                        "{\"marker\":\"DOG\"}",
                        "location"),
                new Case(Role.SUPERVISOR, "GET", "/api/v1/vehicles/%d?purpose=Checking", null, "vehicle"),
                new Case(
                        Role.SUPERVISOR,
                        "PUT",
                        "/api/v1/vehicles/%d",
                        "{\"vrm\":\"AB12CDE\",\"version\":0}",
                        "vehicle"),
                new Case(
                        Role.SUPERVISOR,
                        "POST",
                        "/api/v1/combinations/%d/undo",
                        "{\"reason\":\"Wrong\"}",
                        "combination"),
                new Case(Role.DISPATCHER, "GET", "/api/v1/incidents/%d?purpose=Checking", null, "incident"),
                new Case(Role.DISPATCHER, "GET", "/api/v1/incidents/%d/recommendations", null, "incident"),
                new Case(Role.DISPATCHER, "POST", "/api/v1/incidents/%d/log", "{\"text\":\"Note\"}", "incident"),
                new Case(
                        Role.DISPATCHER,
                        "POST",
                        "/api/v1/incidents/%d/grade",
                        "{\"grade\":\"PRIORITY\",\"reason\":\"Calmer now\"}",
                        "incident"),
                new Case(
                        Role.DISPATCHER,
                        "POST",
                        "/api/v1/incidents/%d/closure",
                        "{\"classification\":\"ASB\"}",
                        "incident"),
                new Case(Role.DISPATCHER, "POST", "/api/v1/units/%d/status", "{\"status\":\"AVAILABLE\"}", "unit"),
                new Case(Role.DISPATCHER, "POST", "/api/v1/units/%d/crew", "{\"userId\":1}", "unit"),
                new Case(
                        Role.DISPATCHER,
                        "POST",
                        "/api/v1/units/%d/assignment-status",
                        "{\"status\":\"EN_ROUTE\"}",
                        "unit"),
                new Case(Role.CRIME_REGISTRAR, "GET", "/api/v1/crimes/%d?purpose=Checking", null, "crime"),
                new Case(
                        Role.CRIME_REGISTRAR,
                        "POST",
                        "/api/v1/crimes/%d/change-requests",
                        "{\"kind\":\"CANCEL\",\"ground\":\"DUPLICATE_RECORD\",\"reason\":\"Twice\"}",
                        "crime"),
                new Case(
                        Role.INVESTIGATOR,
                        "POST",
                        "/api/v1/crimes/%d/outcomes",
                        "{\"outcomeType\":\"1\",\"decidedOn\":\"2026-01-01\"}",
                        "crime"),
                new Case(Role.INVESTIGATOR, "GET", "/api/v1/victim-care/crimes/%d?purpose=Checking", null, "crime"),
                new Case(
                        Role.INVESTIGATOR,
                        "POST",
                        "/api/v1/victim-care/crimes/%d/events",
                        "{\"kind\":\"ARREST\",\"occurredAt\":\"" + past + "\"}",
                        "crime"),
                new Case(
                        Role.INVESTIGATOR,
                        "POST",
                        "/api/v1/victim-care/%d/contacts",
                        "{\"kind\":\"UPDATE_GIVEN\",\"contactedAt\":\"" + past + "\"}",
                        "victim care"),
                new Case(Role.ADMINISTRATOR, "POST", "/api/v1/users/%d/roles", "{\"role\":\"DISPATCHER\"}", "user"),
                new Case(Role.ADMINISTRATOR, "POST", "/api/v1/users/%d/disable", null, "user"),
                new Case(Role.ADMINISTRATOR, "DELETE", "/api/v1/users/%d/roles/DISPATCHER", null, "user"),
                new Case(
                        Role.INTELLIGENCE_ANALYST, "GET", "/api/v1/analytics/forecasts/%d", null, "published forecast"),
                new Case(
                        Role.INTELLIGENCE_ANALYST,
                        "GET",
                        "/api/v1/analytics/forecasts/%d/dosage",
                        null,
                        "published forecast"),
                new Case(
                        Role.INTELLIGENCE_ANALYST,
                        "GET",
                        "/api/v1/analytics/forecasts/%d/effect",
                        null,
                        "published forecast"),
                new Case(
                        Role.RESPONSE_OFFICER,
                        "POST",
                        "/api/v1/analytics/forecasts/%d/dosage",
                        "{\"cellId\":\"x\",\"unit\":\"Alpha 1\",\"startedAt\":\"" + past + "\",\"minutes\":10}",
                        "published forecast"),
                new Case(
                        Role.INTELLIGENCE_ANALYST,
                        "GET",
                        "/api/v1/open-data/exports/%d/file?purpose=Checking",
                        null,
                        "open data export"),
                new Case(
                        Role.CRIME_REGISTRAR,
                        "POST",
                        "/api/v1/crime-change-requests/%d/decision",
                        "{\"approve\":false,\"note\":\"No\"}",
                        "crime change request"),
                new Case(
                        Role.CRIME_REGISTRAR,
                        "POST",
                        "/api/v1/crime-monitor/incidents/%d/decision",
                        "{\"decision\":\"NOT_A_NOTIFIABLE_OFFENCE\",\"reason\":\"No offence\"}",
                        "crime-indicative incident"));

        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            String path = c.path().formatted(NONE);
            var r = api.send(c.method(), path, tokens.get(c.role()), c.body());
            String what = c.role() + " " + c.method() + " " + path + " -> " + r.status() + " " + r.body();
            if (r.status() != 404
                    || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                wrong.add("not a 404 problem: " + what);
                continue;
            }
            JsonNode body = Json.read(r.body());
            if (!c.kind().equals(body.path("kind").asString())
                    || !body.path("detail").asString().startsWith("No " + c.kind() + " with id " + NONE)
                    || r.body().contains("record type")) {
                wrong.add("does not name the kind '" + c.kind() + "': " + what);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aRefusalWordedForUsersIsKeptAndOneOfTheFrameworksIsNot() {
        JsonNode crewOnly = Problems.problem(
                api.post(
                        "/api/v1/units/" + NONE + "/assignment-status",
                        tokens.get(Role.RESPONSE_OFFICER),
                        "{\"status\":\"EN_ROUTE\"}"),
                403);
        assertThat(crewOnly.path("detail").asString()).isEqualTo("You can only update the unit you crew.");
    }

    @Test
    void aPlaceInTheQueryThatNamesNothingIsRefusedNamingTheField() {
        JsonNode location = Problems.problem(
                api.get("/api/v1/calls/context?locationId=" + NONE + "&purpose=Call", tokens.get(Role.SUPERVISOR)),
                404);
        assertThat(location.path("field").asString()).isEqualTo("locationId");
        assertThat(location.path("kind").asString()).isEqualTo("location");
    }

    @Test
    void aPageForARecordThatDoesNotExistIsAReadable404() {
        var r = api.send(
                "GET",
                "/people/" + NONE + "?purpose=Checking",
                tokens.get(Role.SUPERVISOR),
                null,
                "Accept",
                "text/html");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(r.body()).contains("No person with id " + NONE).doesNotContain("Exception", "record type");
    }
}
