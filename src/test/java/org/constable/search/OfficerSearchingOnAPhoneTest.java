package org.constable.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.constable.search.SearchFixtures.hasId;
import static org.constable.search.SearchFixtures.searchUntil;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.people.application.PersonRecords;
import org.constable.people.domain.PersonDetails;
import org.constable.people.domain.WarningMarkerType;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium at 360 px: pick a suggested name while typing, search a misspelt name, open the
 * person, see the warning markers first.
 */
@ConstableHttpTest
class OfficerSearchingOnAPhoneTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    PersonRecords persons;

    @Autowired
    CurrentActor actors;

    @Test
    void an_officer_on_a_phone_finds_a_misspelt_name_opens_the_person_and_sees_the_warnings() throws Exception {
        Browser.requireChromium();
        TestUsers.TestUser officer = users.create(Role.RESPONSE_OFFICER);
        var recorder = actors.load(users.create(Role.INVESTIGATOR).username()).orElseThrow();
        String surname = SearchFixtures.uniqueSurname("Featherstonhaugh");
        long id = persons.create(
                recorder,
                new PersonDetails(
                        "Philippa",
                        null,
                        surname,
                        LocalDate.of(1990, 8, 14),
                        "FEMALE",
                        null,
                        null,
                        null,
                        null,
                        null,
                        false));
        persons.addWarningMarker(recorder, id, WarningMarkerType.WEAPONS, "Known to carry a knife");
        String misspelt = "Filippa " + surname.replace("haugh", "haw");
        Api api = new Api(port);
        searchUntil(
                api,
                api.token(users, users.create(Role.RESPONSE_OFFICER)),
                misspelt,
                r -> hasId(r.get("persons"), id)
                        && r.get("persons").get(0).get("warnings").size() == 1);

        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(new NewContextOptions()
                        .setViewportSize(360, 740)
                        .setIsMobile(true)
                        .setHasTouch(true))) {
            Page page = context.newPage();
            Browser.signIn(page, port, "/search", users, officer);
            page.keyboard().press("Alt+f");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/search$"));
            // typing the start of the name offers it; picking the suggestion searches for it
            page.getByLabel("Name, date of birth, age, postcode, street or registration")
                    .fill("Philippa " + surname.substring(0, 12));
            var suggestion = page.locator("#suggestions")
                    .getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Philippa " + surname));
            suggestion.click();
            assertThat(page.locator("#results li.result")
                            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(surname)))
                    .hasCount(1);

            page.getByLabel("Name, date of birth, age, postcode, street or registration")
                    .fill(misspelt);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                    .click();

            var result = page.locator("#results li.result")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(surname));
            assertThat(result.locator(".marker")).hasText("Weapons");
            assertThat(result.locator(".why")).containsText("Matched:");
            result.getByRole(AriaRole.LINK).click();

            assertThat(page.locator("h1")).containsText(surname);
            assertThat(page.locator("section.warnings .marker")).hasText("Weapons");
            double warningsTop = page.locator("section.warnings").boundingBox().y;
            double detailsTop = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Details"))
                    .boundingBox()
                    .y;
            org.assertj.core.api.Assertions.assertThat(warningsTop).isLessThan(detailsTop);
            assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("No photograph on record")))
                    .isVisible();
            assertThat(page.getByText("No incidents recorded at these addresses."))
                    .isVisible();
            assertThat(page.getByText("No incidents recorded with this person as the caller."))
                    .isVisible();
            assertThat(page.getByText("Not a victim, suspect or witness of any recorded crime."))
                    .isVisible();
            Object overflow =
                    page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                    .isLessThanOrEqualTo(0);
        }
    }
}
