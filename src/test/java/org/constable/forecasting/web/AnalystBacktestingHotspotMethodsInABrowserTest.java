package org.constable.forecasting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.constable.identity.Role;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An intelligence analyst backtests the naive count on Merseyside burglary from the page: a
 * request without a method is refused, the run shows its progress, can be left and found again
 * in the list, and ends with the hit-rate table (open_cp's 17.6% at 5%) and the chart.
 */
@ConstableHttpTest
class AnalystBacktestingHotspotMethodsInABrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void anAnalystRunsABacktestLeavesAndComesBackToItsResults() {
        Browser.requireChromium();
        Path data = Path.of("../shared/data/forecast-protocol/merseyside_burglary_monthly_epsg27700.csv.gz");
        Assumptions.assumeTrue(
                Files.isRegularFile(data),
                "Forecast protocol data not found at " + data.toAbsolutePath() + ": page test skipped");
        var analyst = users.create(Role.INTELLIGENCE_ANALYST);
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/analytics/forecasting");
            page.getByLabel("Username").fill(analyst.username());
            page.getByLabel("Password").fill(TestUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            page.locator("#code").fill(users.freshCode(analyst));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            page.waitForLoadState();
            page.keyboard().press("Alt+h");
            assertThat(page.locator("h1")).hasText("Predictive hotspot backtests");

            page.getByLabel("merseyside-burglary (monthly)").check();
            for (Locator box : page.locator("input[name=methods]").all()) {
                box.uncheck();
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run backtest"))
                    .click();
            assertThat(page.locator("[role=alert]")).containsText("Choose at least one method");
            assertThat(page.getByLabel("merseyside-burglary (monthly)")).isChecked();

            page.getByLabel("naive", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run backtest"))
                    .click();
            assertThat(page.locator("h1")).hasText("Backtest of merseyside-burglary");
            String url = page.url();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All backtests"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("merseyside-burglary"))
                    .first()
                    .click();
            assertThat(page).hasURL(url);

            Locator table = page.locator("#results-h + table");
            assertThat(table)
                    .containsText(
                            "naive 3 mo",
                            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                    .setTimeout(60_000));
            assertThat(table.locator("tbody tr td").nth(3)).hasText("17.6% ± 2.8");
            assertThat(table.locator("tbody tr td").nth(7)).hasText("3.52");
            assertThat(page.locator("#backtest-chart")).hasAttribute("data-drawn", "yes");
        }
    }
}
