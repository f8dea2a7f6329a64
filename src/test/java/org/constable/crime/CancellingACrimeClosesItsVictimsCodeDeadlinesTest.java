package org.constable.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.crime.CrimeScene.crimeFromIncident;
import static org.constable.crime.CrimeScene.victim;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.constable.identity.Role;
import org.constable.identity.application.UserAdministration;
import org.constable.identity.persistence.UserAccounts;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12.6: when a crime registrar approves the cancellation of a crime, its victims' open Victims'
 * Code deadlines close as "crime cancelled" (not as answered, and no contact is invented), they leave
 * the officer's and the supervisor's lists, and no new update can be started for the crime. A
 * deadline answered before the cancellation stays answered.
 */
@ConstableHttpTest
class CancellingACrimeClosesItsVictimsCodeDeadlinesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    UserAdministration admin;

    @Autowired
    UserAccounts accounts;

    @Test
    void theCancelledCrimesOpenDeadlinesCloseAsCancelledAndLeaveTheDueLists() throws InterruptedException {
        Api api = new Api(port);
        String team = "Cancel team " + System.nanoTime();
        TestUsers.TestUser investigatorUser = userInTeam(team, Role.INVESTIGATOR);
        String investigator = api.token(users, investigatorUser);
        String supervisor = api.token(users, userInTeam(team, Role.SUPERVISOR));
        String registrarOne = api.token(users, users.create(Role.CRIME_REGISTRAR));
        String registrarTwo = api.token(users, users.create(Role.CRIME_REGISTRAR));
        CrimeScene scene = new CrimeScene(
                api,
                api.token(users, users.create(Role.CALL_HANDLER)),
                api.token(users, users.create(Role.DISPATCHER)));
        long incident = scene.closedIncident("CRIME_BURGLARY");
        long answeredVictim = scene.person(investigator, "Answered");
        long waitingVictim = scene.person(investigator, "Waiting");
        Instant from = clock.instant().minus(5, ChronoUnit.HOURS);
        var recorded = api.post(
                "/api/v1/crimes",
                investigator,
                crimeFromIncident(
                        incident,
                        "28E",
                        from,
                        from.plusSeconds(600),
                        "[" + victim(answeredVictim, false) + "," + victim(waitingVictim, true) + "]",
                        investigatorUser.username()));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long crimeId = Json.read(recorded.body()).get("id").asLong();
        JsonNode care = await(
                () -> api.get("/api/v1/victim-care/crimes/" + crimeId + "?purpose=Victim%20care", investigator),
                body -> body.get("victims") != null && body.get("victims").size() == 2);
        long answeredCare = careOf(care, answeredVictim);
        // the referral is made a few minutes after the report (times are stored to the microsecond)
        clock.advance(Duration.ofMinutes(5));
        var referred = api.post(
                "/api/v1/victim-care/" + answeredCare + "/contacts",
                investigator,
                "{\"kind\":\"REFERRAL_MADE\",\"note\":\"Referred by phone\"}");
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        var arrest = api.post(
                "/api/v1/victim-care/crimes/" + crimeId + "/events",
                investigator,
                "{\"kind\":\"ARREST\",\"occurredAt\":\"" + clock.instant().minus(Duration.ofMinutes(30)) + "\"}");
        assertThat(arrest.status()).as(arrest.body()).isEqualTo(201);
        assertThat(dueFor(api, "/api/v1/victim-care/due", investigator, crimeId))
                .isEqualTo(3);
        assertThat(dueFor(api, "/api/v1/victim-care/team-due", supervisor, crimeId))
                .isEqualTo(3);

        var asked = api.post(
                "/api/v1/crimes/" + crimeId + "/change-requests",
                registrarOne,
                "{\"kind\":\"CANCEL\",\"ground\":\"ADDITIONAL_VERIFIABLE_INFORMATION\","
                        + "\"reason\":\"The property was found at a relative's house\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long request = Json.read(asked.body()).get("id").asLong();
        assertThat(api.post(
                                "/api/v1/crime-change-requests/" + request + "/decision",
                                registrarTwo,
                                "{\"approve\":true}")
                        .status())
                .isEqualTo(204);

        JsonNode after = await(
                () -> api.get("/api/v1/victim-care/crimes/" + crimeId + "?purpose=Victim%20care", investigator),
                body -> allClosedOrAnswered(body));
        int closed = 0;
        for (JsonNode v : after.get("victims")) {
            for (JsonNode d : v.get("deadlines")) {
                boolean answeredReferral = v.get("personId").asLong() == answeredVictim
                        && d.get("obligation").asString().equals("REFERRAL");
                if (answeredReferral) {
                    assertThat(d.get("answered").asBoolean()).isTrue();
                    assertThat(d.get("closed").asBoolean()).isFalse();
                    assertThat(d.get("clock").asString()).startsWith("answered");
                } else {
                    closed++;
                    assertThat(d.get("answered").asBoolean())
                            .as("closed, not answered")
                            .isFalse();
                    assertThat(d.get("closed").asBoolean()).isTrue();
                    assertThat(d.get("closedReason").asString()).isEqualTo("crime cancelled");
                    assertThat(d.get("clock").asString()).isEqualTo("closed: crime cancelled");
                    assertThat(d.get("overdue").asBoolean()).isFalse();
                }
            }
        }
        assertThat(closed).isEqualTo(3);
        assertThat(after.get("contacts")).as("no contact is invented").hasSize(1);
        assertThat(dueFor(api, "/api/v1/victim-care/due", investigator, crimeId))
                .isZero();
        assertThat(dueFor(api, "/api/v1/victim-care/team-due", supervisor, crimeId))
                .isZero();
        var page = api.get("/victim-care", investigator);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .doesNotContain(Json.read(recorded.body()).get("reference").asString());

        var late = api.post("/api/v1/victim-care/crimes/" + crimeId + "/events", investigator, "{\"kind\":\"CHARGE\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(Json.read(late.body()).get("detail").asString()).contains("was cancelled");
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'ALTERATION' AND detail LIKE ?",
                        "3 Victims' Code deadline(s) of %closed: crime cancelled (ADDITIONAL_VERIFIABLE_INFORMATION)%"))
                .isOne();
    }

    private static boolean allClosedOrAnswered(JsonNode care) {
        for (JsonNode v : care.get("victims")) {
            for (JsonNode d : v.get("deadlines")) {
                if (!d.get("answered").asBoolean()
                        && (d.get("closed") == null || !d.get("closed").asBoolean())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long careOf(JsonNode care, long personId) {
        for (JsonNode v : care.get("victims")) {
            if (v.get("personId").asLong() == personId) {
                return v.get("victimCareId").asLong();
            }
        }
        throw new AssertionError("no victim care for person " + personId);
    }

    private static long dueFor(Api api, String path, String token, long crimeId) {
        var r = api.get(path + "?purpose=Victim%20care", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode list = Json.read(r.body());
        long n = 0;
        for (String part : new String[] {"overdue", "due"}) {
            for (JsonNode item : list.get(part)) {
                n += item.get("crimeId").asLong() == crimeId ? 1 : 0;
            }
        }
        return n;
    }

    private static JsonNode await(java.util.function.Supplier<Api.Response> get, Predicate<JsonNode> ready)
            throws InterruptedException {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        try {
            return Awaitility.await("the answer is ready")
                    .atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(50))
                    .until(
                            () -> {
                                Api.Response r = get.get();
                                if (r.status() == 200) {
                                    last.set(Json.read(r.body()));
                                }
                                return r.status() == 200 ? last.get() : null;
                            },
                            seen -> seen != null && ready.test(seen));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not reached within 20 s; last seen: " + last.get(), e);
        }
    }

    private TestUsers.TestUser userInTeam(String team, Role role) {
        String username = "c" + System.nanoTime() % 1_000_000;
        long id = admin.createWithoutCheck(new UserAdministration.NewUser(
                username, "Test " + username, null, TestUsers.PASSWORD, Set.of(role), team));
        return new TestUsers.TestUser(
                id, username, accounts.findById(id).orElseThrow().totpSecret());
    }
}
