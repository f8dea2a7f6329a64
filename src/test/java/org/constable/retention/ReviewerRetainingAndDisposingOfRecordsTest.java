package org.constable.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import org.constable.audit.application.AuditVerifier;
import org.constable.identity.Actor;
import org.constable.identity.Role;
import org.constable.investigation.InvestigationScene;
import org.constable.people.application.PersonRecords;
import org.constable.people.domain.PersonDetails;
import org.constable.retention.application.RetentionRegister;
import org.constable.search.application.SearchProjection;
import org.constable.shared.ForceTime;
import org.constable.shared.HistoryClock;
import org.constable.testsupport.Api;
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
 * Over real HTTP with the injected clock: a person recorded six years less a day ago is placed in
 * group 3 and comes due for review when the six-year clear period ends, not a day before; the reviewer retains one with a reason
 * (the next review six years on) and disposes of another: its name, date of birth and addresses are
 * erased, search never finds it again (also after the index is rebuilt), the ERASURE entry says
 * what was erased and why, and the audit chain still verifies.
 */
@ConstableHttpTest
class ReviewerRetainingAndDisposingOfRecordsTest {

    static final String SEARCH_PURPOSE = "purpose=Enquiry";

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

    @Autowired
    SearchProjection projection;

    @Autowired
    RetentionRegister register;

    @Autowired
    InvestigationScene scene;

    @Autowired
    PersonRecords persons;

