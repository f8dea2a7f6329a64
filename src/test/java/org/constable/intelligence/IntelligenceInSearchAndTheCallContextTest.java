package org.constable.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
 * Graded intelligence reaches search results and the call-taking context (ADR 0106): a reader allowed
 * intelligence sees how many items name the person or place and the latest, sanitised and graded; a
 * reader not allowed intelligence gets the same answer, byte for byte, whether intelligence exists or
 * not; the original text reaches nobody; each read is a consultation with the searcher's purpose.
 */
@ConstableHttpTest
class IntelligenceInSearchAndTheCallContextTest {

    static final String PURPOSE = "purpose=Intelligence%20development";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    Api api;
    String officer;
    String analyst;
    String investigator;
    String callHandler;
    String supervisor;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        investigator = api.token(users, users.create(Role.INVESTIGATOR));
        callHandler = api.token(users, users.create(Role.CALL_HANDLER));
        supervisor = api.token(users, users.create(Role.SUPERVISOR));
    }

    @Test
    void searchShowsTheCountAndSanitisedGradedItemsToReadersAndNothingElseToOthers() {
        String surname = "Searchintel" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        long person = person(surname);
        await("the search index finds " + surname)
                .atMost(Duration.ofSeconds(20))
                .until(() ->
                        Json.read(search(surname, investigator)).get("persons").size() == 1);
        String handlerBefore = search(surname, callHandler);

        String source = "WHISTLER" + System.nanoTime();
        long report = submit(source + " says " + surname + " stores stolen tools in a van.", person);
        evaluate(report, "The subject is reported to store stolen tools in a vehicle.");

        JsonNode found = Json.read(search(surname, investigator));
        JsonNode intelligence = found.get("intelligence");
        assertThat(intelligence.size()).as(found.toString()).isEqualTo(1);
        assertThat(intelligence.get(0).get("count").asInt()).isEqualTo(1);
        JsonNode item = intelligence.get(0).get("latest").get(0);
        assertThat(item.get("grade").asString()).isEqualTo("2B P");
        assertThat(item.get("sanitisedText").asString()).contains("stolen tools in a vehicle");
        assertThat(found.toString()).doesNotContain(source);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION' AND record_refs LIKE ?"
                                + " AND detail LIKE 'intelligence on%' AND purpose = 'Intelligence development'",
                        "%intelligence-report:" + report + "%"))
                .as("the intelligence shown in search is a consultation with the search's purpose")
                .isEqualTo(1);

        String handlerAfter = search(surname, callHandler);
        assertThat(Json.read(handlerAfter).get("persons").size()).isEqualTo(1);
        assertThat(handlerAfter)
                .as("a searcher not allowed intelligence gets the same answer with or without it")
                .isEqualTo(handlerBefore);
        assertThat(Json.read(handlerAfter).get("intelligence").size()).isZero();
    }

    @Test
    void theCallContextCountsIntelligenceOnThePlaceAndPeopleOnlyForHandlersAllowedIt() {
        long person = person("Callintel" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "y"));
        String context = "/api/v1/calls/context?personId=" + person + "&purpose=Call%20handling";
        String handlerBefore = api.get(context, callHandler).body();
        long report = submit("NEIGHBOUR" + System.nanoTime() + " saw knives handed over.", person);
        evaluate(report, "Knives are reported to have been handed over at the address.");

        var allowed = api.get(context, supervisor);
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
        JsonNode seen = Json.read(allowed.body()).get("intelligence");
        assertThat(seen.get(0).get("count").asInt()).isEqualTo(1);
        assertThat(seen.get(0).get("latest").get(0).get("sanitisedText").asString())
                .contains("Knives are reported");

        var notAllowed = api.get(context, callHandler);
        assertThat(notAllowed.status()).isEqualTo(200);
        assertThat(notAllowed.body()).isEqualTo(handlerBefore);
        assertThat(notAllowed.body()).doesNotContain("Knives");
    }

    private String search(String surname, String token) {
        var r = api.get("/api/v1/search?q=" + surname + "&" + PURPOSE, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        // whether the index is complete may change between two searches; nothing else may
        return r.body().replaceAll(",\"indexStatus\":\\{[^}]*\\}", "");
    }

    private long person(String surname) {
        var r = api.post(
                "/api/v1/persons",
                investigator,
                "{\"forename\":\"Ivor\",\"surname\":\"" + surname + "\",\"restricted\":false}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private long submit(String text, long person) {
        var r = api.post(
                "/api/v1/intelligence/reports",
                officer,
                "{\"text\":\"" + text + "\",\"sourceType\":\"MEMBER_OF_PUBLIC\",\"personIds\":[" + person + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private void evaluate(long report, String sanitised) {
        var r = api.post(
                "/api/v1/intelligence/reports/" + report + "/evaluations",
                analyst,
                "{\"sourceEvaluation\":2,\"assessment\":\"B\",\"handlingCode\":\"P\",\"handlingConditions\":null,"
                        + "\"riskAssessment\":\"Low\",\"sanitisedText\":\"" + sanitised + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }
}
