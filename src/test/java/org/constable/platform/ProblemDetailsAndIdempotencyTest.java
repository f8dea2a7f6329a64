package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

/**
 * Bad input to any write endpoint is refused with an RFC 9457 problem and changes nothing; a
 * retried POST with the same Idempotency-Key does its work once.
 */
@ConstableHttpTest
class ProblemDetailsAndIdempotencyTest {

    private static final String[] TABLES = {
        "people.person",
        "people.alias",
        "people.location",
        "people.person_address",
        "people.vehicle",
        "people.link",
        "people.warning_marker",
        "identity.app_user",
        "identity.user_role",
        "identity.need_to_know",
        "identity.terminal",
        "identity.api_token"
    };

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    Api api;
    String supervisor;
    String administrator;
    long person;
    long location;
    long vehicle;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        supervisor = api.token(users, users.create(Role.SUPERVISOR));
        administrator = api.token(users, users.create(Role.ADMINISTRATOR));
        person = created(api.post(
                "/api/v1/persons", supervisor, "{\"forename\":\"Val\",\"surname\":\"Idator\",\"restricted\":false}"));
        location = created(api.post(
                "/api/v1/locations",
                supervisor,
                "{\"street\":\"2 Check Road\",\"town\":\"Testford\",\"restricted\":false}"));
        vehicle = created(api.post("/api/v1/vehicles", supervisor, "{\"vrm\":\"AB12CDE\",\"restricted\":false}"));
    }

    record Case(String method, String path, String token, String body, int status) {}

    @Test
    void badInputToEveryWriteEndpointIsAProblemAndStoresNothing() {
        long missing = 987_654_321L;
        long someUser = users.create(Role.DISPATCHER).id();
        String validAlias = "{\"forename\":\"Al\",\"surname\":\"Ias\"}";
        List<Case> cases = List.of(
                new Case(
                        "POST",
                        "/api/v1/persons",
                        supervisor,
                        "{\"forename\":\"\",\"surname\":\"X\",\"restricted\":false}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/persons",
                        supervisor,
                        "{\"forename\":\"A\",\"surname\":\"B\",\"dateOfBirth\":\"2999-01-01\",\"restricted\":false}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/persons",
                        supervisor,
                        "{\"forename\":\"A\",\"surname\":\"B\",\"sex\":\"ROBOT\",\"restricted\":false}",
                        400),
                new Case("POST", "/api/v1/persons", supervisor, "{\"forename\":", 400),
                new Case(
                        "PUT",
                        "/api/v1/persons/" + person,
                        supervisor,
                        "{\"forename\":\"\",\"surname\":\"\",\"restricted\":false,\"version\":0}",
                        400),
                new Case(
                        "PUT",
                        "/api/v1/persons/" + person,
                        supervisor,
                        "{\"forename\":\"New\",\"surname\":\"Name\",\"restricted\":false}",
                        400),
                new Case(
                        "PUT",
                        "/api/v1/persons/" + missing,
                        supervisor,
                        "{\"forename\":\"New\",\"surname\":\"Name\",\"restricted\":false,\"version\":0}",
                        404),
                new Case(
                        "POST",
                        "/api/v1/persons/" + person + "/aliases",
                        supervisor,
                        "{\"forename\":\"\",\"surname\":\"Ias\"}",
                        400),
                new Case("POST", "/api/v1/persons/" + missing + "/aliases", supervisor, validAlias, 404),
                new Case(
                        "POST",
                        "/api/v1/persons/" + person + "/addresses",
                        supervisor,
                        "{\"locationId\":0,\"kind\":\"\"}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/persons/" + person + "/addresses",
                        supervisor,
                        "{\"locationId\":" + location + ",\"kind\":\"home sweet home!\"}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/persons/" + person + "/addresses",
                        supervisor,
                        "{\"locationId\":" + missing + ",\"kind\":\"HOME\"}",
                        404),
                new Case(
                        "POST",
                        "/api/v1/persons/" + missing + "/addresses",
                        supervisor,
                        "{\"locationId\":" + location + ",\"kind\":\"HOME\"}",
                        404),
                new Case(
                        "POST",
                        "/api/v1/persons/" + person + "/warning-markers",
                        supervisor,
                        "{\"marker\":\"NOT_A_MARKER\"}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/persons/" + person + "/warning-markers",
                        supervisor,
                        "{\"note\":\"no marker\"}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/locations",
                        supervisor,
                        "{\"street\":\"\",\"town\":\"\",\"restricted\":false}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/locations",
                        supervisor,
                        "{\"street\":\"3 Road\",\"town\":\"Town\",\"latitude\":123,\"restricted\":false}",
                        400),
                new Case(
                        "PUT",
                        "/api/v1/locations/" + location,
                        supervisor,
                        "{\"street\":\"\",\"town\":\"Town\",\"restricted\":false,\"version\":0}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/locations/" + location + "/warning-markers",
                        supervisor,
                        "{\"marker\":null}",
                        400),
                new Case("POST", "/api/v1/vehicles", supervisor, "{\"vrm\":\"\",\"restricted\":false}", 400),
                new Case("POST", "/api/v1/vehicles", supervisor, "{\"vrm\":\"!!!!\",\"restricted\":false}", 400),
                new Case(
                        "PUT",
                        "/api/v1/vehicles/" + vehicle,
                        supervisor,
                        "{\"vrm\":\"\",\"restricted\":false,\"version\":0}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/links",
                        supervisor,
                        "{\"fromType\":\"PERSON\",\"fromId\":0,\"toType\":\"VEHICLE\",\"toId\":0,\"kind\":\"\"}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/links",
                        supervisor,
                        "{\"fromType\":\"PLANET\",\"fromId\":1,\"toType\":\"VEHICLE\",\"toId\":1,\"kind\":\"OWNS\"}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/links",
                        supervisor,
                        "{\"fromType\":\"PERSON\",\"fromId\":" + person + ",\"toType\":\"VEHICLE\",\"toId\":" + missing
                                + ",\"kind\":\"OWNS\"}",
                        404),
                new Case("POST", "/api/v1/users", administrator, "{\"username\":\"x\"}", 400),
                new Case(
                        "POST",
                        "/api/v1/users",
                        administrator,
                        "{\"username\":\"BAD NAME\",\"displayName\":\"Bad\",\"password\":\"a long enough passphrase\",\"roles\":[\"DISPATCHER\"]}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/users",
                        administrator,
                        "{\"username\":\"norole\",\"displayName\":\"No Role\",\"password\":\"a long enough passphrase\",\"roles\":[\"KING\"]}",
                        400),
                new Case("POST", "/api/v1/users/" + someUser + "/roles", administrator, "{\"role\":\"KING\"}", 400),
                new Case("POST", "/api/v1/users/" + someUser + "/roles", administrator, "{}", 400),
                new Case(
                        "POST", "/api/v1/users/" + missing + "/roles", administrator, "{\"role\":\"DISPATCHER\"}", 404),
                new Case(
                        "POST",
                        "/api/v1/need-to-know",
                        supervisor,
                        "{\"recordType\":\"\",\"recordId\":0,\"userId\":0}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/need-to-know",
                        supervisor,
                        "{\"recordType\":\"NOT A TYPE\",\"recordId\":" + person + ",\"userId\":" + someUser + "}",
                        400),
                new Case(
                        "POST",
                        "/api/v1/need-to-know",
                        supervisor,
                        "{\"recordType\":\"person\",\"recordId\":" + person + ",\"userId\":" + missing + "}",
                        404),
                new Case("POST", "/api/v1/terminals", administrator, "{\"name\":\"\",\"secureConsole\":true}", 400),
                new Case("POST", "/api/v1/tokens", null, "{\"username\":\"\",\"password\":\"\",\"code\":\"1\"}", 400),
                new Case("POST", "/api/v1/tokens", null, "not json", 400));

        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            long[] before = counts();
            String personBefore = personRow();
            var r = api.send(c.method(), c.path(), c.token(), c.body());
            String contentType = r.headers().firstValue("Content-Type").orElse("");
            String what = c.method() + " " + c.path() + " " + c.body() + " -> " + r.status() + " " + contentType + " "
                    + r.body();
            if (r.status() != c.status()) {
                wrong.add("status " + c.status() + " expected: " + what);
            }
            if (!contentType.startsWith("application/problem+json")) {
                wrong.add("not a problem: " + what);
            } else if (Json.read(r.body()).path("status").asInt() != r.status()) {
                wrong.add("problem status differs: " + what);
            }
            if (!java.util.Arrays.equals(before, counts()) || !personBefore.equals(personRow())) {
                wrong.add("something was stored: " + what);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFieldErrorNamesTheField() {
        var r = api.post("/api/v1/persons", supervisor, "{\"forename\":\"\",\"surname\":\"X\",\"restricted\":false}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(Json.read(r.body()).path("errors").toString()).as(r.body()).contains("forename");
    }

    @Test
    void aPersonSentWithoutTheRestrictedFlagIsRecordedAsNotRestricted() {
        var r = api.post("/api/v1/persons", supervisor, "{\"forename\":\"Una\",\"surname\":\"Flagless\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = Json.read(r.body()).path("id").asLong();
        assertThat(db.count("SELECT count(*) FROM people.person WHERE id = " + id + " AND restricted = FALSE"))
                .isEqualTo(1);
    }

    @Test
    void theSameKeyAndBodyRepeatTheFirstResponseAndCreateOnePerson() {
        String key = UUID.randomUUID().toString();
        String body = "{\"forename\":\"Ida\",\"surname\":\"Empotent\",\"restricted\":false}";
        long before = db.count("SELECT count(*) FROM people.person WHERE surname = 'Empotent'");

        var first = api.post("/api/v1/persons", supervisor, body, "Idempotency-Key", key);
        var second = api.post("/api/v1/persons", supervisor, body, "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Location"))
                .isPresent()
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(db.count("SELECT count(*) FROM people.person WHERE surname = 'Empotent'"))
                .isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        long before = db.count("SELECT count(*) FROM people.person");
        assertThat(api.post(
                                "/api/v1/persons",
                                supervisor,
                                "{\"forename\":\"One\",\"surname\":\"Keyholder\",\"restricted\":false}",
                                "Idempotency-Key",
                                key)
                        .status())
                .isEqualTo(201);

        var reused = api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Two\",\"surname\":\"Keyholder\",\"restricted\":false}",
                "Idempotency-Key",
                key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(Json.read(reused.body()).get("status").asInt()).isEqualTo(422);
        assertThat(db.count("SELECT count(*) FROM people.person")).isEqualTo(before + 1);
    }

    @Test
    void differentUsersMayUseTheSameKeyIndependently() {
        String key = UUID.randomUUID().toString();
        String other = api.token(users, users.create(Role.INVESTIGATOR));
        String body = "{\"forename\":\"Shared\",\"surname\":\"Keyuser\",\"restricted\":false}";

        var mine = api.post("/api/v1/persons", supervisor, body, "Idempotency-Key", key);
        var theirs = api.post("/api/v1/persons", other, body, "Idempotency-Key", key);

        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(Json.read(theirs.body()).get("id").asLong())
                .isNotEqualTo(Json.read(mine.body()).get("id").asLong());
        assertThat(db.count("SELECT count(*) FROM people.person WHERE surname = 'Keyuser'"))
                .isEqualTo(2);
    }

    private long[] counts() {
        long[] counts = new long[TABLES.length];
        for (int i = 0; i < TABLES.length; i++) {
            counts[i] = db.count("SELECT count(*) FROM " + TABLES[i]);
        }
        return counts;
    }

    private String personRow() {
        return db.count("SELECT version FROM people.person WHERE id = ?", person) + "";
    }

    private static long created(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }
}
