package org.constable.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.time.LocalDate;
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

/** Real Chromium: sign in with password and TOTP, find a person, open them and see the warnings first. */
@ConstableHttpTest
class OfficerOpeningAPersonInABrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    PersonRecords persons;

    @Autowired
    CurrentActor actors;

    TestUsers.TestUser officer;
    String surname;

    @BeforeEach
    void seed() {
        Browser.requireChromium();
        officer = users.create(Role.RESPONSE_OFFICER);
        var recorder = actors.load(users.create(Role.INVESTIGATOR).username()).orElseThrow();
        surname = "Quillfeather" + System.nanoTime() % 10000;
        long id = persons.create(
                recorder,
                new PersonDetails(
                        "Marigold",
                        null,
                        surname,
                        LocalDate.of(1987, 4, 2),
                        "FEMALE",
                        168,
                        null,
                        null,
                        null,
                        null,
                        false));
        persons.addWarningMarker(recorder, id, WarningMarkerType.WEAPONS, "Known to carry a knife");
    }

    @Test
    void anOfficerSignsInWithTwoFactorsAndSeesAPersonsWarningsOnADesk() {
        walkThrough(new NewContextOptions().setViewportSize(1280, 800));
    }

    @Test
    void anOfficerDoesTheSameOnAPhoneSizedScreen() {
        walkThrough(new NewContextOptions()
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    private void walkThrough(NewContextOptions viewport) {
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(viewport)) {
            Page page = context.newPage();
            Browser.signIn(page, port, "/people", users, officer);
            page.keyboard().press("Alt+p");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/people$"));
            page.getByLabel("Surname starts with").fill(surname.substring(0, 8));
            page.getByLabel("Purpose").fill("Incident response");
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Search"))
                    .click();
            page.getByText(surname + ", Marigold").click();

            assertThat(page.locator("h1")).containsText(surname);
            assertThat(page.locator("section.warnings .marker")).hasText("Weapons");
            assertThat(page.locator("section.warnings")).containsText("Known to carry a knife");
            // warnings come before the person's details
            double warningsTop = page.locator("section.warnings").boundingBox().y;
            double detailsTop = page.getByRole(
                            com.microsoft.playwright.options.AriaRole.HEADING,
                            new Page.GetByRoleOptions().setName("Details"))
                    .boundingBox()
                    .y;
            org.assertj.core.api.Assertions.assertThat(warningsTop).isLessThan(detailsTop);
            // nothing forces sideways scrolling on a phone
            Object overflow =
                    page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                    .isLessThanOrEqualTo(0);
        }
    }
}
