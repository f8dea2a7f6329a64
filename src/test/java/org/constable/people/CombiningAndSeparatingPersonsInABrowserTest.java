package org.constable.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.people.application.PersonRecords;
import org.constable.people.domain.PersonDetails;
import org.constable.people.domain.WarningMarkerType;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium on a phone-sized screen: an analyst opens the duplicates report by its shortcut,
 * combines two records of one woman, sees the other's warning on the kept record, and undoes it.
 */
@ConstableHttpTest
class CombiningAndSeparatingPersonsInABrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    PersonRecords persons;

    @Autowired
    CurrentActor actors;

    TestUsers.TestUser analyst;
    String surname;
    long kept;
    long other;

    @BeforeEach
    void seed() {
        Browser.requireChromium();
        analyst = users.create(Role.INTELLIGENCE_ANALYST);
        var recorder = actors.load(users.create(Role.INVESTIGATOR).username()).orElseThrow();
        surname = NominalFixtures.freshSurname();
        kept = persons.create(
                recorder,
                new PersonDetails(
                        "Katherine",
                        null,
                        surname,
                        LocalDate.of(1979, 6, 5),
                        "FEMALE",
                        165,
                        null,
                        null,
                        null,
                        null,
                        false));
        other = persons.create(
                recorder,
                new PersonDetails(
                        "Kate",
                        null,
                        surname,
                        LocalDate.of(1979, 6, 5),
                        "FEMALE",
                        null,
                        null,
                        null,
                        null,
                        "Tattoo on left wrist",
                        false));
        persons.addWarningMarker(recorder, other, WarningMarkerType.VIOLENCE, "Assaulted staff");
    }

    @Test
    void anAnalystCombinesTwoRecordsOfOneWomanAndUndoesItOnAPhone() {
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(new NewContextOptions()
                        .setViewportSize(360, 740)
                        .setIsMobile(true)
                        .setHasTouch(true))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            page.getByLabel("Username").fill(analyst.username());
            page.getByLabel("Password").fill(TestUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            page.locator("#code").fill(users.freshCode(analyst));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(page.locator("h1")).containsText("Welcome");
            page.waitForLoadState();
            page.keyboard().press("Alt+k");
            assertThat(page).hasURL(Pattern.compile(".*/people/duplicates$"));
            page.getByLabel("Purpose").fill("Data quality review");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open"))
                    .click();
            page.getByLabel("Only pairs where a surname starts with").fill(surname);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                    .click();

            var pair = page.locator("li.duplicate-pair");
            assertThat(pair).hasCount(1);
            assertThat(pair).containsText("same date of birth");
            pair.getByLabel("Why are these one person?").fill("Kate is Katherine: same date of birth");
            pair.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName("Keep #" + kept + ", combine #" + other + " into it"))
                    .click();

            assertThat(page).hasURL(Pattern.compile(".*/people/" + kept + "\\?.*"));
            assertThat(page.locator("section.warnings")).containsText("Assaulted staff");
            assertThat(page.getByText("Also known as")).isVisible();
            assertThat(page.locator("li.combined-record")).containsText("Tattoo on left wrist");
            Object overflow =
                    page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                    .isLessThanOrEqualTo(0);

            page.getByLabel("Reason for separating them again").fill("Sisters, not one woman");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo this combination"))
                    .click();

            assertThat(page).hasURL(Pattern.compile(".*/people/" + other + "\\?.*"));
            assertThat(page.locator("section.warnings")).containsText("Assaulted staff");
            assertThat(page.locator("section.combined-away")).hasCount(0);
        }
    }
}