    Api api;
    TestUsers.TestUser officerUser;
    TestUsers.TestUser reviewerUser;
    TestUsers.TestUser investigatorUser;
    String officer;
    String reviewer;
    String investigator;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officerUser = users.create(Role.SUPERVISOR);
        reviewerUser = users.create(Role.AUDITOR);
        investigatorUser = users.create(Role.INVESTIGATOR);
        signIn();
    }

    /** Sessions end; after six years on the clock everyone signs in afresh. */
    private void signIn() {
        officer = api.token(users, officerUser);
        reviewer = api.token(users, reviewerUser);
        investigator = api.token(users, investigatorUser);
    }

    @Test
    void aPersonIsDueAfterTheClearPeriodRetainedWithAReasonOrDisposedOfAndNeverFoundAgain() {
        String keptName = surname("Kept");
        String goneName = surname("Gone");
        // recorded (through the use case) at noon on the day six years less a day ago
        LocalDate placedOn = today().minus(Period.ofYears(6)).plusDays(1);
        Instant then = placedOn.atTime(12, 0).atZone(ForceTime.ZONE).toInstant();
        Actor recorder = scene.actor(Role.SUPERVISOR);
        long kept = HistoryClock.replayAt(then, () -> persons.create(recorder, details(keptName)));
        long gone = HistoryClock.replayAt(then, () -> persons.create(recorder, details(goneName)));
        awaitPlaced(kept);
        awaitPlaced(gone);
        awaitFound(goneName, true);

        assertThat(inQueue(kept))
                .as("a day before the six-year clear period ends")
                .isNull();
        clock.advance(Duration.ofDays(1));
        signIn();
        JsonNode due = inQueue(kept);
        assertThat(due).as("due when the six-year clear period ends").isNotNull();
        assertThat(due.get("group").asInt()).isEqualTo(3);
        assertThat(due.get("nextReviewOn").asString())
                .isEqualTo(placedOn.plusYears(6).toString());
        assertThat(api.get("/api/v1/retention/reviews", investigator).status())
                .as("an investigator is not a retention reviewer")
                .isEqualTo(403);

        var noReason = api.post("/api/v1/retention/reviews/person/" + kept + "/retain", reviewer, "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        var retained = api.post(
                "/api/v1/retention/reviews/person/" + kept + "/retain",
                reviewer,
                "{\"reason\":\"Linked to an open line of enquiry\"}");
        assertThat(retained.status()).as(retained.body()).isEqualTo(200);
        assertThat(Json.read(retained.body()).get("nextReviewOn").asString())
                .isEqualTo(today().plusYears(6).toString());
        assertThat(inQueue(kept)).as("retained: off the queue").isNull();

        long erasuresBefore = db.count("SELECT count(*) FROM audit.audit_entry WHERE operation = 'ERASURE'");
        var disposed = api.post(
                "/api/v1/retention/reviews/person/" + gone + "/dispose",
                reviewer,
                "{\"reason\":\"No longer necessary for a policing purpose\"}");
        assertThat(disposed.status()).as(disposed.body()).isEqualTo(200);
        assertThat(Json.read(disposed.body()).get("status").asString()).isEqualTo("DISPOSED");
        assertThat(api.post("/api/v1/retention/reviews/person/" + gone + "/dispose", reviewer, "{\"reason\":\"again\"}")
                        .status())
                .as("disposed once only")
                .isEqualTo(409);

        assertThat(db.count(
                        "SELECT count(*) FROM people.person WHERE id = ? AND surname <> ? AND date_of_birth IS NULL"
                                + " AND erased_at IS NOT NULL",
                        gone,
                        goneName))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM people.person_address WHERE person_id = ?", gone))
                .isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ERASURE' AND record_refs LIKE ?"
                                + " AND detail LIKE '%erased: name%date of birth%addresses%'"
                                + " AND detail LIKE '%reason: No longer necessary for a policing purpose'",
                        "%person:" + gone + "%"))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM audit.audit_entry WHERE operation = 'ERASURE'"))
                .isEqualTo(erasuresBefore + 1);

        awaitFound(goneName, false);
        projection.rebuild(p -> {});
        assertThat(found(goneName)).as("not found after the index is rebuilt").isFalse();
        assertThat(found(keptName)).as("the retained person is still found").isTrue();
        register.backFill();
        assertThat(inQueue(gone))
                .as("a disposed record never comes back to the queue")
                .isNull();

        assertThat(verifier.verify().intact())
                .as("the audit chain verifies after the erasure")
                .isTrue();
    }

    @Test
    void aRecordTypeRetentionDoesNotCoverIsRefusedNamingTheField() {
        var refused = api.post("/api/v1/retention/reviews/vehicle/1/retain", reviewer, "{\"reason\":\"x\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("type").contains("person");
    }

    private JsonNode inQueue(long personId) {
        var r = api.get("/api/v1/retention/reviews?limit=500&purpose=Retention+review", reviewer);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode e : Json.read(r.body()).get("oldestFirst")) {
            if (e.get("recordType").asString().equals("person")
                    && e.get("recordId").asLong() == personId) {
                return e;
            }
        }
        return null;
    }

    private static PersonDetails details(String surname) {
        return new PersonDetails(
                "Retta", null, surname, LocalDate.of(1980, 5, 4), null, null, null, null, null, null, false);
    }

    private void awaitPlaced(long personId) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (db.count(
                        "SELECT count(*) FROM retention.retention_record WHERE record_type = 'PERSON' AND record_id = ?",
                        personId)
                == 0) {
            assertThat(System.nanoTime()).as("person placed in the register").isLessThan(until);
            Thread.onSpinWait();
        }
    }

    private void awaitFound(String surname, boolean expected) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (found(surname) != expected) {
            assertThat(System.nanoTime())
                    .as("search finds " + surname + ": " + expected)
                    .isLessThan(until);
        }
    }

    private boolean found(String surname) {
        var r = api.get("/api/v1/search?q=" + surname + "&" + SEARCH_PURPOSE, officer);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode p : Json.read(r.body()).get("persons")) {
            if (p.get("name").asString().contains(surname)) {
                return true;
            }
        }
        return false;
    }

    private LocalDate today() {
        return ZonedDateTime.ofInstant(clock.instant(), ForceTime.ZONE).toLocalDate();
    }

    private static String surname(String stem) {
        return stem + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
    }
}
