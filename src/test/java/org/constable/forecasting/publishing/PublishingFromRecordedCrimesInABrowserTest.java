package org.constable.forecasting.publishing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone, an analyst publishes a next-week bicycle theft forecast from recorded crimes on H3
 * hexagons: a window ending tomorrow is refused in that form with the values (cell scheme and
 * resolution too) kept; the forecast page names the data source and the cells
 * and shows the dosage effect report as observational and partial (the week is not over).
 * A response officer, who cannot open the forecasts list, reaches patrol dosage from the menu (Alt+E).
 */
@ConstableHttpTest
class PublishingFromRecordedCrimesInABrowserTest {

    private static final ZoneId FORCE = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Test
    void anAnalystPublishesANextWeekForecastOnHexagonsFromRecordedCrimesAndAnOfficerFindsPatrolDosageInTheMenu() {
        Browser.requireChromium();
        LocalDate today = LocalDate.ofInstant(clock.instant(), FORCE);
        recordBicycleThefts(today.minusDays(2));
        var analyst = users.create(Role.INTELLIGENCE_ANALYST);
        var officer = users.create(Role.RESPONSE_OFFICER);
        NewContextOptions phone = new NewContextOptions()
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true);
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright)) {
            try (BrowserContext context = browser.newContext(phone)) {
                Page page = context.newPage();
                Browser.signIn(page, port, "/analytics/forecasts", users, analyst);
                page.navigate("http://localhost:" + port + "/analytics/forecasts");
                assertThat(page.locator("#patrol-dosage")).containsText("observational");

                Locator recorded = page.locator("#publish-recorded");
                assertThat(recorded).containsText("police.uk category");
                recorded.getByLabel("Crime type").fill("Bicycle theft");
                recorded.getByLabel("Horizon").selectOption("next-week");
                recorded.getByLabel("Data from (day)").fill(today.minusDays(6).toString());
                recorded.getByLabel("Data to (day, inclusive)")
                        .fill(today.plusDays(1).toString());
                recorded.getByLabel("Cell scheme").selectOption("h3");
                recorded.getByLabel("H3 resolution").fill("10");
                recorded.getByRole(
                                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish from recorded crimes"))
                        .click();
                assertThat(page.locator("#publish-recorded [role=alert]")).containsText("cannot end in the future");
                assertThat(page.locator("#publish-historic [role=alert]")).hasCount(0);
                recorded = page.locator("#publish-recorded");
                assertThat(recorded.getByLabel("Crime type")).hasValue("Bicycle theft");
                assertThat(recorded.getByLabel("Cell scheme")).hasValue("h3");
                assertThat(recorded.getByLabel("H3 resolution")).hasValue("10");

                recorded.getByLabel("Data to (day, inclusive)").fill(today.toString());
                recorded.getByRole(
                                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish from recorded crimes"))
                        .click();
                assertThat(page.locator("h1"))
                        .containsText("Bicycle theft, " + today.plusDays(1) + " to " + today.plusDays(7));
                assertThat(page.locator("#data-source")).hasText("the force's recorded crimes (exact offence times)");
                assertThat(page.locator("#cell-scheme")).hasText("H3 resolution 10 hexagons");
                assertThat(page.locator("#forecast-map")).hasAttribute("data-cells-drawn", "1");
                assertThat(page.locator("#top-cells tbody tr")).hasCount(1);
                assertThat(page.locator("#dosage-effect")).containsText("the period is not over");
                assertThat(page.locator("#effect-caveat")).containsText("Observational");
                assertThat(page.locator("#effect-groups tbody tr")).hasCount(3);
                assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                        .isLessThanOrEqualTo(360);
                assertThat(page.getByText("Record patrol dosage for this forecast"))
                        .hasCount(0); // analysts do not log patrols
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target/recorded-forecast-phone.png"))
                        .setFullPage(true));

                page.navigate("http://localhost:" + port + "/analytics/forecasts");
                Locator listed = page.locator("tr", new Page.LocatorOptions().setHasText("Bicycle theft"))
                        .first();
                assertThat(listed).containsText("recorded crimes");
                assertThat(listed).containsText("H3 resolution 10 hexagons");
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target/recorded-forecasts-list-phone.png"))
                        .setFullPage(true));
            }
            try (BrowserContext context = browser.newContext(phone)) {
                Page page = context.newPage();
                Browser.signIn(page, port, "/", users, officer);
                assertThat(page.locator("nav a", new Page.LocatorOptions().setHasText("Patrol dosage")))
                        .hasAttribute("data-key", "e");
                page.keyboard().press("Alt+e");
                assertThat(page.locator("h1")).hasText("Record patrol dosage");
                assertThat(page.locator("main")).containsText("Bicycle theft");
            }
        }
    }

    private void recordBicycleThefts(LocalDate day) {
        Api api = new Api(port);
        String investigator = api.token(users, users.create(Role.INVESTIGATOR));
        long victim = RecordedCrimeFixture.victim(api, investigator);
        var area = CommandAndControl.freshArea();
        for (int hour : new int[] {9, 17}) {
            RecordedCrimeFixture.crime(
                    api,
                    investigator,
                    victim,
                    "44",
                    day.atTime(hour, 0).atZone(FORCE).toInstant(),
                    area);
        }
    }
}
