package org.constable.covert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.constable.shared.ForceTime;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.CovertScene;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The clocks of a directed surveillance authorisation, on the application's injected clock: in force
 * three months from the grant and not a second longer; reviews falling due at the configured interval
 * and showing on the authorising officer's queue, overdue after; a renewal adding three months to the
 * expiry; cancelled (or expired) meaning no further use of any kind.
 */
@ConstableHttpTest
// moves the clock on by months to years: its own context and database, so the shared one stays within
// the years other tests count in (the bank holiday list covers 2018-2028)
@TestPropertySource(properties = "constable.test.context=surveillance-clock")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DirectedSurveillanceClocksTest {

    private static final String PURPOSE = "?purpose=Directed+surveillance+oversight";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    Api api;
    CovertScene scene;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        scene = new CovertScene(api, users, "Clk" + System.nanoTime());
    }

    @Test
    void anAuthorisationIsInForceForThreeMonthsFromTheGrantAndThenAllowsNothing() {
        long id = scene.authorise("Clk", true);
        JsonNode a = read(id);
        Instant granted = Instant.parse(a.get("grantedAt").asString());
        Instant expires = Instant.parse(a.get("expiresAt").asString());
        assertThat(expires)
                .isEqualTo(
                        granted.atZone(ForceTime.ZONE).plus(Period.ofMonths(3)).toInstant());
        assertThat(a.get("state").asString()).isEqualTo("IN_FORCE");

        advance(Duration.between(clock.instant(), expires).minusMinutes(1));
        assertThat(use(id).status()).as("a minute before the expiry").isEqualTo(200);

        advance(Duration.between(clock.instant(), expires));
        assertThat(read(id).get("state").asString()).isEqualTo("EXPIRED");
        var late = use(id);
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.body()).contains("expired");
        assertThat(api.post(path(id) + "/renewals", scene.officerToken, "{}").status())
                .isEqualTo(409);
        assertThat(api.post(path(id) + "/reviews", scene.officerToken, "{\"outcome\":\"CONTINUE\",\"notes\":\"n\"}")
                        .status())
                .isEqualTo(409);
        assertThat(kinds(id))
                .as("an expired authorisation waits to be cancelled")
                .containsExactly("CANCELLATION");
        assertThat(api.post(path(id) + "/cancellation", scene.officerToken, "{\"reason\":\"Ended\"}")
                        .status())
                .isEqualTo(200);
        assertThat(kinds(id)).isEmpty();
    }

    @Test
    void reviewsComeDueAtTheIntervalAndFollowTheLastReview() {
        long id = scene.authorise("Rev", true);
        assertThat(kinds(id)).as("the first review is 28 days away").isEmpty();
        advance(Duration.ofDays(22));
        assertThat(kinds(id)).as("within a week of the first review").containsExactly("REVIEW");
        advance(Duration.ofDays(8));
        JsonNode item = item(id);
        assertThat(item.get("overdue").asBoolean()).as(item.toString()).isTrue();
        var reviewed = api.post(
                path(id) + "/reviews", scene.officerToken, "{\"outcome\":\"CONTINUE\",\"notes\":\"Still needed\"}");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(kinds(id)).as("the next review is 28 days after this one").isEmpty();
        advance(Duration.ofDays(27));
        assertThat(kinds(id)).containsExactly("REVIEW");
    }

    @Test
    void aRenewalAddsThreeMonthsToTheExpiry() {
        long id = scene.authorise("Ren", true);
        Instant expires = Instant.parse(read(id).get("expiresAt").asString());
        advance(Duration.between(clock.instant(), expires).minusDays(3));
        assertThat(kinds(id)).contains("RENEWAL");
        var renewed = api.post(path(id) + "/renewals", scene.officerToken, "{}");
        assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
        assertThat(Instant.parse(Json.read(renewed.body()).get("expiresAt").asString()))
                .isEqualTo(
                        expires.atZone(ForceTime.ZONE).plus(Period.ofMonths(3)).toInstant());
        advance(Duration.ofDays(10));
        assertThat(use(id).status()).as("in force after the old expiry").isEqualTo(200);
    }

    @Test
    void cancelledMeansNoFurtherUseOfAnyKind() {
        long id = scene.authorise("Can", true);
        assertThat(use(id).status()).isEqualTo(200);
        var cancelled = api.post(path(id) + "/cancellation", scene.officerToken, "{\"reason\":\"Objective met\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(Json.read(cancelled.body()).get("state").asString()).isEqualTo("CANCELLED");
        assertThat(use(id).status()).isEqualTo(409);
        assertThat(api.post(path(id) + "/renewals", scene.officerToken, "{}").status())
                .isEqualTo(409);
        assertThat(api.post(path(id) + "/grant", scene.officerToken, "{}").status())
                .isEqualTo(409);
        assertThat(api.post(path(id) + "/reviews", scene.officerToken, "{\"outcome\":\"CONTINUE\",\"notes\":\"n\"}")
                        .status())
                .isEqualTo(409);
        assertThat(api.post(path(id) + "/cancellation", scene.officerToken, "{\"reason\":\"Again\"}")
                        .status())
                .isEqualTo(409);
        advance(Duration.ofDays(200));
        assertThat(use(id).status()).as("still refused long after").isEqualTo(409);
        assertThat(read(id).get("uses").size()).isEqualTo(1);
        assertThat(kinds(id)).isEmpty();
    }

    @Test
    void onlyTheNamedAuthorisingOfficerOfTheRightRankGrants() {
        long id = scene.authorise("Who", false);
        assertThat(api.post(path(id) + "/grant", scene.investigatorToken, "{}").status())
                .as("a constable")
                .isEqualTo(403);
        var other =
                users.create(org.constable.identity.Rank.CHIEF_SUPERINTENDENT, org.constable.identity.Role.SUPERVISOR);
        var outsider = api.post(path(id) + "/grant", api.token(users, other), "{}");
        assertThat(outsider.status())
                .as("a chief superintendent who is not a member")
                .isEqualTo(404);
        assertThat(kinds(id)).containsExactly("DECISION");
        assertThat(use(id).status()).as("not granted yet").isEqualTo(409);
        var applied = api.post(
                "/api/v1/covert/operations/" + scene.operation + "/authorisations",
                scene.investigatorToken,
                "{\"authorisingOfficerId\":" + scene.senior.id()
                        + ",\"grounds\":\"g\",\"necessity\":\"n\",\"proportionality\":\"p\"}");
        assertThat(applied.status()).as("an inspector may not authorise").isEqualTo(400);
        assertThat(applied.body()).contains("authorisingOfficerId");
    }

    /** Moves the clock on by {@code d}, signing the scene's people in again on the way. */
    private void advance(Duration d) {
        clock.moveTo(clock.instant().plus(d), scene::signIn);
    }

    private String path(long id) {
        return "/api/v1/covert/authorisations/" + id;
    }

    private JsonNode read(long id) {
        var r = api.get(path(id) + PURPOSE, scene.investigatorToken);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Json.read(r.body());
    }

    private Api.Response use(long id) {
        return api.post(path(id) + "/uses", scene.investigatorToken, "{\"activity\":\"Observed the address\"}");
    }

    private java.util.List<String> kinds(long id) {
        var r = api.get("/api/v1/covert/due" + PURPOSE, scene.officerToken);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        java.util.List<String> kinds = new java.util.ArrayList<>();
        Json.read(r.body()).get("items").forEach(i -> {
            if (i.get("authorisationId").asLong() == id) {
                kinds.add(i.get("kind").asString());
            }
        });
        return kinds;
    }

    private JsonNode item(long id) {
        for (JsonNode i : Json.read(api.get("/api/v1/covert/due" + PURPOSE, scene.officerToken)
                        .body())
                .get("items")) {
            if (i.get("authorisationId").asLong() == id
                    && i.get("kind").asString().equals("REVIEW")) {
                return i;
            }
        }
        throw new AssertionError("no review due for " + id);
    }
}
