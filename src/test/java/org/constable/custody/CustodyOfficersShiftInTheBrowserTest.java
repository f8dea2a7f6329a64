package org.constable.custody;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.search.application.PoleSearch;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium: a custody officer books a drunk detainee in on a desk (1440x900), picking the
 * person from the person search, and authorises detention; gives the rights (legal advice asked
 * for), takes a phone into a sealed bag, and schedules an interview that will not start without the
 * solicitor until the grounds are recorded; the board shows level 2 and the clocks; the visit is
 * recorded with one tap on a 360 px phone and the board redraws by itself; an inspector reviews; the
 * custody officer charges, is shown the property still held, and hands it back; the detainee leaves
 * the board.
 */
@ConstableHttpTest
class CustodyOfficersShiftInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    SuiteStore suites;

    @Autowired
    PoleSearch search;

    @Autowired
    CurrentActor actors;

    @Test
    void bookInOnADeskVisitOnAPhoneReviewAndCharge() {
        Browser.requireChromium();
        Api api = new Api(port);
        TestUsers.TestUser sergeant = users.create(Role.CUSTODY_OFFICER);
        TestUsers.TestUser inspector = users.create(Role.SUPERVISOR);
        String surname = "Boothby" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        var person = api.post(
                "/api/v1/persons",
                api.token(users, sergeant),
                "{\"forename\":\"Ray\",\"surname\":\"" + surname + "\"}");
        long personId = Json.read(person.body()).get("id").asLong();
        Actor searcher = actors.load(sergeant.username()).orElseThrow();
        Awaitility.await("the new person is found by the person search")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .pollInSameThread()
                .until(() -> search.people(searcher, "Ray " + surname, "Test", 10).stream()
                        .anyMatch(p -> p.id() == personId));
        SuiteStore.Suite suite = suites.open("Browser suite " + System.nanoTime(), List.of("C1", "C2"));
        String base = "http://localhost:" + port;

        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext desk = browser.newContext(new NewContextOptions().setViewportSize(1440, 900));
                BrowserContext phone = browser.newContext(new NewContextOptions()
                        .setViewportSize(360, 780)
                        .setIsMobile(true)
                        .setHasTouch(true));
                BrowserContext inspectorDesk = browser.newContext(new NewContextOptions().setViewportSize(1440, 900))) {
            Page page = desk.newPage();
            page.navigate(base + "/custody/suites/" + suite.id() + "/book");
            Browser.signIn(page, users, sergeant);
            page.navigate(base + "/custody/suites/" + suite.id() + "/book");
            page.getByLabel(Pattern.compile("Detainee: find the person"))
                    .pressSequentially("Ray " + surname, new Locator.PressSequentiallyOptions().setDelay(20));
            page.locator("#people-matches .pick-person")
                    .filter(new Locator.FilterOptions().setHasText(surname))
                    .click();
            assertThat(page.locator("#detainee-chosen")).containsText("Ray " + surname);
            page.getByLabel("Cell", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("C2"));
            page.getByLabel("Arresting officer").fill("PC 4411 Hale");
            page.getByLabel("Grounds for arrest").fill("Shouting and swearing in the street, refused to stop");
            page.getByLabel("Offence", new Page.GetByLabelOptions().setExact(true))
                    .fill("Drunk and disorderly");
            page.getByLabel("Drugs or alcohol").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book in"))
                    .click();

            assertThat(page.locator("h1")).containsText("Custody record");
            assertThat(page.locator("h1")).containsText(surname);
            assertThat(page.locator("main")).containsText("Level 2: visit and rouse at least every 30 minutes");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Authorise detention"))
                    .click();
            assertThat(page.locator("main")).containsText("Detention authorised");
            assertThat(page.locator("#care-outstanding")).containsText("Rights not yet given");

            // rights, legal advice asked for, property into a sealed bag, an interview
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record rights given"))
                    .click();
            assertThat(page.locator("#rights")).containsText("at booking in");
            page.getByLabel("Requested", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByLabel("Solicitor asked for (empty: duty solicitor)").fill("Ms Khan, Khan & Co");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record legal advice"))
                    .click();
            assertThat(page.locator("#care-outstanding")).containsText("solicitor not yet contacted");
            assertThat(page.locator("#rights")).containsText("Ms Khan, Khan & Co");
            page.getByText("Property, meals, medical, visitors").click();
            page.getByLabel("Property item").fill("Mobile phone, black");
            page.getByLabel("Sealed bag number").fill("SB-77");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record property"))
                    .click();
            assertThat(page.locator("#property")).containsText("Item 1: Mobile phone, black");
            assertThat(page.locator("#property")).containsText("sealed bag SB-77");
            page.getByText("Schedule an interview").click();
            page.getByLabel("Interview at")
                    .fill(java.time.LocalDateTime.now(org.constable.shared.ForceTime.ZONE)
                            .plusHours(1)
                            .withSecond(0)
                            .withNano(0)
                            .toString());
            page.getByLabel("Interviewing officer").fill("DC 31 Rowe");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule interview"))
                    .click();
            String recordPage = page.url();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start interview 1"))
                    .click();
            assertThat(page.locator("main")).containsText("the solicitor the detainee asked for");
            page.navigate(recordPage);
            page.getByLabel(Pattern.compile("Grounds for going ahead"))
                    .fill("Code C 6.6(b): delay would lead to harm to others");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start interview 1"))
                    .click();
            page.getByLabel("Recording reference").fill("REC-2026-0077");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End interview 1"))
                    .click();
            assertThat(page.locator("#interviews")).containsText("REC-2026-0077");
            assertThat(page.locator("main")).containsText("going ahead without the solicitor");

            page.navigate(base + "/custody/suites/" + suite.id());
            var row = page.locator("#custody-table tr", new Page.LocatorOptions().setHasText(surname));
            assertThat(row).containsText("C2");
            assertThat(row).containsText("Level 2");
            assertThat(row).containsText("left");
            assertThat(page.locator("#custody-live-status")).hasText("live");

            Page mobile = phone.newPage();
            mobile.navigate(base + "/custody/suites/" + suite.id() + "/visits");
            Browser.signIn(mobile, users, sergeant);
            mobile.navigate(base + "/custody/suites/" + suite.id() + "/visits");
            var card = mobile.locator("section.visit", new Page.LocatorOptions().setHasText(surname));
            assertThat(card).containsText("C2");
            card.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Roused, responded"))
                    .click();
            assertThat(mobile.locator("h1")).containsText("Cell visits");
            int width = ((Number) mobile.evaluate("document.documentElement.scrollWidth")).intValue();
            org.assertj.core.api.Assertions.assertThat(width)
                    .as("no sideways scrolling at 360 px")
                    .isLessThanOrEqualTo(360);

            Page review = inspectorDesk.newPage();
            review.navigate(base + "/custody");
            Browser.signIn(review, users, inspector);
            page.navigate(base + "/custody/suites/" + suite.id());
            String recordUrl = page.locator("#custody-table a", new Page.LocatorOptions().setHasText(surname))
                    .getAttribute("href");
            mobile.navigate(base + recordUrl);
            assertThat(mobile.locator("#rights")).containsText("Legal advice");
            int recordWidth = ((Number) mobile.evaluate("document.documentElement.scrollWidth")).intValue();
            org.assertj.core.api.Assertions.assertThat(recordWidth)
                    .as("the custody record with its rights and care fits a 360 px phone")
                    .isLessThanOrEqualTo(360);
            review.navigate(base + recordUrl);
            assertThat(review.locator("main")).containsText("Cell visit");
            assertThat(review.locator("main")).containsText("Roused and responded");
            review.getByLabel("Grounds", new Page.GetByLabelOptions().setExact(true))
                    .fill("Not yet fit to be interviewed");
            review.getByLabel("Detainee's representations").fill("Wants to go home");
            review.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record review"))
                    .click();
            assertThat(review.locator("main")).containsText("Detention continues: Not yet fit to be interviewed");
            // an inspector is not offered the superintendent's extension, and is told why (ADR 0071)
            assertThat(review.locator("#rank-note")).containsText("the 36-hour extension (a superintendent or above)");
            assertThat(review.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Authorise extension")))
                    .hasCount(0);

            page.navigate(base + recordUrl);
            assertThat(page.locator("#property-held-on-release"))
                    .containsText("Mobile phone, black (sealed bag SB-77)");
            page.getByLabel("How", new Page.GetByLabelOptions().setExact(true)).selectOption("CHARGED");
            page.getByLabel("Charges or details").fill("Drunk and disorderly in a public place");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Record").setExact(true))
                    .click();
            assertThat(page.locator("main")).containsText("Left custody");
            assertThat(page.locator("main")).containsText("Charged: Drunk and disorderly in a public place");
            assertThat(page.locator("#care-outstanding"))
                    .containsText("Property not yet returned: item 1 Mobile phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return item 1"))
                    .click();
            assertThat(page.locator("#property")).containsText("Returned");
            assertThat(page.locator("#care-outstanding")).hasCount(0);
            page.navigate(base + "/custody/suites/" + suite.id());
            assertThat(page.locator("#custody-table tr", new Page.LocatorOptions().setHasText(surname)))
                    .hasCount(0);
        }
    }
}
