package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.Problems.fieldError;
import static org.constable.testsupport.Problems.problem;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A request that cannot be read is refused with a problem that names the field and says what it
 * takes (the allowed values of a list, the form of a date or a month), and never with the parser's
 * own words. Control characters in a parameter, a body or the address are refused the same way.
 */
@ConstableHttpTest
class ErrorsNameTheFieldTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    Api api;
    String dispatcher;
    String handler;
    String supervisor;
    long person;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        dispatcher = api.token(users, users.create(Role.DISPATCHER));
        handler = api.token(users, users.create(Role.CALL_HANDLER));
        supervisor = api.token(users, users.create(Role.SUPERVISOR));
        var created = api.post("/api/v1/persons", supervisor, "{\"forename\":\"Fiona\",\"surname\":\"Fieldname\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        person = Json.read(created.body()).get("id").asLong();
    }

    @Test
    void aSexOutsideTheListIsRefusedNamingTheFieldAndTheWordsAllowed() {
        String message = fieldError(
                api.post(
                        "/api/v1/persons",
                        supervisor,
                        "{\"forename\":\"Ann\",\"surname\":\"Sexed\",\"sex\":\"DRAGON\"}"),
                "sex");
        assertThat(message).isEqualTo("sex must be FEMALE, MALE or UNKNOWN");
    }

    @Test
    void aSearchAroundAPointWithoutItsLongitudeNamesTheMissingParameter() {
        String message =
                fieldError(api.get("/api/v1/search?q=Smith&purpose=Enquiry&lat=53.4&radius=500", supervisor), "lon");
        assertThat(message).contains("lat, lon and radius");
    }

    @Test
    void anUnknownUnitStatusNamesTheFieldAndEveryStatusAllowed() {
        String message =
                fieldError(api.post("/api/v1/units/1/status", dispatcher, "{\"status\":\"SLEEPING\"}"), "status");
        assertThat(message).contains("AVAILABLE", "EN_ROUTE", "AT_SCENE", "OFF_DUTY");
    }

    @Test
    void anUnknownCallChannelNamesTheFieldAndTheChannels() {
        String message = fieldError(api.post("/api/v1/calls", handler, "{\"channel\":\"PIGEON\"}"), "channel");
        assertThat(message).contains("EMERGENCY_999", "NON_EMERGENCY_101", "ONLINE");
    }

    @Test
    void anUnknownWarningMarkerNamesTheFieldAndTheMarkers() {
        String message = fieldError(
                api.post("/api/v1/persons/" + person + "/warning-markers", supervisor, "{\"marker\":\"DRAGON\"}"),
                "marker");
        assertThat(message).contains("WEAPONS", "DOMESTIC_ABUSE");
    }

    @Test
    void aDateAndTimeWhereADateIsWantedSaysHowADateIsWritten() {
        String message = fieldError(
                api.post(
                        "/api/v1/persons",
                        supervisor,
                        "{\"forename\":\"Ann\",\"surname\":\"Dated\",\"dateOfBirth\":\"1990-02-03T10:00:00Z\"}"),
                "dateOfBirth");
        assertThat(message).contains("a date written like 2026-03-31");
    }

    @Test
    void aThirteenthMonthSaysHowAMonthIsWritten() {
        String message = fieldError(
                api.post(
                        "/api/v1/open-data/exports",
                        supervisor,
                        "{\"month\":\"2026-13\",\"recipient\":\"Home Office\",\"justification\":\"Monthly publication\"}"),
                "month");
        assertThat(message).contains("2026-03", "01 to 12");
    }

    @Test
    void aNonNumericIdInTheAddressNamesTheIdAsAWholeNumber() {
        String message = fieldError(api.get("/api/v1/incidents/abc?purpose=Checking", dispatcher), "id");
        assertThat(message).contains("whole number");
    }

    @Test
    void aDateParameterGivenAsADateAndTimeAndAMissingOneAreNamed() {
        assertThat(fieldError(
                        api.get("/api/v1/dashboards/overview?from=2026-01-01T00:00:00Z&to=2026-02-01", supervisor),
                        "from"))
                .contains("a date written like");
        assertThat(fieldError(api.get("/api/v1/dashboards/overview?from=2026-01-01", supervisor), "to"))
                .isEqualTo("to is required.");
    }

    @Test
    void aWrongValueInsideANestedObjectIsNamedByItsPath() {
        String message = fieldError(
                api.post("/api/v1/calls", handler, "{\"channel\":\"ONLINE\",\"caller\":{\"personId\":\"abc\"}}"),
                "caller.personId");
        assertThat(message).contains("whole number");
    }

    @Test
    void aBodyThatIsNotJsonSaysSoWithoutQuotingTheParser() {
        JsonNode body = problem(api.post("/api/v1/persons", supervisor, "{\"forename\":"), 400);
        assertThat(body.path("detail").asString()).contains("not valid JSON");
        assertThat(body.toString()).doesNotContain("tools.jackson", "JsonParse", "Unexpected end-of-input");
    }

    @Test
    void severalMissingFieldsAreListedTogether() {
        JsonNode body = problem(api.post("/api/v1/calls", handler, "{}"), 400);
        assertThat(body.path("errors").size()).as(body.toString()).isGreaterThan(1);
        assertThat(body.path("detail").asString()).contains("channel", "whatHappened");
        assertThat(body.has("field")).isFalse();
    }

    @Test
    void aNulInAParameterIsRefusedNamingTheParameterAndNothingIsRead() {
        long audited = db.count("SELECT count(*) FROM audit.audit_entry");
        String message = fieldError(api.get("/api/v1/calls/context?personId=%00&purpose=Call", handler), "personId");
        assertThat(message).contains("control characters");
        fieldError(api.get("/api/v1/persons/" + person + "?purpose=Check%00ing", supervisor), "purpose");
        assertThat(db.count("SELECT count(*) FROM audit.audit_entry")).isEqualTo(audited);
    }

    @Test
    void aNulInsideAJsonStringIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = db.count("SELECT count(*) FROM people.person");
        String message = fieldError(
                api.post("/api/v1/persons", supervisor, "{\"forename\":\"Nu\\u0000ll\",\"surname\":\"Byte\"}"),
                "forename");
        assertThat(message).contains("control characters");
        assertThat(db.count("SELECT count(*) FROM people.person")).isEqualTo(before);
        // line breaks and tabs stay allowed in text
        assertThat(api.post(
                                "/api/v1/persons",
                                supervisor,
                                "{\"forename\":\"Tab\",\"surname\":\"Break\",\"description\":\"one\\nline\\ttwo\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aNulInTheAddressIsAProblemNotTheServersOwnPage() {
        JsonNode body = problem(api.get("/api/v1/persons/%00?purpose=Checking", supervisor), 400);
        assertThat(body.toString()).doesNotContain("Tomcat", "Exception");
    }
}
