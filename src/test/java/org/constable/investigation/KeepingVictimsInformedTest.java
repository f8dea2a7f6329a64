package org.constable.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.constable.crime.CrimeRecorded;
import org.constable.crime.CrimeVictim;
import org.constable.identity.Role;
import org.constable.investigation.domain.CaseEventKind;
import org.constable.investigation.domain.VictimsCodeReferralDeadline;
import org.constable.investigation.domain.VictimsCodeUpdateDeadline;
import org.constable.investigation.domain.WorkingDays;
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
 * A recorded crime opens Victims' Code care for each victim with the officer in charge; case events
 * start the deadlines to tell the victims, contacts answer them, and each officer's list shows
 * exactly their own items, moving from due to overdue as the clock runs and staying until answered.
 */
@ConstableHttpTest
class KeepingVictimsInformedTest {

    /** The purpose the lists are read for (the API has no default: DPA 2018 s.62). */
    static final String DUE_LIST = "Victims%27%20Code%20due%20list";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    VictimCareFixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    Api api;
    TestUsers.TestUser officerUser;
    String officer;

    final VictimsCodeUpdateDeadline update = new VictimsCodeUpdateDeadline(WorkingDays.englandAndWales());

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officerUser = users.create(Role.INVESTIGATOR);
        officer = api.token(users, officerUser);
    }

    @Test
    void aRecordedCrimeOpensCareForEachVictimWithAReferralDueWithinTwoDaysAndARedeliveryAddsNothing() {
        Instant reported = clock.instant().minus(Duration.ofHours(3));
        long a = VictimCareFixtures.personId();
        long b = VictimCareFixtures.personId();
        CrimeRecorded crime =
                fixtures.crime(officerUser.username(), reported, new CrimeVictim(a, false), new CrimeVictim(b, true));
        fixtures.publish(crime);

        JsonNode care = crimeCare(crime.crimeId(), officer);
        assertThat(care.get("victims")).hasSize(2);
        Instant expected = new VictimsCodeReferralDeadline().dueFor(reported).dueBy();
        for (JsonNode v : care.get("victims")) {
            assertThat(v.get("officerInCharge").asString()).isEqualTo(officerUser.username());
            assertThat(v.get("deadlines")).hasSize(1);
            assertThat(v.get("deadlines").get(0).get("obligation").asString()).isEqualTo("REFERRAL");
            assertThat(Instant.parse(v.get("deadlines").get(0).get("dueBy").asString()))
                    .isEqualTo(expected);
        }
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'COLLECTION' AND record_refs LIKE ?",
                        "%person:" + a + "%"))
                .isEqualTo(1);
    }

    @Test
    void anArrestStartsAnUpdateForEveryVictimOneWorkingDayForTheVulnerableAndAnUpdateAnswersIt() {
        Instant reported = clock.instant().minus(Duration.ofDays(2));
        long plain = VictimCareFixtures.personId();
        long vulnerable = VictimCareFixtures.personId();
        CrimeRecorded crime = fixtures.crime(
                officerUser.username(), reported, new CrimeVictim(plain, false), new CrimeVictim(vulnerable, true));
        Instant arrested = clock.instant().minus(Duration.ofHours(1));

        var r = api.post(
                "/api/v1/victim-care/crimes/" + crime.crimeId() + "/events",
                officer,
                "{\"kind\":\"ARREST\",\"occurredAt\":\"" + arrested
                        + "\",\"note\":\"Suspect detained at home address\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode started = Json.read(r.body()).get("deadlines");
        assertThat(started).hasSize(2);
        for (JsonNode d : started) {
            boolean isVulnerable = d.get("personId").asLong() == vulnerable;
            assertThat(Instant.parse(d.get("dueBy").asString()))
                    .isEqualTo(update.dueFor(CaseEventKind.ARREST, arrested, isVulnerable)
                            .dueBy());
        }

        long vulnerableCare = careIdOf(crime.crimeId(), vulnerable);
        var contact = api.post(
                "/api/v1/victim-care/" + vulnerableCare + "/contacts",
                officer,
                "{\"kind\":\"UPDATE_GIVEN\",\"note\":\"Told by phone of the arrest\"}");
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        assertThat(Json.read(contact.body()).get("deadlinesAnswered").asInt()).isEqualTo(1);

        List<String> open = openItems(officer, crime.crimeId());
        // the vulnerable victim's update is answered; their referral and the other victim's two items remain
        assertThat(open).containsExactlyInAnyOrder(vulnerable + ":REFERRAL", plain + ":REFERRAL", plain + ":UPDATE");

        var referral = api.post(
                "/api/v1/victim-care/" + careIdOf(crime.crimeId(), plain) + "/contacts",
                officer,
                "{\"kind\":\"REFERRAL_MADE\"}");
        assertThat(Json.read(referral.body()).get("deadlinesAnswered").asInt()).isEqualTo(1);
        assertThat(openItems(officer, crime.crimeId()))
                .containsExactlyInAnyOrder(vulnerable + ":REFERRAL", plain + ":UPDATE");
    }

    @Test
    void anItemMovesFromDueToOverdueAsTheClockRunsAndStaysUntilAnswered() {
        long victim = VictimCareFixtures.personId();
        CrimeRecorded crime = fixtures.crime(officerUser.username(), clock.instant(), new CrimeVictim(victim, false));

        JsonNode list = due(officer);
        assertThat(ids(list.get("due"), crime.crimeId())).hasSize(1);
        assertThat(ids(list.get("overdue"), crime.crimeId())).isEmpty();
        assertThat(item(list.get("due"), crime.crimeId()).get("clock").asString())
                .startsWith("due in ");

        clock.advance(Duration.ofDays(3));
        officer = api.token(users, officerUser);
        list = due(officer);
        assertThat(ids(list.get("due"), crime.crimeId())).isEmpty();
        assertThat(item(list.get("overdue"), crime.crimeId()).get("clock").asString())
                .startsWith("overdue by ");

        clock.advance(Duration.ofDays(30));
        officer = api.token(users, officerUser);
        assertThat(ids(due(officer).get("overdue"), crime.crimeId()))
                .as("an overdue item never drops off by itself")
                .hasSize(1);

        api.post(
                "/api/v1/victim-care/" + careIdOf(crime.crimeId(), victim) + "/contacts",
                officer,
                "{\"kind\":\"REFERRAL_MADE\"}");
        assertThat(ids(due(officer).get("overdue"), crime.crimeId())).isEmpty();
    }

    @Test
    void eachOfficerSeesExactlyTheirOwnListAndASupervisorSeesTheirTeams() {
        String team = "Victims" + System.nanoTime() % 100000;
        var inTeam = fixtures.userInTeam(team, Role.RESPONSE_OFFICER);
        var otherTeam = fixtures.userInTeam(team + "x", Role.RESPONSE_OFFICER);
        var supervisor = fixtures.userInTeam(team, Role.SUPERVISOR);
        CrimeRecorded mine = fixtures.crime(
                inTeam.username(), clock.instant(), new CrimeVictim(VictimCareFixtures.personId(), false));
        CrimeRecorded theirs = fixtures.crime(
                otherTeam.username(), clock.instant(), new CrimeVictim(VictimCareFixtures.personId(), false));

        String inTeamToken = api.token(users, inTeam);
        JsonNode own = due(inTeamToken);
        assertThat(allCrimes(own)).containsExactly(mine.crimeId());
        assertThat(allCrimes(due(api.token(users, otherTeam)))).containsExactly(theirs.crimeId());

        var teamList = api.get("/api/v1/victim-care/team-due?purpose=" + DUE_LIST, api.token(users, supervisor));
        assertThat(teamList.status()).isEqualTo(200);
        assertThat(allCrimes(Json.read(teamList.body()))).containsExactly(mine.crimeId());
        assertThat(api.get("/api/v1/victim-care/team-due?purpose=" + DUE_LIST, inTeamToken)
                        .status())
                .isEqualTo(403);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION' AND actor = ? "
                                + "AND purpose = 'Victims'' Code due list'",
                        inTeam.username()))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithAProblemAndChangesNothing() {
        CrimeRecorded crime = fixtures.crime(
                officerUser.username(),
                clock.instant().minus(Duration.ofHours(2)),
                new CrimeVictim(VictimCareFixtures.personId(), false));
        String events = "/api/v1/victim-care/crimes/" + crime.crimeId() + "/events";
        long care = careIdOf(crime.crimeId(), crime.victims().get(0).personId());
        long before = deadlines(crime.crimeId());

        List<Api.Response> refused = new ArrayList<>();
        refused.add(api.post(events, officer, "{\"kind\":\"SENTENCED\"}"));
        refused.add(api.post(events, officer, "{}"));
        refused.add(api.post(
                events,
                officer,
                "{\"kind\":\"ARREST\",\"occurredAt\":\"" + clock.instant().plus(Duration.ofDays(1)) + "\"}"));
        refused.add(api.post(events, officer, "{\"kind\":\"ARREST\",\"note\":\"" + "x".repeat(2001) + "\"}"));
        refused.add(api.post(
                "/api/v1/victim-care/" + care + "/contacts",
                officer,
                "{\"kind\":\"UPDATE_GIVEN\",\"contactedAt\":\""
                        + clock.instant().minus(Duration.ofDays(5)) + "\"}"));
        refused.add(api.post("/api/v1/victim-care/" + care + "/contacts", officer, "{\"kind\":\"WAVED\"}"));
        for (Api.Response r : refused) {
            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        }
        var unknown = api.post(
                "/api/v1/victim-care/crimes/" + (crime.crimeId() + 7_000_000_000L) + "/events",
                officer,
                "{\"kind\":\"ARREST\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(deadlines(crime.crimeId())).isEqualTo(before);
        assertThat(db.count("SELECT count(*) FROM investigation.case_event WHERE crime_id = ?", crime.crimeId()))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM investigation.victim_contact WHERE victim_care_id = ?", care))
                .isZero();
    }

    @Test
    void onlyRolesThatLookAfterVictimsMayRecordOrSeeVictimCare() {
        CrimeRecorded crime = fixtures.crime(
                officerUser.username(), clock.instant(), new CrimeVictim(VictimCareFixtures.personId(), false));
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String auditor = api.token(users, users.create(Role.AUDITOR));
        assertThat(api.get("/api/v1/victim-care/due?purpose=" + DUE_LIST, handler)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/victim-care/crimes/" + crime.crimeId() + "?purpose=Victim%20care", auditor)
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/victim-care/crimes/" + crime.crimeId() + "/events",
                                handler,
                                "{\"kind\":\"ARREST\"}")
                        .status())
                .isEqualTo(403);
        assertThat(db.count("SELECT count(*) FROM investigation.case_event WHERE crime_id = ?", crime.crimeId()))
                .isZero();
        String colleague = api.token(users, users.create(Role.RESPONSE_OFFICER));
        assertThat(api.post(
                                "/api/v1/victim-care/crimes/" + crime.crimeId() + "/events",
                                colleague,
                                "{\"kind\":\"CHARGE\"}")
                        .status())
                .isEqualTo(201);
    }

    private long deadlines(long crimeId) {
        return db.count(
                "SELECT count(*) FROM investigation.deadline d JOIN investigation.victim_care c ON c.id = d.victim_care_id "
                        + "WHERE c.crime_id = ?",
                crimeId);
    }

    private JsonNode crimeCare(long crimeId, String token) {
        var r = api.get("/api/v1/victim-care/crimes/" + crimeId + "?purpose=Victim%20care", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    private long careIdOf(long crimeId, long personId) {
        for (JsonNode v : crimeCare(crimeId, officer).get("victims")) {
            if (v.get("personId").asLong() == personId) {
                return v.get("victimCareId").asLong();
            }
        }
        throw new AssertionError("no care for person " + personId);
    }

    private JsonNode due(String token) {
        var r = api.get("/api/v1/victim-care/due?purpose=" + DUE_LIST, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    private List<String> openItems(String token, long crimeId) {
        JsonNode list = due(token);
        List<String> open = new ArrayList<>();
        for (String part : List.of("due", "overdue")) {
            for (JsonNode i : list.get(part)) {
                if (i.get("crimeId").asLong() == crimeId) {
                    open.add(i.get("personId").asLong() + ":"
                            + i.get("obligation").asString());
                }
            }
        }
        return open;
    }

    private static List<Long> ids(JsonNode items, long crimeId) {
        List<Long> ids = new ArrayList<>();
        items.forEach(i -> {
            if (i.get("crimeId").asLong() == crimeId) {
                ids.add(i.get("deadlineId").asLong());
            }
        });
        return ids;
    }

    private static JsonNode item(JsonNode items, long crimeId) {
        for (JsonNode i : items) {
            if (i.get("crimeId").asLong() == crimeId) {
                return i;
            }
        }
        throw new AssertionError("no item for crime " + crimeId);
    }

    private static List<Long> allCrimes(JsonNode list) {
        List<Long> crimes = new ArrayList<>();
        for (String part : List.of("due", "overdue")) {
            list.get(part).forEach(i -> crimes.add(i.get("crimeId").asLong()));
        }
        return crimes.stream().distinct().toList();
    }
}
