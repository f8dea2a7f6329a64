package org.constable.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.CommandAndControl.callAt;
import static org.constable.testsupport.CommandAndControl.thrive;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.CommandAndControl.Area;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A call handler takes a 999 call: sees what is known about the place, records THRIVE, gets the
 * grade THRIVE proposes (or overrides it with a reason), and raises or joins an incident.
 */
@ConstableHttpTest
class TakingA999CallTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    CommandAndControl c2;

    @Autowired
    MutableClock clock;

    Api api;
    TestUsers.TestUser handlerUser;
    String handler;
    String dispatcher;
    String investigator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        handlerUser = users.create(Role.CALL_HANDLER);
        handler = api.token(users, handlerUser);
        dispatcher = api.token(users, users.create(Role.DISPATCHER));
        investigator = api.token(users, users.create(Role.INVESTIGATOR));
    }

    @Test
    void aCallAtAKnownAddressShowsItsHistoryAndWarningMarkerAndRaisesAnIncidentAtTheGradeThriveProposes() {
        Area area = CommandAndControl.freshArea();
        var location = api.post(
                "/api/v1/locations",
                handler,
                "{\"premises\":\"Flat 3\",\"street\":\"12 Marker Street\",\"town\":\"Testford\"," + "\"latitude\":"
                        + area.latitude() + ",\"longitude\":" + area.longitude() + ",\"restricted\":false}");
        assertThat(location.status()).as(location.body()).isEqualTo(201);
        long locationId = id(location);
        var marker = api.post(
                "/api/v1/locations/" + locationId + "/warning-markers",
                investigator,
                "{\"marker\":\"WEAPONS\",\"note\":\"Knife seen at the address\"}");
        assertThat(marker.status()).as(marker.body()).isEqualTo(201);

        // a past incident at the address, already closed
        var past = api.post("/api/v1/calls", handler, atLocation(locationId, thrive("LOW", "LOW", "LOW", "LOW"), null));
        assertThat(past.status()).as(past.body()).isEqualTo(201);
        long pastIncident = Json.read(past.body()).get("incidentId").asLong();
        var closed = api.post(
                "/api/v1/incidents/" + pastIncident + "/closure",
                dispatcher,
                "{\"classification\":\"NO_POLICE_ACTION\",\"note\":\"Advice given\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);

        var context = api.get("/api/v1/calls/context?locationId=" + locationId + "&purpose=Call%20handling", handler);
        assertThat(context.status()).as(context.body()).isEqualTo(200);
        JsonNode ctx = Json.read(context.body());
        assertThat(ctx.get("place").get("id").asLong()).isEqualTo(locationId);
        assertThat(ids(ctx.get("history"))).contains(pastIncident);
        assertThat(ids(ctx.get("possibleDuplicates")))
                .as("a closed incident is history, not a duplicate")
                .doesNotContain(pastIncident);
        List<String> markers = new ArrayList<>();
        ctx.get("warnings").forEach(w -> markers.add(w.get("marker").asString()));
        assertThat(markers).contains("WEAPONS");

        // THRIVE: high threat proposes EMERGENCY; the call takes that grade when the handler does not change it
        String highThreat = thrive("HIGH", "MEDIUM", "LOW", "LOW");
        var proposal = api.post("/api/v1/calls/grade-proposal", handler, "{\"thrive\":" + highThreat + "}");
        assertThat(Json.read(proposal.body()).get("grade").asString()).isEqualTo("EMERGENCY");
        var call = api.post("/api/v1/calls", handler, atLocation(locationId, highThreat, null));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        JsonNode recorded = Json.read(call.body());
        assertThat(recorded.get("proposedGrade").asString()).isEqualTo("EMERGENCY");
        assertThat(recorded.get("grade").asString()).isEqualTo("EMERGENCY");
        assertThat(recorded.get("joinedExisting").asBoolean()).isFalse();
        assertThat(recorded.get("locationUnverified").asBoolean()).isFalse();
        long incident = recorded.get("incidentId").asLong();
        assertThat(incident).isNotEqualTo(pastIncident);
        assertThat(call.headers().firstValue("Location")).hasValue("/api/v1/incidents/" + incident);

        JsonNode view =
                Json.read(api.get("/api/v1/incidents/" + incident + "?purpose=Command%20and%20control", dispatcher)
                        .body());
        assertThat(view.get("incident").get("grade").asString()).isEqualTo("EMERGENCY");
        assertThat(view.get("incident").get("locationId").asLong()).isEqualTo(locationId);
        assertThat(view.get("incident").get("attendBy").isNull())
                .as("an emergency has an attendance target")
                .isFalse();
        assertThat(db.count(
                        "SELECT count(*) FROM contact.call WHERE incident_id = ? AND location_id = ? AND grade = 'EMERGENCY'",
                        incident,
                        locationId))
                .isEqualTo(1);
    }

    @Test
    void warningsOnAPersonNamedInTheCallAreShownButARestrictedPersonStaysHidden() {
        var named = api.post(
                "/api/v1/persons",
                investigator,
                "{\"forename\":\"Dorian\",\"surname\":\"Namedincall\",\"restricted\":false}");
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        long namedId = id(named);
        assertThat(api.post(
                                "/api/v1/persons/" + namedId + "/warning-markers",
                                investigator,
                                "{\"marker\":\"VIOLENCE\",\"note\":\"Assaulted officers\"}")
                        .status())
                .isEqualTo(201);
        var hidden = api.post(
                "/api/v1/persons",
                investigator,
                "{\"forename\":\"Covert\",\"surname\":\"Namedincall\",\"restricted\":true}");
        long hiddenId = id(hidden);
        // nobody holds need-to-know on the restricted person, so its marker goes in directly
        db.tamper(
                "INSERT INTO people.warning_marker (subject_type, subject_id, marker, note, created_at, created_by) "
                        + "VALUES ('PERSON', ?, 'FIREARMS', 'restricted', now(), 'setup')",
                hiddenId);

        var context = api.get(
                "/api/v1/calls/context?personId=" + namedId + "&personId=" + hiddenId + "&purpose=Call%20handling",
                handler);
        assertThat(context.status()).as(context.body()).isEqualTo(200);
        List<String> markers = new ArrayList<>();
        Json.read(context.body())
                .get("warnings")
                .forEach(w -> markers.add(w.get("marker").asString()));
        assertThat(markers).containsExactly("VIOLENCE");
        assertThat(context.body()).doesNotContain("Covert").doesNotContain("FIREARMS");
    }

    @Test
    void thriveProposesByTheHighestRiskElementAndHighVulnerabilityRaisesItOneStep() {
        assertThat(proposal(thrive("LOW", "LOW", "LOW", "LOW"))).isEqualTo("SCHEDULED");
        assertThat(proposal(thrive("LOW", "MEDIUM", "LOW", "LOW"))).isEqualTo("PRIORITY");
        assertThat(proposal(thrive("LOW", "LOW", "HIGH", "LOW"))).isEqualTo("EMERGENCY");
        assertThat(proposal(thrive("LOW", "LOW", "LOW", "HIGH"))).isEqualTo("PRIORITY");
        assertThat(proposal(thrive("MEDIUM", "LOW", "LOW", "HIGH"))).isEqualTo("EMERGENCY");
        assertThat(proposal(thrive("HIGH", "LOW", "LOW", "HIGH"))).isEqualTo("EMERGENCY");
    }

    @Test
    void aSecondCallNearbyShowsTheOpenIncidentAsAPossibleDuplicateAndJoinsItInsteadOfRaisingANewOne() {
        Area area = CommandAndControl.freshArea();
        var first = api.post("/api/v1/calls", handler, callAt(area, thrive("MEDIUM", "MEDIUM", "LOW", "LOW"), null));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long incident = Json.read(first.body()).get("incidentId").asLong();

        Area nearby = area.offset(120, 80);
        var context = api.get(
                "/api/v1/calls/context?latitude=" + nearby.latitude() + "&longitude=" + nearby.longitude()
                        + "&purpose=Call%20handling",
                handler);
        assertThat(context.status()).as(context.body()).isEqualTo(200);
        JsonNode duplicates = Json.read(context.body()).get("possibleDuplicates");
        assertThat(ids(duplicates)).containsExactly(incident);
        assertThat(duplicates.get(0).get("distanceMetres").asDouble()).isBetween(100.0, 200.0);

        long incidentsBefore = db.count("SELECT count(*) FROM dispatch.incident");
        var second = api.post(
                "/api/v1/calls",
                handler,
                callAt(nearby, thrive("MEDIUM", "MEDIUM", "LOW", "LOW"), "\"joinIncidentId\":" + incident));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        JsonNode joined = Json.read(second.body());
        assertThat(joined.get("incidentId").asLong()).isEqualTo(incident);
        assertThat(joined.get("joinedExisting").asBoolean()).isTrue();
        assertThat(db.count("SELECT count(*) FROM dispatch.incident")).isEqualTo(incidentsBefore);
        assertThat(db.count("SELECT count(*) FROM contact.call WHERE incident_id = ?", incident))
                .isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM contact.call WHERE incident_id = ? AND joined_existing", incident))
                .isEqualTo(1);
        JsonNode log = Json.read(
                        api.get("/api/v1/incidents/" + incident + "?purpose=Command%20and%20control", dispatcher)
                                .body())
                .get("log");
        assertThat(log.toString()).contains(joined.get("reference").asString());

        // far away (5 km) the incident is not offered as a duplicate
        Area far = area.offset(5000, 0);
        var elsewhere = Json.read(api.get(
                        "/api/v1/calls/context?latitude=" + far.latitude() + "&longitude=" + far.longitude()
                                + "&purpose=Call%20handling",
                        handler)
                .body());
        assertThat(ids(elsewhere.get("possibleDuplicates"))).doesNotContain(incident);
    }

    @Test
    void anUnknownAddressIsAcceptedAsFreeTextAndFlaggedAsUnverified() {
        String body =
                "{\"channel\":\"EMERGENCY_999\",\"location\":{\"text\":\"Behind the old mill by the canal, no number\"},"
                        + "\"whatHappened\":\"Someone shouting for help\",\"callType\":\"CONCERN_FOR_WELFARE\",\"thrive\":"
                        + thrive("MEDIUM", "MEDIUM", "MEDIUM", "MEDIUM") + "}";
        var r = api.post("/api/v1/calls", handler, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode recorded = Json.read(r.body());
        assertThat(recorded.get("locationUnverified").asBoolean()).isTrue();
        long incident = recorded.get("incidentId").asLong();
        assertThat(db.count(
                        "SELECT count(*) FROM dispatch.incident WHERE id = ? AND location_unverified "
                                + "AND location_text = 'Behind the old mill by the canal, no number' AND latitude IS NULL",
                        incident))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM contact.call WHERE id = ? AND location_unverified",
                        recorded.get("callId").asLong()))
                .isEqualTo(1);
        JsonNode incidentView =
                Json.read(api.get("/api/v1/incidents/" + incident + "?purpose=Command%20and%20control", dispatcher)
                        .body());
        assertThat(incidentView.get("incident").get("locationUnverified").asBoolean())
                .isTrue();
        assertThat(incidentView.get("log").get(0).get("text").asString()).contains("not verified");
    }

    @Test
    void changingTheProposedGradeNeedsAReasonWhichIsStoredAndAudited() {
        Area area = CommandAndControl.freshArea();
        String lowRisk = thrive("LOW", "LOW", "LOW", "LOW");
        long[] before = c2.counts();
        var refused = api.post("/api/v1/calls", handler, callAt(area, lowRisk, "\"grade\":\"PRIORITY\""));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(Json.read(refused.body()).get("detail").asString()).contains("reason");
        assertThat(c2.counts()).as("nothing stored").isEqualTo(before);

        String reason = "Caller is elderly and alone " + System.nanoTime();
        var accepted = api.post(
                "/api/v1/calls",
                handler,
                callAt(area, lowRisk, "\"grade\":\"PRIORITY\",\"gradeReason\":\"" + reason + "\""));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        JsonNode recorded = Json.read(accepted.body());
        assertThat(recorded.get("proposedGrade").asString()).isEqualTo("SCHEDULED");
        assertThat(recorded.get("grade").asString()).isEqualTo("PRIORITY");
        assertThat(db.count(
                        "SELECT count(*) FROM contact.call WHERE id = ? AND proposed_grade = 'SCHEDULED' AND grade = 'PRIORITY' "
                                + "AND grade_reason = ?",
                        recorded.get("callId").asLong(),
                        reason))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM dispatch.incident WHERE id = ? AND grade = 'PRIORITY'",
                        recorded.get("incidentId").asLong()))
                .isEqualTo(1);

        String auditor = api.token(users, users.create(Role.AUDITOR));
        var trail = api.get(
                "/api/v1/audit/entries?purpose=" + enc("Checking grade changes") + "&actor=" + handlerUser.username(),
                auditor);
        assertThat(trail.status()).as(trail.body()).isEqualTo(200);
        List<String> details = new ArrayList<>();
        Json.read(trail.body()).forEach(e -> details.add(e.get("detail").asString()));
        assertThat(details)
                .anySatisfy(d -> assertThat(d).contains("SCHEDULED -> PRIORITY").contains(reason));
    }

    @Test
    void presentedAndAnsweredTimesAreStoredAndShowInTheResponseReport() {
        Instant now = clock.instant();
        String from = now.minus(Duration.ofHours(1)).toString();
        String to = now.plus(Duration.ofHours(2)).toString();
        JsonNode before = emergency(report(from, to));

        Instant presented = now.minusSeconds(9).truncatedTo(ChronoUnit.MILLIS);
        Instant answered = presented.plusSeconds(7);
        var r = api.post(
                "/api/v1/calls",
                handler,
                callAt(
                        CommandAndControl.freshArea(),
                        thrive("LOW", "LOW", "LOW", "LOW"),
                        "\"presentedAt\":\"" + presented + "\",\"answeredAt\":\"" + answered + "\""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long callId = Json.read(r.body()).get("callId").asLong();
        assertThat(db.count(
                        "SELECT count(*) FROM contact.call WHERE id = ? AND presented_at = ? AND answered_at = ?",
                        callId,
                        java.sql.Timestamp.from(presented),
                        java.sql.Timestamp.from(answered)))
                .isEqualTo(1);

        JsonNode after = emergency(report(from, to));
        assertThat(after.get("answered").asLong())
                .isEqualTo(before.get("answered").asLong() + 1);
        // 7 seconds falls in the second bucket (over 5, up to 10 seconds)
        assertThat(after.get("histogram").get(1).asLong())
                .isEqualTo(before.get("histogram").get(1).asLong() + 1);
        assertThat(after.get("shareWithin10s").asDouble()).isPositive();
    }

    private JsonNode report(String from, String to) {
        var r = api.get("/api/v1/reports/response?from=" + enc(from) + "&to=" + enc(to), dispatcher);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    private static JsonNode emergency(JsonNode report) {
        for (JsonNode a : report.get("answerTimes")) {
            if (a.get("channel").asString().equals("EMERGENCY_999")) {
                return a;
            }
        }
        throw new AssertionError("no 999 figures in " + report);
    }

    private String proposal(String thrive) {
        var r = api.post("/api/v1/calls/grade-proposal", handler, "{\"thrive\":" + thrive + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body()).get("grade").asString();
    }

    private static String atLocation(long locationId, String thrive, String extra) {
        return "{\"channel\":\"EMERGENCY_999\",\"caller\":{\"anonymous\":true},\"location\":{\"locationId\":"
                + locationId + "},"
                + "\"whatHappened\":\"Disturbance at the flat\",\"callType\":\"DISTURBANCE\",\"thrive\":" + thrive
                + (extra == null ? "" : "," + extra) + "}";
    }

    private static long id(Api.Response r) {
        return Json.read(r.body()).get("id").asLong();
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
