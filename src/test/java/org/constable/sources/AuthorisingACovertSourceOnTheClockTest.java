package org.constable.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.CovertSources;
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
 * RIPA s.29 on the application's clock: an adult source's authorisation lasts twelve months and a
 * juvenile's four, to the minute; reviews come due at the configured interval and leave the queue when
 * done; a renewal runs on from the expiry; a cancelled authorisation allows no further contact.
 */
@ConstableHttpTest
// moves the clock on by months to years: its own context and database, so the shared one stays within
// the years other tests count in (the bank holiday list covers 2018-2028)
@TestPropertySource(properties = "constable.test.context=chis-clock")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AuthorisingACovertSourceOnTheClockTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    Api api;
    CovertSources team;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        team = new CovertSources(api, users);
    }

    @Test
    void anAdultSourcesAuthorisationLastsTwelveMonthsToTheMinute() {
        long source = team.register("Kestrel", "Alan Example", LocalDate.of(1980, 3, 1), "1 Test Row", "07700 900001");
        JsonNode granted = team.authorise(source, "Drugs supply on the Levenfield estate");
        Instant now = Instant.parse(granted.get("startsAt").asString());
        assertThat(granted.get("juvenile").asBoolean()).isFalse();
        Instant expires = Instant.parse(granted.get("expiresAt").asString());
        assertThat(expires).isEqualTo(now.atZone(LONDON).plusMonths(12).toInstant());

        moveTo(expires.minus(Duration.ofMinutes(1)));
        assertThat(state(source)).isEqualTo("live");
        assertThat(team.meet(source, clock.instant(), "Met at the cafe", "Listen", null)
                        .status())
                .isEqualTo(201);
        clock.advance(Duration.ofMinutes(2));
        assertThat(state(source)).isEqualTo("expired");
        var late = team.meet(source, clock.instant(), "Met again", "Listen", null);
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(due("handler", source)).contains("expired");
    }

    @Test
    void aJuvenileSourcesAuthorisationLastsFourMonthsAndNeedsAChiefOfficer() {
        LocalDate sixteen = LocalDate.now(clock.withZone(LONDON)).minusYears(16);
        long source = team.register("Wren", "Young Example", sixteen, "2 Test Row", "07700 900002");
        String superintendent = api.token(users, users.create(Rank.SUPERINTENDENT, Role.SOURCE_REGISTRAR));
        var refused = api.post(
                "/api/v1/sources/" + source + "/authorisations", superintendent, CovertSources.text("Grounds"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);

        JsonNode granted = team.authorise(source, "Grounds for a juvenile source");
        Instant now = Instant.parse(granted.get("startsAt").asString());
        assertThat(granted.get("juvenile").asBoolean()).isTrue();
        Instant expires = Instant.parse(granted.get("expiresAt").asString());
        assertThat(expires).isEqualTo(now.atZone(LONDON).plusMonths(4).toInstant());
        moveTo(expires.minusSeconds(30));
        assertThat(state(source)).isEqualTo("live");
        clock.advance(Duration.ofMinutes(1));
        assertThat(state(source)).isEqualTo("expired");
    }

    @Test
    void reviewsComeDueAtTheirIntervalAndARenewalRunsOnFromTheExpiry() {
        long source = team.register("Heron", "Brian Example", LocalDate.of(1975, 5, 5), "3 Test Row", "07700 900003");
        JsonNode granted = team.authorise(source, "Firearms supply");
        Instant start = Instant.parse(granted.get("startsAt").asString());
        assertThat(due("controller", source)).doesNotContain("review");

        moveTo(start.plus(Duration.ofDays(28)).plus(Duration.ofMinutes(1)));
        JsonNode items = dueItems("handler", source);
        assertThat(items.toString()).contains("\"what\":\"review\"").contains("\"overdue\":true");
        var reviewed = api.post(
                "/api/v1/sources/" + source + "/reviews", team.registrarToken, CovertSources.text("Still needed"));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);
        assertThat(due("handler", source)).doesNotContain("review");

        Instant expires = Instant.parse(granted.get("expiresAt").asString());
        moveTo(expires.minus(Duration.ofDays(20)));
        assertThat(due("registrar", source)).contains("renewal");
        JsonNode renewal = team.authorise(source, "Still needed: renewal");
        assertThat(renewal.get("renewal").asBoolean()).isTrue();
        assertThat(Instant.parse(renewal.get("startsAt").asString())).isEqualTo(expires);
        assertThat(due("registrar", source)).doesNotContain("renewal");
        moveTo(expires.plus(Duration.ofMinutes(1)));
        assertThat(state(source)).isEqualTo("live");
        assertThat(team.meet(source, clock.instant(), "After renewal", "Listen", null)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aCancelledAuthorisationMeansNoFurtherContactOrReview() {
        long source = team.register("Plover", "Carol Example", LocalDate.of(1990, 7, 7), "4 Test Row", "07700 900004");
        team.authorise(source, "Burglary network");
        Instant before = clock.instant();
        assertThat(team.meet(source, before, "First meeting", "Ask about the van", null)
                        .status())
                .isEqualTo(201);
        var cancelled = api.post(
                "/api/v1/sources/" + source + "/cancellation", team.controllerToken, CovertSources.text("Compromised"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(state(source)).isEqualTo("cancelled");
        clock.advance(Duration.ofMinutes(5));
        var met = team.meet(source, clock.instant(), "Met anyway", "Another task", null);
        assertThat(met.status()).as(met.body()).isEqualTo(409);
        var earlier = team.meet(source, before, "Back-dated", "Another task", null);
        assertThat(earlier.status()).as(earlier.body()).isEqualTo(409);
        var review =
                api.post("/api/v1/sources/" + source + "/reviews", team.registrarToken, CovertSources.text("Review"));
        assertThat(review.status()).isEqualTo(409);
        assertThat(Json.read(team.read("/api/v1/sources/" + source, team.handlerToken)
                                .body())
                        .get("contacts")
                        .size())
                .isEqualTo(1);
    }

    /** Sets the clock on to {@code target}, signing the three in again on the way. */
    private void moveTo(Instant target) {
        clock.moveTo(target, team::refresh);
    }

    private String state(long source) {
        var r = team.read("/api/v1/sources/" + source, team.handlerToken);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode body = Json.read(r.body());
        assertThat(body.get("inUse").asBoolean())
                .isEqualTo(body.get("authorisation").asString().equals("live"));
        return body.get("authorisation").asString();
    }

    private String due(String who, long source) {
        return dueItems(who, source).toString();
    }

    private JsonNode dueItems(String who, long source) {
        team.refresh();
        String token = who.equals("handler")
                ? team.handlerToken
                : who.equals("controller") ? team.controllerToken : team.registrarToken;
        var r = team.read("/api/v1/sources/due", token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        var mine = Json.read("[]");
        var list = new java.util.ArrayList<JsonNode>();
        Json.read(r.body()).forEach(i -> {
            if (i.get("sourceId").asLong() == source) {
                list.add(i);
            }
        });
        return list.isEmpty() ? mine : Json.read(list.toString());
    }
}
