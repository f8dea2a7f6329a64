package org.constable.forecasting.publishing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.constable.historic.application.PoliceUkImport;
import org.constable.identity.Role;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a 360 px phone an analyst is told that a next-week forecast cannot come from monthly data,
 * publishes a next-month one and sees its top cells numbered on the map beside their list,
 * without the page scrolling sideways; then publishes one on H3 hexagons (after a resolution out of
 * range is refused) and sees six-cornered cells drawn.
 */
@ConstableHttpTest
class PublishingAForecastOnAPhoneInABrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    PoliceUkImport imports;

    @Test
    void anAnalystPublishesOnAPhoneAndSeesTheTopCellsOnTheMap() {
        Browser.requireChromium();
        SmallPoliceUkFixture.importOnce(imports, db);
        var analyst = users.create(Role.INTELLIGENCE_ANALYST);
        NewContextOptions phone = new NewContextOptions()
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true);
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(phone)) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/analytics/forecasts");
            Browser.signIn(page, users, analyst);
            page.navigate("http://localhost:" + port + "/analytics/forecasts");
            assertThat(page.locator("h1")).hasText("Published hotspot forecasts");

            // the form for police.uk months; the one for recorded crimes below it has the same labels
            Locator historic = page.locator("#publish-historic");
            fillBurglaryWindow(historic);
            historic.getByLabel("Method").selectOption("naive");
            historic.getByLabel("Horizon").selectOption("next-week");
            historic.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish forecast"))
                    .click();
            assertThat(page.locator("#publish-historic [role=alert]"))
                    .containsText("only a next-month forecast is meaningful");
            historic = page.locator("#publish-historic");
            assertThat(historic.getByLabel("Crime type")).hasValue("Burglary");

            historic.getByLabel("Horizon").selectOption("next-month");
            historic.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish forecast"))
                    .click();
            assertThat(page.locator("h1")).containsText("Burglary, 2015-04");
            assertThat(page.locator("#forecast-map")).hasAttribute("data-cells-drawn", "3");
            assertThat(page.locator(".rank-label").first()).isVisible();
            assertThat(page.locator("#top-cells tbody tr")).hasCount(3);
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(360);
            assertThat(corners(page)).containsOnly(4);

            page.navigate("http://localhost:" + port + "/analytics/forecasts");
            historic = page.locator("#publish-historic");
            fillBurglaryWindow(historic);
            historic.getByLabel("Cell scheme").selectOption("h3");
            historic.getByLabel("H3 resolution").fill("5");
            historic.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish forecast"))
                    .click();
            assertThat(page.locator("#publish-historic [role=alert]"))
                    .containsText("H3 resolution must be a whole number from 7");
            historic = page.locator("#publish-historic");
            assertThat(historic.getByLabel("Cell scheme")).hasValue("h3");

            historic.getByLabel("H3 resolution").fill("9");
            historic.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish forecast"))
                    .click();
            assertThat(page.locator("h1")).containsText("Burglary, 2015-04");
            assertThat(page.locator("#cell-scheme")).hasText("H3 resolution 9 hexagons");
            assertThat(page.locator("#forecast-map")).hasAttribute("data-cells-drawn", "3");
            assertThat(corners(page)).containsOnly(6);
            assertThat(page.locator("#top-cells tbody tr").first()).containsText("89");
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(360);
        }
    }

    private static void fillBurglaryWindow(Locator form) {
        form.getByLabel("Crime type").fill("Burglary");
        form.getByLabel("Data from (month)").fill("2015-01");
        form.getByLabel("Data to (month, inclusive)").fill("2015-03");
    }

    /** Corners of each cell drawn on the map: the points of its SVG path (a move, then lines). */
    @SuppressWarnings("unchecked")
    private static java.util.List<Integer> corners(Page page) {
        return (java.util.List<Integer>) page.evaluate("Array.from(document.querySelectorAll('path.forecast-cell'))"
                + ".map(p => (p.getAttribute('d').match(/[ML]/g) || []).length)");
    }
}
