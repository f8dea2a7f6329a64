package org.constable.analytics.forecasting.publishing;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.constable.crime.legacy.application.PoliceUkImport;
import org.constable.identity.Role;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 360 px phone an analyst is told that a next-week forecast cannot come from monthly data,
 * publishes a next-month one and sees its top cells numbered on the map beside their list; a
 * response officer then records half an hour in the top cell and the page counts it.
 */
@ConstableHttpTest
class PublishingAndPatrollingAForecastOnAPhoneInABrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    DatabaseAdmin db;
    @Autowired
    PoliceUkImport imports;
    @Autowired
    MutableClock clock;
    @TempDir
    Path folder;

    @Test
    void anAnalystPublishesOnAPhoneAndAnOfficerRecordsPatrolTime() {
        Browser.requireChromium();
        SmallPoliceUkFixture.importOnce(imports, db, folder);
        var analyst = users.create(Role.INTELLIGENCE_ANALYST);
        var officer = users.create(Role.RESPONSE_OFFICER);
        NewContextOptions phone = new NewContextOptions().setViewportSize(360, 740).setIsMobile(true).setHasTouch(true);
        String forecastUrl;
        try (Playwright playwright = Playwright.create(); var browser = Browser.launch(playwright);
             BrowserContext context = browser.newContext(phone)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/analytics/forecasts");
            Browser.signIn(page, users, analyst);
            assertThat(page.locator("h1")).hasText("Published hotspot forecasts");

            page.getByLabel("Crime type").fill("Burglary");
            page.getByLabel("Method").selectOption("naive");
            page.getByLabel("Horizon").selectOption("next-week");
            page.getByLabel("Data from (month)").fill("2015-01");
            page.getByLabel("Data to (month, inclusive)").fill("2015-03");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish forecast")).click();
            assertThat(page.locator("[role=alert]")).containsText("only a next-month forecast is meaningful");
            assertThat(page.getByLabel("Crime type")).hasValue("Burglary");

            page.getByLabel("Horizon").selectOption("next-month");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish forecast")).click();
            assertThat(page.locator("h1")).containsText("Burglary, 2015-04");
            assertThat(page.locator("#forecast-map")).hasAttribute("data-cells-drawn", "3");
            assertThat(page.locator(".rank-label").first()).isVisible();
            assertThat(page.locator("#top-cells tbody tr")).hasCount(3);
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
            forecastUrl = page.url();
        }
        try (Playwright playwright = Playwright.create(); var browser = Browser.launch(playwright);
             BrowserContext context = browser.newContext(phone)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/analytics/dosage");
            Browser.signIn(page, users, officer);
            page.getByRole(AriaRole.LINK).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Burglary, 2015-04")).first().click();
            page.getByLabel("Unit or officer").fill("Alpha 1");
            LocalDateTime start = LocalDateTime.ofInstant(clock.instant().minus(Duration.ofHours(2)), ZoneId.of("Europe/London"))
                    .truncatedTo(ChronoUnit.MINUTES);
            page.getByLabel("Started (local time)").fill(start.toString());
            page.getByLabel("Minutes in the cell").fill("30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record patrol time")).click();
            assertThat(page.locator("[role=status]")).hasText("Patrol time recorded.");
            assertThat(page.locator("main")).containsText("1 of 3 top cells patrolled, 30 minutes in all");
            assertThat(forecastUrl).contains("/analytics/forecasts/");
        }
    }
}
