package org.constable.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * An officer submits intelligence naming its source; the intelligence unit grades it (3x5x2),
 * sanitises it, grades it again and shares it outside the force. The original text never reaches
 * anyone outside the unit, an ungraded report is missing to everyone but its author and the unit,
 * a C-coded item never leaves without its conditions, and every version is kept.
 */
@ConstableHttpTest
class IntelligenceUnitGradingSanitisingAndSharingTest {

    static final String PURPOSE = "purpose=Intelligence%20development";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    Api api;
    Map<Role, String> tokens = new EnumMap<>(Role.class);
    String officer;
    String analyst;
    String investigator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        for (Role role : Role.values()) {
            tokens.put(role, api.token(users, users.create(role)));
        }
        officer = tokens.get(Role.RESPONSE_OFFICER);
        analyst = tokens.get(Role.INTELLIGENCE_ANALYST);
        investigator = tokens.get(Role.INVESTIGATOR);
    }

    @Test
    void theOriginalTextNeverReachesAnyoneOutsideTheUnitAndUngradedIsMissingToOthers() {
        String marker = "SOURCEMARKER" + System.nanoTime();
        long person = person(false);
        long location = location();
        long report = submit(officer, marker + " told me the subject deals from the bus station.", person, location);

        // ungraded: the author and the unit see it, everyone else gets what a missing report gets
        assertThat(api.get("/api/v1/intelligence/reports/" + report + "?" + PURPOSE, officer)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/intelligence/reports/" + report + "?" + PURPOSE, analyst)
                        .status())
                .isEqualTo(200);
        var hidden = api.get("/api/v1/intelligence/reports/" + report + "?" + PURPOSE, investigator);
        var missing = api.get("/api/v1/intelligence/reports/" + (report + 1_000_000) + "?" + PURPOSE, investigator);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        JsonNode h = Json.read(hidden.body());
        JsonNode m = Json.read(missing.body());
        assertThat(h.propertyNames()).containsExactlyInAnyOrderElementsOf(m.propertyNames());
        for (String field : List.of("title", "status", "type", "kind")) {
            assertThat(h.get(field)).as(field).isEqualTo(m.get(field));
        }
        assertThat(h.get("detail").asString().replace(Long.toString(report), "ID"))
                .isEqualTo(m.get("detail").asString().replace(Long.toString(report + 1_000_000), "ID"));
        assertThat(Json.read(api.get("/api/v1/intelligence/persons/" + person + "?" + PURPOSE, investigator)
                                .body())
                        .get("count")
                        .asInt())
                .as("an ungraded report is not counted for a reader")
                .isZero();

        var original = api.get("/api/v1/intelligence/reports/" + report + "/original?" + PURPOSE, analyst);
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.body()).contains(marker);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION' AND record_refs LIKE ?"
                                + " AND detail LIKE 'original text%' AND purpose = 'Intelligence development'",
                        "%intelligence-report:" + report + "%"))
                .as("the read of the original is audited with its purpose")
                .isEqualTo(1);

        var graded = evaluate(report, 2, "B", "P", null, "The subject is reported to be dealing at a transport hub.");
        assertThat(graded.status()).as(graded.body()).isEqualTo(201);

        JsonNode seen = Json.read(api.get("/api/v1/intelligence/reports/" + report + "?" + PURPOSE, investigator)
                .body());
        assertThat(seen.get("current").get("sanitisedText").asString()).contains("transport hub");
        assertThat(seen.get("current").get("gradeWords").asString())
                .isEqualTo("2B P — untested source; known personally to the source but not to the officer; "
                        + "lawful sharing permitted");
        JsonNode picture = Json.read(api.get("/api/v1/intelligence/persons/" + person + "?" + PURPOSE, investigator)
                .body());
        assertThat(picture.get("count").asInt()).isEqualTo(1);
        assertThat(picture.get("latest").get(0).get("grade").asString()).isEqualTo("2B P");
        JsonNode place = Json.read(api.get("/api/v1/intelligence/locations/" + location + "?" + PURPOSE, investigator)
                .body());
        assertThat(place.get("count").asInt())
                .as("a report is on the page of the place where it happened")
                .isEqualTo(1);

        // every intelligence GET, and the pages that show intelligence, as every role: no byte of the original
        List<String> leaks = new ArrayList<>();
        for (Role role : Role.values()) {
            List<String> paths = new ArrayList<>(List.of(
                    "/api/v1/intelligence/reports/" + report + "?" + PURPOSE,
                    "/api/v1/intelligence/reports/mine?" + PURPOSE,
                    "/api/v1/intelligence/desk?" + PURPOSE,
                    "/api/v1/intelligence/persons/" + person + "?" + PURPOSE,
                    "/api/v1/intelligence/locations/" + location + "?" + PURPOSE,
                    "/api/v1/persons/" + person + "?" + PURPOSE,
                    "/api/v1/search?q=bus%20station&" + PURPOSE,
                    "/api/v1/audit/entries?" + PURPOSE));
            if (role != Role.INTELLIGENCE_ANALYST) {
                paths.add("/api/v1/intelligence/reports/" + report + "/original?" + PURPOSE);
            }
            for (String path : paths) {
                var r = api.get(path, tokens.get(role));
                if (r.body().contains(marker)) {
                    leaks.add(role + " GET " + path + " -> " + r.status());
                }
            }
            for (String page : List.of(
                    "/intelligence",
                    "/intelligence/reports/" + report + "?" + PURPOSE,
                    "/intelligence/people/" + person + "/panel?" + PURPOSE,
                    "/intelligence/locations/" + location + "/panel?" + PURPOSE,
                    "/people/" + person + "?" + PURPOSE,
                    "/locations/" + location + "?" + PURPOSE)) {
                var r = api.send("GET", page, tokens.get(role), null, "Accept", "text/html");
                boolean unitReadingItsReport =
                        role == Role.INTELLIGENCE_ANALYST && page.startsWith("/intelligence/reports/");
                if (!unitReadingItsReport && r.body().contains(marker)) {
                    leaks.add(role + " page " + page + " -> " + r.status());
                }
            }
        }
        assertThat(leaks).as("responses carrying the original text").isEmpty();
    }

    @Test
    void gradingIsVersionedAndACodedItemLeavesOnlyWithItsConditions() {
        long person = person(false);
        long report = submit(officer, "The subject keeps a knife in his car, says his cousin.", person, null);

        var noConditions = evaluate(report, 1, "C", "C", " ", "The subject is reported to carry a knife in a car.");
        assertThat(noConditions.status()).isEqualTo(400);
        assertThat(noConditions.body()).contains("handlingConditions");
        assertThat(db.count("SELECT count(*) FROM intelligence.evaluation WHERE report_id = ?", report))
                .as("a refused evaluation changes nothing")
                .isZero();

        var shareUngraded = share(report, "Local authority", "Safeguarding", null);
        assertThat(shareUngraded.status()).isEqualTo(400);

        assertThat(evaluate(report, 2, "D", "P", null, "First reading.").status())
                .isEqualTo(201);
        var second = evaluate(report, 1, "C", "C", "Not to be shown to the subject.", "Second reading.");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(Json.read(second.body()).get("version").asInt()).isEqualTo(2);

        JsonNode unitView = Json.read(api.get("/api/v1/intelligence/reports/" + report + "?" + PURPOSE, analyst)
                .body());
        assertThat(unitView.get("versions").size()).isEqualTo(2);
        assertThat(unitView.get("versions").get(0).get("grade").asString()).isEqualTo("1C C");
        assertThat(unitView.get("versions").get(1).get("grade").asString()).isEqualTo("2D P");
        JsonNode readerView = Json.read(api.get("/api/v1/intelligence/reports/" + report + "?" + PURPOSE, investigator)
                .body());
        assertThat(readerView.get("current").get("sanitisedText").asString()).isEqualTo("Second reading.");
        assertThat(readerView.get("versions").size())
                .as("earlier versions are the unit's")
                .isZero();
        assertThat(readerView.get("current").get("riskAssessment").isNull()).isTrue();

        var withoutConditions = share(report, "Local authority community safety", "Safeguarding", "");
        assertThat(withoutConditions.status()).isEqualTo(400);
        assertThat(withoutConditions.body()).contains("handlingConditions");
        assertThat(db.count("SELECT count(*) FROM intelligence.dissemination WHERE report_id = ?", report))
                .isZero();

        var shared =
                share(report, "Local authority community safety", "Safeguarding", "Not to be shown to the subject.");
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'DISCLOSURE' AND record_refs LIKE ?"
                                + " AND recipient = 'Local authority community safety' AND purpose = 'Safeguarding'",
                        "%intelligence-report:" + report + "%"))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ALTERATION' AND record_refs LIKE ?",
                        "%intelligence-report:" + report + "%"))
                .as("each version audited")
                .isEqualTo(2);

        assertThat(api.post(
                                "/api/v1/intelligence/reports/" + report + "/disseminations",
                                investigator,
                                "{\"recipient\":\"x\",\"purpose\":\"y\",\"handlingConditions\":\"z\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aSubmissionNamingNothingRealIsRefusedNamingTheField() {
        long person = person(false);
        for (String field : List.of("personIds", "locationIds", "vehicleIds", "incidentIds", "crimeIds")) {
            var r = api.post(
                    "/api/v1/intelligence/reports",
                    officer,
                    "{\"text\":\"Something\",\"sourceType\":\"MEMBER_OF_PUBLIC\",\"" + field + "\":[987654321]}");
            assertThat(r.status()).as(field).isEqualTo(400);
            assertThat(r.body()).contains(field);
        }
        var noType = api.post(
                "/api/v1/intelligence/reports",
                officer,
                "{\"text\":\"Something\",\"sourceType\":\"GOSSIP\",\"personIds\":[" + person + "]}");
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.body()).contains("sourceType").contains("Member of the public");
        var noText = api.post(
                "/api/v1/intelligence/reports", officer, "{\"text\":\"  \",\"sourceType\":\"MEMBER_OF_PUBLIC\"}");
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.body()).contains("\"text\"");
        assertThat(api.post(
                                "/api/v1/intelligence/reports",
                                tokens.get(Role.AUDITOR),
                                "{\"text\":\"x\",\"sourceType\":\"MEMBER_OF_PUBLIC\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aReportNamingARestrictedPersonIsHiddenLikeTheRecordFromThoseWithoutNeedToKnow() {
        var supervisor = tokens.get(Role.SUPERVISOR);
        var officerUser = users.create(Role.RESPONSE_OFFICER);
        var analystUser = users.create(Role.INTELLIGENCE_ANALYST);
        String officerToken = api.token(users, officerUser);
        String analystToken = api.token(users, analystUser);
        long hidden = person(true);
        // without need-to-know, the restricted person is as unknown as a missing one
        var refused = api.post(
                "/api/v1/intelligence/reports",
                officerToken,
                "{\"text\":\"About the protected one\",\"sourceType\":\"MEMBER_OF_PUBLIC\",\"personIds\":[" + hidden
                        + "]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("personIds");
        grant(supervisor, hidden, officerUser.id());
        long report = submit(officerToken, "About the protected one", hidden, null);

        assertThat(api.get("/api/v1/intelligence/reports/" + report + "?" + PURPOSE, analystToken)
                        .status())
                .as("the unit too needs need-to-know of a restricted person")
                .isEqualTo(404);
        grant(supervisor, hidden, analystUser.id());
        var graded = api.post(
                "/api/v1/intelligence/reports/" + report + "/evaluations",
                analystToken,
                "{\"sourceEvaluation\":1,\"assessment\":\"A\",\"handlingCode\":\"P\",\"riskAssessment\":\"Low\","
                        + "\"sanitisedText\":\"PROTECTEDSANITISED\"}");
        assertThat(graded.status()).as(graded.body()).isEqualTo(201);
        var investigatorSees = api.get("/api/v1/intelligence/reports/" + report + "?" + PURPOSE, investigator);
        assertThat(investigatorSees.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/intelligence/persons/" + hidden + "?" + PURPOSE, investigator)
                        .body())
                .doesNotContain("PROTECTEDSANITISED")
                .contains("\"count\":0");
    }

    private long person(boolean restricted) {
        var r = api.post(
                "/api/v1/persons",
                investigator,
                "{\"forename\":\"Ivy\",\"surname\":\"Intel"
                        + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q") + "\",\"restricted\":"
                        + restricted + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private long location() {
        var r = api.post(
                "/api/v1/locations",
                investigator,
                "{\"premises\":\"1\",\"street\":\"Intel Street\",\"town\":\"Northmoor\",\"restricted\":false}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private long submit(String token, String text, long person, Long location) {
        var r = api.post(
                "/api/v1/intelligence/reports",
                token,
                "{\"text\":" + quote(text) + ",\"sourceType\":\"MEMBER_OF_PUBLIC\",\"personIds\":[" + person + "]"
                        + (location == null ? "" : ",\"locationId\":" + location) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private Api.Response evaluate(
            long report, int source, String assessment, String code, String conditions, String sanitised) {
        return api.post(
                "/api/v1/intelligence/reports/" + report + "/evaluations",
                analyst,
                "{\"sourceEvaluation\":" + source + ",\"assessment\":\"" + assessment + "\",\"handlingCode\":\"" + code
                        + "\",\"handlingConditions\":" + (conditions == null ? "null" : quote(conditions))
                        + ",\"riskAssessment\":\"Low\",\"sanitisedText\":" + quote(sanitised) + "}");
    }

    private Api.Response share(long report, String recipient, String purpose, String conditions) {
        return api.post(
                "/api/v1/intelligence/reports/" + report + "/disseminations",
                analyst,
                "{\"recipient\":" + quote(recipient) + ",\"purpose\":" + quote(purpose) + ",\"handlingConditions\":"
                        + (conditions == null ? "null" : quote(conditions)) + "}");
    }

    private void grant(String supervisor, long person, long userId) {
        var g = api.post(
                "/api/v1/need-to-know",
                supervisor,
                "{\"recordType\":\"person\",\"recordId\":" + person + ",\"userId\":" + userId + "}");
        assertThat(g.status()).as(g.body()).isEqualTo(204);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
