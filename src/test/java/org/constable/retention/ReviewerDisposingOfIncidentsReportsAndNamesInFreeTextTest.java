package org.constable.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.constable.audit.application.AuditVerifier;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
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
 * Over real HTTP (ADR 0109): an incident raised by a call and an intelligence report are in the
 * retention register the moment they exist; from the review queue the reviewer disposes of each:
 * their words, places and links go through their owners (the incident's log keeps its skeleton,
 * the report its grades), the append-only tables still refuse any other change, the ERASURE entries
 * say what was erased and why, and the audit chain verifies. A person named in a call, an incident
 * log, a crime narrative and an intelligence report's original and sanitised texts is disposed of:
 * every writing of the name (any case, surname first, an alias) is redacted there, nothing else, and
 * the ERASURE entry says where, without the name.
 */
@ConstableHttpTest
class ReviewerDisposingOfIncidentsReportsAndNamesInFreeTextTest {

    static final String PURPOSE = "purpose=Retention+review";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    @Autowired
    AuditVerifier verifier;

    Api api;
    String handler;
    String dispatcher;
    String officer;
    String analyst;
    String investigator;
    String reviewer;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        handler = api.token(users, users.create(Role.CALL_HANDLER));
        dispatcher = api.token(users, users.create(Role.DISPATCHER));
        officer = api.token(users, users.create(Role.RESPONSE_OFFICER));
        analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        investigator = api.token(users, users.create(Role.INVESTIGATOR));
        reviewer = api.token(users, users.create(Role.AUDITOR));
    }

    @Test
    void anIncidentAndAReportArePlacedAtOnceAndDisposedOfFromTheQueue() {
        String marker = "Marker" + unique();
        long incident = call(marker + " says a fight outside the shop");
        log(incident, "Unit spoke to " + marker + " at the door");
        long person = person("Ivy", "Intel" + unique());
        long report = submit(marker + " deals from the bus station.", person);
        evaluate(report, marker + " is reported to deal at a transport hub.");

        awaitPlaced("INCIDENT", incident);
        awaitPlaced("INTELLIGENCE_REPORT", report);
        bringForward("INCIDENT", incident);
        bringForward("INTELLIGENCE_REPORT", report);
        assertThat(inQueue("incident", incident)).as("the incident is due").isNotNull();
        assertThat(inQueue("intelligence-report", report))
                .as("the report is due")
                .isNotNull();
        long logEntries = db.count("SELECT count(*) FROM dispatch.incident_log WHERE incident_id = ?", incident);

        var gone = dispose("incident", incident, "No longer necessary for a policing purpose");
        assertThat(gone.status()).as(gone.body()).isEqualTo(200);
        assertThat(Json.read(gone.body()).get("status").asString()).isEqualTo("DISPOSED");
        var goneReport = dispose("intelligence-report", report, "Not relevant to any current threat");
        assertThat(goneReport.status()).as(goneReport.body()).isEqualTo(200);
        assertThat(dispose("intelligence-report", report, "again").status())
                .as("disposed once only")
                .isEqualTo(409);

        assertThat(db.count(
                        "SELECT count(*) FROM dispatch.incident WHERE id = ? AND erased_at IS NOT NULL AND summary = 'Erased'"
                                + " AND latitude IS NULL AND call_type = 'ASSAULT' AND grade IS NOT NULL",
                        incident))
                .as("the incident keeps its call type and grade, loses its words and place")
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM dispatch.incident_log WHERE incident_id = ?", incident))
                .as("the log keeps every entry's time, author and kind")
                .isEqualTo(logEntries);
        assertThat(db.count("SELECT count(*) FROM dispatch.incident_log WHERE text LIKE ?", "%" + marker + "%"))
                .isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM contact.call WHERE incident_id = ? AND caller_name IS NULL"
                                + " AND what_happened = 'Erased'",
                        incident))
                .as("the call that raised it is erased too")
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM intelligence.original_text WHERE text LIKE ?", "%" + marker + "%"))
                .isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM intelligence.evaluation WHERE sanitised_text LIKE ?", "%" + marker + "%"))
                .isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM intelligence.evaluation WHERE report_id = ? AND assessment = 'B'",
                        report))
                .as("the report keeps its grade")
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM intelligence.report_link WHERE report_id = ?", report))
                .as("its links to persons and places go")
                .isZero();
        var seen = api.get("/api/v1/intelligence/reports/" + report + "?" + PURPOSE, analyst);
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        assertThat(seen.body()).doesNotContain(marker);

        assertThatThrownBy(() -> update("UPDATE dispatch.incident_log SET text = 'x' WHERE incident_id = ?", incident))
                .as("outside an erasure the log is still append-only")
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(
                        () -> update("UPDATE intelligence.evaluation SET assessment = 'A' WHERE report_id = ?", report))
                .as("an erasure never changes a grade")
                .hasStackTraceContaining("append-only");

        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ERASURE' AND record_refs LIKE ?"
                                + " AND detail LIKE '%erased: summary%words of every log entry%callers%'"
                                + " AND detail LIKE '%reason: No longer necessary for a policing purpose'",
                        "%incident:" + incident + "%"))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ERASURE' AND record_refs LIKE ?"
                                + " AND detail LIKE '%erased: original text%sanitised texts%'",
                        "%intelligence-report:" + report + "%"))
                .isEqualTo(1);
        assertThat(verifier.verify().intact())
                .as("the audit chain verifies after the erasures")
                .isTrue();
    }

    @Test
    void aDisposedPersonsNameIsRedactedFromFreeTextWhereverItStands() throws Exception {
        String forename = "Retta";
        String surname = "Quill" + unique();
        String alias = "Rook" + unique();
        long person = person(forename, surname);
        var aliased = api.post(
                "/api/v1/persons/" + person + "/aliases",
                investigator,
                "{\"forename\":\"Rita\",\"surname\":\"" + alias + "\"}");
        assertThat(aliased.status()).as(aliased.body()).isEqualTo(204);
        String bystander = "Bystander" + unique();

        long incident = call(forename.toUpperCase(java.util.Locale.ROOT) + " "
                + surname.toUpperCase(java.util.Locale.ROOT) + " is shouting at " + bystander);
        log(
                incident,
                "Spoke to " + forename.toLowerCase(java.util.Locale.ROOT) + "  " + surname + ", also known as Rita "
                        + alias + "; " + surname + "s van outside");
        String crimeRef = crime(surname + ", " + forename + " forced the shed door; seen by " + bystander);
        long report = submit("Rita " + alias + " deals from the bus station.", person);
        evaluate(report, forename + " " + surname + " is reported to deal at a transport hub.");
        awaitPlaced("PERSON", person);
        bringForward("PERSON", person);

        var gone = dispose("person", person, "No longer necessary for a policing purpose");
        assertThat(gone.status()).as(gone.body()).isEqualTo(200);

        String pattern = "%" + surname.toLowerCase(java.util.Locale.ROOT) + "%";
        String aliasPattern = "%" + alias.toLowerCase(java.util.Locale.ROOT) + "%";
        assertThat(db.count(
                        "SELECT count(*) FROM contact.call WHERE incident_id = ? AND what_happened = ?",
                        incident,
                        "[name erased] is shouting at " + bystander))
                .as("the call's words: the name in capitals goes, the bystander stays")
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM dispatch.incident_log WHERE incident_id = ? AND text = ?",
                        incident,
                        "Spoke to [name erased], also known as [name erased]; " + surname + "s van outside"))
                .as("the log: both names go, a longer word that contains the surname stays")
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM crime.crime WHERE reference = ? AND narrative = ?",
                        crimeRef,
                        "[name erased] forced the shed door; seen by " + bystander))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM intelligence.original_text WHERE report_id = ? AND text = ?",
                        report,
                        "[name erased] deals from the bus station."))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM intelligence.evaluation WHERE report_id = ? AND sanitised_text = ?",
                        report,
                        "[name erased] is reported to deal at a transport hub."))
                .isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM dispatch.incident WHERE id = ? AND lower(summary) LIKE ?",
                        incident,
                        pattern))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM intelligence.original_text WHERE lower(text) LIKE ?", aliasPattern))
                .isZero();

        // two log entries carry the name: the call's own line (its words as taken) and the officer's
        var entries = db.count(
                "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ERASURE' AND record_refs LIKE ?"
                        + " AND detail LIKE '%name redacted in free text:%' AND detail LIKE '%call %'"
                        + " AND detail LIKE '%incident %log, 2 entries%' AND detail LIKE '%crime " + crimeRef
                        + " narrative%'"
                        + " AND detail LIKE '%intelligence report " + report + " original text%'"
                        + " AND detail LIKE '%intelligence report " + report + " evaluation 1%'"
                        + " AND lower(detail) NOT LIKE ? AND lower(detail) NOT LIKE ?",
                "%person:" + person + "%",
                pattern,
                aliasPattern);
        String written;
        try (var c = db.connect();
                var st = c.prepareStatement("SELECT string_agg(detail, ' | ') FROM audit.audit_entry"
                        + " WHERE operation = 'ERASURE' AND record_refs LIKE ?")) {
            st.setString(1, "%person:" + person + "%");
            var rs = st.executeQuery();
            rs.next();
            written = rs.getString(1);
        }
        assertThat(entries)
                .as("the ERASURE entry says where the name was redacted, never the name: %s", written)
                .isEqualTo(1);
        assertThat(verifier.verify().intact())
                .as("the audit chain verifies after the erasure")
                .isTrue();
    }

    private long call(String whatHappened) {
        String body = CommandAndControl.callAt(
                        CommandAndControl.freshArea(), CommandAndControl.thrive("LOW", "LOW", "LOW", "LOW"), null)
                .replace("A fight outside the shop", whatHappened);
        var r = api.post("/api/v1/calls", handler, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("incidentId").asLong();
    }

    private void log(long incident, String text) {
        var r = api.post("/api/v1/incidents/" + incident + "/log", dispatcher, "{\"text\":" + quote(text) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(204);
    }

    private long person(String forename, String surname) {
        var r = api.post(
                "/api/v1/persons",
                investigator,
                "{\"forename\":\"" + forename + "\",\"surname\":\"" + surname + "\",\"restricted\":false}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private String crime(String narrative) {
        long victim = person("Vic", "Tim" + unique());
        Instant occurred = clock.instant().minusSeconds(7200);
        var r = api.post(
                "/api/v1/crimes",
                investigator,
                "{\"classificationCode\":\"28E\",\"occurredFrom\":\"" + occurred + "\",\"occurredTo\":\""
                        + occurred.plusSeconds(600) + "\",\"reportedAt\":\"" + occurred.plusSeconds(1200)
                        + "\",\"locationText\":\"Behind the church hall\",\"victims\":[{\"personId\":" + victim
                        + ",\"vulnerableOrIntimidated\":false}],\"narrative\":" + quote(narrative)
                        + ",\"officerInCharge\":\"" + api.username(investigator) + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("reference").asString();
    }

    private long submit(String text, long person) {
        var r = api.post(
                "/api/v1/intelligence/reports",
                officer,
                "{\"text\":" + quote(text) + ",\"sourceType\":\"MEMBER_OF_PUBLIC\",\"personIds\":[" + person + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }

    private void evaluate(long report, String sanitised) {
        var r = api.post(
                "/api/v1/intelligence/reports/" + report + "/evaluations",
                analyst,
                "{\"sourceEvaluation\":2,\"assessment\":\"B\",\"handlingCode\":\"P\",\"handlingConditions\":null,"
                        + "\"riskAssessment\":\"Low\",\"sanitisedText\":" + quote(sanitised) + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private Api.Response dispose(String type, long id, String reason) {
        return api.post(
                "/api/v1/retention/reviews/" + type + "/" + id + "/dispose",
                reviewer,
                "{\"reason\":" + quote(reason) + "}");
    }

    /** Placed by the owner's event while the application runs, not by the next start's back-fill. */
    private void awaitPlaced(String type, long id) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (db.count(
                        "SELECT count(*) FROM retention.retention_record WHERE record_type = ? AND record_id = ?",
                        type,
                        id)
                == 0) {
            assertThat(System.nanoTime())
                    .as(type + " " + id + " placed in the register")
                    .isLessThan(until);
            Thread.onSpinWait();
        }
    }

    /** Makes the record the longest overdue in the queue (its review date is the rules' business, tested elsewhere). */
    private void bringForward(String type, long id) {
        db.tamper(
                "UPDATE retention.retention_record SET next_review_on = DATE '2000-01-01' WHERE record_type = ?"
                        + " AND record_id = ?",
                type,
                id);
    }

    /** An update as the database's owner, triggers on: what the append-only rule must still refuse. */
    private int update(String sql, long id) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return ps.executeUpdate();
        }
    }

    private JsonNode inQueue(String type, long id) {
        var r = api.get("/api/v1/retention/reviews?limit=500&" + PURPOSE, reviewer);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode e : Json.read(r.body()).get("oldestFirst")) {
            if (e.get("recordType").asString().equals(type) && e.get("recordId").asLong() == id) {
                return e;
            }
        }
        return null;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
    }
}
