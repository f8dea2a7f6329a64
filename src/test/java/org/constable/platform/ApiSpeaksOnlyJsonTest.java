package org.constable.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.Problems.problem;

import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The API reads and writes JSON and nothing else: an XML, YAML or form body is refused with 415, a
 * client that accepts only XML gets 406; every framework error (wrong method, no such address, a
 * body too large) is a problem+json body, and nothing is stored.
 */
@ConstableHttpTest
class ApiSpeaksOnlyJsonTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    Api api;
    String supervisor;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        supervisor = api.token(users, users.create(Role.SUPERVISOR));
    }

    @Test
    void anXmlBodyIsRefusedWith415AndStoresNothing() {
        long before = db.count("SELECT count(*) FROM people.person");
        JsonNode body = problem(
                api.send(
                        "POST",
                        "/api/v1/persons",
                        supervisor,
                        "<PersonForm><forename>Xavier</forename><surname>Emel</surname></PersonForm>",
                        "Content-Type",
                        "application/xml"),
                415);
        assertThat(body.path("detail").asString()).contains("application/json");
        problem(
                api.send(
                        "POST",
                        "/api/v1/persons",
                        supervisor,
                        "forename: Yam\nsurname: Ell\n",
                        "Content-Type",
                        "application/yaml"),
                415);
        problem(
                api.send(
                        "POST",
                        "/api/v1/persons",
                        supervisor,
                        "forename=Form&surname=Post",
                        "Content-Type",
                        "application/x-www-form-urlencoded"),
                415);
        assertThat(db.count("SELECT count(*) FROM people.person")).isEqualTo(before);
    }

    @Test
    void aClientAcceptingOnlyXmlGets406AsAProblem() {
        var created = api.post("/api/v1/persons", supervisor, "{\"forename\":\"Jay\",\"surname\":\"Son\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\"\\s*:\\s*(\\d+).*", "$1");
        var r = api.send(
                "GET", "/api/v1/persons/" + id + "?purpose=Checking", supervisor, null, "Accept", "application/xml");
        assertThat(r.body()).doesNotStartWith("<");
        problem(r, 406);
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsA405ProblemSayingWhatItTakes() {
        var r = api.send("DELETE", "/api/v1/persons", supervisor, null);
        JsonNode body = problem(r, 405);
        assertThat(body.path("detail").asString()).contains("DELETE", "GET", "POST");
        assertThat(r.headers().firstValue("Allow")).isPresent();
        // answered by the error endpoint, after the request itself: still with the request's reference
        assertThat(body.path("correlationId").asString())
                .isEqualTo(r.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    @Test
    void anAddressWithNothingThereIsA404Problem() {
        JsonNode body = problem(api.get("/api/v1/no-such-thing", supervisor), 404);
        assertThat(body.path("detail").asString()).isEqualTo("There is nothing at this address.");
        assertThat(body.path("instance").asString()).isEqualTo("/api/v1/no-such-thing");
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemAndStoresNothing() {
        long before = db.count("SELECT count(*) FROM people.person");
        String huge = "x".repeat(11 * 1024 * 1024);
        JsonNode body = problem(
                api.post(
                        "/api/v1/persons",
                        supervisor,
                        "{\"forename\":\"Big\",\"surname\":\"Body\",\"description\":\"" + huge + "\"}"),
                413);
        assertThat(body.path("detail").asString()).contains("KiB");
        assertThat(db.count("SELECT count(*) FROM people.person")).isEqualTo(before);
    }

    @Test
    void jsonStillWorks() {
        assertThat(api.post("/api/v1/persons", supervisor, "{\"forename\":\"Still\",\"surname\":\"Fine\"}")
                        .status())
                .isEqualTo(201);
    }
}
