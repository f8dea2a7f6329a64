package org.constable.dashboards;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.constable.testsupport.CommandAndControl.callAt;
import static org.constable.testsupport.CommandAndControl.thrive;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A supervisor reads incidents by classification and the 999 answer times against target, on the API and on a phone. */
@ConstableHttpTest
class SupervisorReadingTheDashboardTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    @Test
    void closedIncidentsAndAnsweredCallsAreCountedByClassificationWithTheAnswerTarget() throws Exception {
        LocalDate today = clock.dayClearOfMidnight(ZoneId.of("Europe/London"));
        Api api = new Api(port);
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        String overview = "/api/v1/dashboards/overview?from=" + today + "&to=" + today;
        JsonNode before = Json.read(api.get(overview, supervisor).body());

        close(api, handler, dispatcher, "CRIME_BURGLARY");
        close(api, handler, dispatcher, "CRIME_BURGLARY");
        close(api, handler, dispatcher, "ASB");

        // the read model follows dispatch's IncidentClosed events after their commit
        var response = await("the dashboard counts the two crimes and the ASB closed")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get(overview, supervisor), r -> {
                    JsonNode seen = Json.read(r.body());
                    return seen.get("crimeIndicative").asLong()
                                            - before.get("crimeIndicative").asLong()
                                    >= 2
                            && count(seen, "ASB") != count(before, "ASB");
                });
        JsonNode after = Json.read(response.body());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(count(after, "CRIME_BURGLARY") - count(before, "CRIME_BURGLARY"))
                .isEqualTo(2);
        assertThat(count(after, "ASB") - count(before, "ASB")).isEqualTo(1);
        assertThat(after.get("crimeIndicative").asLong()
                        - before.get("crimeIndicative").asLong())
                .isEqualTo(2);
        assertThat(answered999(after) - answered999(before)).isEqualTo(3);
        assertThat(after.get("answerTargetShare").asDouble()).isEqualTo(0.9);
        assertThat(after.get("series").get("bucket").asString()).isEqualTo("DAY");
        assertThat(after.get("attendance").size()).isPositive();
        String json = response.body();
        assertThat(json)
                .doesNotContain("Cal Ler")
                .doesNotContain("A fight outside the shop")
                .doesNotContain("Near the test point");
    }

    @Test
    void aCallHandlerMayNotReadTheDashboardAndABackwardsPeriodIsRefused() {
        Api api = new Api(port);
        String handler = api.token(users, users.create(Role.CALL_HANDLER));
        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));

        assertThat(api.get("/api/v1/dashboards/overview?from=2026-01-02&to=2026-01-03", handler)
                        .status())
                .isEqualTo(403);
        var backwards = api.get("/api/v1/dashboards/overview?from=2026-01-03&to=2026-01-02", analyst);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("ends on or after");
    }

    @Test
    void theDashboardFitsAPhoneWithItsTablesChartsAndBeatMap() {
        Browser.requireChromium();
        TestUsers.TestUser supervisor = users.create(Role.SUPERVISOR);
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(new NewContextOptions()
                        .setViewportSize(360, 740)
                        .setIsMobile(true)
                        .setHasTouch(true))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/dashboards");
            page.getByLabel("Username").fill(supervisor.username());
            page.getByLabel("Password").fill(TestUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            page.locator("#code").fill(users.freshCode(supervisor));
            page.locator("#code").press("Enter"); // keyboard first, as a supervisor on a phone would
            assertThat(page.locator("h1")).containsText("Welcome");
            page.locator("#main")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dashboards"))
                    .click();

            assertThat(page.locator("h1")).hasText("Dashboards");
            assertThat(page.getByRole(
                            AriaRole.HEADING, new Page.GetByRoleOptions().setName("Calls answered against target")))
                    .isVisible();
            assertThat(page.locator("#answer-times tbody tr").first()).containsText("EMERGENCY_999");
            // Chart.js and Leaflet come from the application itself and draw
            page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('series-chart'))");
            assertThat(page.locator("#beat-map.leaflet-container")).isVisible();
            Object overflow =
                    page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        }
    }

    private void close(Api api, String handler, String dispatcher, String classification) {
        var call = api.post(
                "/api/v1/calls",
                handler,
                callAt(
                        CommandAndControl.freshArea(),
                        thrive("LOW", "LOW", "LOW", "LOW"),
                        "\"presentedAt\":\"" + clock.instant().minusSeconds(8) + "\",\"answeredAt\":\""
                                + clock.instant().minusSeconds(2) + "\""));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        long incident = Json.read(call.body()).get("incidentId").asLong();
        var closed = api.post(
                "/api/v1/incidents/" + incident + "/closure",
                dispatcher,
                "{\"classification\":\"" + classification + "\",\"note\":\"done\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
    }

    private static long count(JsonNode overview, String classification) {
        for (JsonNode c : overview.get("byClassification")) {
            if (c.get("key").asString().equals(classification)) {
                return c.get("count").asLong();
            }
        }
        return 0;
    }

    private static long answered999(JsonNode overview) {
        for (JsonNode a : overview.get("answerTimes")) {
            if (a.get("channel").asString().equals("EMERGENCY_999")) {
                return a.get("answered").asLong();
            }
        }
        return 0;
    }
}
