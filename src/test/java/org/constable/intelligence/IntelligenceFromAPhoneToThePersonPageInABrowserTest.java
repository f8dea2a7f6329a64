package org.constable.intelligence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer submits intelligence on a 360 px phone, naming the source; the intelligence analyst
 * reads the original on a desk, grades and sanitises it; an investigator sees the sanitised text and
 * the grade in words on the person's page and beside the person in search; a supervisor taking a call
 * is told how many items name the person, a call handler (not allowed intelligence) nothing of it, in
 * the call-taking context, search or the person's page, not even a heading (ADR 0106).
 */
@ConstableHttpTest
class IntelligenceFromAPhoneToThePersonPageInABrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Test
    void anOfficersReportReachesTheInvestigatorAndSearchSanitisedAndGradedAndTheCallHandlerSeesNothing() {
        Browser.requireChromium();
        var officer = users.create(Role.RESPONSE_OFFICER);
        var analyst = users.create(Role.INTELLIGENCE_ANALYST);
        var investigator = users.create(Role.INVESTIGATOR);
        var callHandler = users.create(Role.CALL_HANDLER);
        var supervisor = users.create(Role.SUPERVISOR);
        Api api = new Api(port);
        String surname = "Phonebrowse" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "k");
        var created = api.post(
                "/api/v1/persons",
                api.token(users, investigator),
                "{\"forename\":\"Dale\",\"surname\":\"" + surname + "\",\"restricted\":false}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long person = Json.read(created.body()).get("id").asLong();
        String source = "MRSWHISTLE" + System.nanoTime();
        String base = "http://localhost:" + port;

        NewContextOptions phone = Browser.deskOrPhone(true);
        NewContextOptions desk = Browser.deskOrPhone(false);
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright)) {
            long report;
            try (BrowserContext context = browser.newContext(phone)) {
                Page page = context.newPage();
                page.navigate(base + "/intelligence/new?personId=" + person);
                Browser.signIn(page, users, officer);
                page.navigate(base + "/intelligence/new?personId=" + person);
                assertThat(page.getByLabel("Persons")).hasValue(Long.toString(person));
                page.getByLabel("What you learned")
                        .fill(source + " from number 4 told me " + surname + " sells stolen bikes from his garage.");
                page.getByLabel("Source type").selectOption("MEMBER_OF_PUBLIC");
                page.getByLabel("Where, in words (optional)").fill("Garages behind Mill Street");
                Browser.assertNoSidewaysScroll(page, true);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit to the intelligence unit"))
                        .click();
                assertThat(page.locator("h1")).containsText("Intelligence report #");
                assertThat(page.locator("#report-status")).hasText("Awaiting evaluation");
                assertThat(page.locator("main")).not().containsText(source);
                Browser.assertNoSidewaysScroll(page, true);
                String url = page.url();
                report = Long.parseLong(url.replaceAll(".*/intelligence/reports/(\\d+).*", "$1"));
            }

            try (BrowserContext context = browser.newContext(desk)) {
                Page page = context.newPage();
                page.navigate(base + "/intelligence");
                Browser.signIn(page, users, analyst);
                page.navigate(base + "/intelligence");
                page.locator("#awaiting a", new Page.LocatorOptions().setHasText("Report #" + report))
                        .click();
                assertThat(page.locator("#original-text")).containsText(source);
                page.getByLabel("Source evaluation").selectOption("2");
                page.getByLabel("Intelligence assessment").selectOption("B");
                page.getByLabel("Handling code").selectOption("P");
                page.getByLabel("Risk assessment").fill("Low: several neighbours could know this.");
                page.getByLabel("Sanitised text (what others read: nothing that identifies the source)")
                        .fill("The subject is reported to be selling stolen bicycles from a lock-up garage.");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this evaluation"))
                        .click();
                assertThat(page.locator("#current-grade")).hasText("2B P");
                assertThat(page.locator("#report-status")).hasText("Graded");
            }

            try (BrowserContext context = browser.newContext(desk)) {
                Page page = context.newPage();
                page.navigate(base + "/people/" + person + "?purpose=Investigation");
                Browser.signIn(page, users, investigator);
                page.navigate(base + "/people/" + person + "?purpose=Investigation");
                var picture = page.locator("#intelligence-picture");
                assertThat(picture).containsText("Intelligence (1 graded)");
                assertThat(picture).containsText("2B P");
                assertThat(picture)
                        .containsText("untested source; known personally to the source but not to the officer; "
                                + "lawful sharing permitted");
                assertThat(picture).containsText("selling stolen bicycles from a lock-up garage");
                assertThat(page.locator("body")).not().containsText(source);

                // and in search, beside the person found: the count, the grade and the sanitised text
                page.navigate(base + "/search?q=" + surname + "&purpose=Investigation");
                var found = page.locator(".result", new Page.LocatorOptions().setHasText(surname))
                        .locator(".intelligence-found");
                assertThat(found.locator(".intelligence-count")).hasText("Intelligence (1)");
                assertThat(found).containsText("2B P");
                assertThat(found).containsText("selling stolen bicycles from a lock-up garage");
                assertThat(page.locator("body")).not().containsText(source);
            }

            // the call-taking context with the person named: a supervisor taking calls may read intelligence
            // and is told how many items name them; a call handler may not, and is told nothing of it
            String callContext = "/calls/context-panel?personIds=" + person;
            try (BrowserContext context1 = browser.newContext(desk)) {
                Page page = Browser.signedInAt(context1, port, users, supervisor, callContext);
                assertThat(page.locator("#call-intelligence-count")).hasText("1");
                assertThat(page.locator("#call-intelligence")).containsText("2B P");
                assertThat(page.locator("body")).not().containsText(source);
            }
            try (BrowserContext context1 = browser.newContext(desk)) {
                Page page = Browser.signedInAt(context1, port, users, callHandler, callContext);
                assertThat(page.locator("h2")).containsText("At this place");
                assertThat(page.locator("#call-intelligence")).hasCount(0);
                assertThat(page.locator("body")).not().containsText("Intelligence");
                assertThat(page.locator("body")).not().containsText("stolen bicycles");

                page.navigate(base + "/search?q=" + surname + "&purpose=Incident%20response");
                assertThat(page.locator(".result", new Page.LocatorOptions().setHasText(surname)))
                        .hasCount(1);
                assertThat(page.locator(".intelligence-found")).hasCount(0);
                assertThat(page.locator("#results")).not().containsText("Intelligence");
            }

            try (BrowserContext context = browser.newContext(desk)) {
                Page page = context.newPage();
                page.navigate(base + "/people/" + person + "?purpose=Incident%20response");
                Browser.signIn(page, users, callHandler);
                page.navigate(base + "/people/" + person + "?purpose=Incident%20response");
                assertThat(page.locator("h1")).containsText(surname);
                page.waitForLoadState(LoadState.NETWORKIDLE);
                assertThat(page.locator("#intelligence-picture")).hasCount(0);
                assertThat(page.locator("main")).not().containsText("Intelligence");
                assertThat(page.locator("main")).not().containsText("stolen bicycles");
                assertThat(page.locator("main")).not().containsText("graded");
            }
        }
    }
}
