package org.constable.investigation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import org.constable.evidence.application.ExhibitDesk;
import org.constable.identity.Actor;
import org.constable.identity.Role;
import org.constable.investigation.domain.Deadline;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium, on a desk (1440 x 900) and on a 360 px phone, keyboard first: from the
 * investigation's page the investigator applies for a search warrant, records that the court issued
 * it today, executes it linking the exhibit seized, sees it on the warrant queue to return, and
 * records its return, after which it leaves the queue. A supervisor then hands the investigation to
 * a colleague, whose day shows it.
 */
@ConstableHttpTest
class WarrantAppliedIssuedExecutedAndReturnedInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    InvestigationScene scene;

    @Autowired
    ExhibitDesk exhibits;

    @Autowired
    MutableClock clock;

    @ParameterizedTest
    @ValueSource(strings = {"desk", "phone"})
    void anInvestigatorTakesAWarrantFromApplicationToItsReturnToCourt(String device) {
        Browser.requireChromium();
        clock.dayClearOfMidnight(Deadline.ENGLAND_AND_WALES);
        TestUsers.TestUser dc = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser ds = users.create(Role.SUPERVISOR);
        TestUsers.TestUser colleague = users.create(Role.INVESTIGATOR);
        Actor investigator = scene.actorOf(dc.username());
        long crime = scene.crime(investigator, false).id();
        var opened = scene.open(investigator, List.of(crime), investigator, scene.actorOf(ds.username()));
        String exhibitRef = "WB/" + (System.nanoTime() % 10000);
        exhibits.record(
                investigator,
                new ExhibitDesk.NewExhibit(
                        crime,
                        exhibitRef,
                        "Laptop, silver",
                        null,
                        clock.instant().minus(Duration.ofMinutes(30)),
                        "9 Canal Street",
                        "S0202",
                        null,
                        null));
        boolean phone = device.equals("phone");
        String base = "http://localhost:" + port;
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright)) {
            try (BrowserContext context = browser.newContext(Browser.deskOrPhone(phone))) {
                Page page = Browser.signedInAt(context, port, users, dc, "/investigations/" + opened.id());
                page.locator("#investigation-links")
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Warrants"))
                        .press("Enter");
                assertThat(page.locator("#warrants")).containsText("No warrant applied for yet.");
                page.getByLabel("Kind of warrant").selectOption("PACE_S8");
                page.getByLabel("Premises (address)").fill("Flat 4, 9 Canal Street");
                page.getByLabel("Grounds").fill("Stolen laptops believed to be at the address");
                page.getByLabel("Court applied to").fill("Northtown Magistrates' Court");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply for warrant"))
                        .press("Enter");
                assertThat(page.locator("#warrant-status")).containsText("Applied for");
                assertThat(page.locator("#premises")).containsText("Flat 4, 9 Canal Street");
                Browser.assertNoSidewaysScroll(page, phone);

                open(page, "Record the court's decision");
                page.getByLabel("Day of the decision").fill(scene.today().toString());
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision"))
                        .press("Enter");
                assertThat(page.locator("#warrant-status")).containsText("Issued");
                assertThat(page.locator("#warrant-status")).containsText("may be executed until");

                open(page, "Record the execution");
                page.getByLabel("What was found").fill("Two laptops under the bed");
                page.getByLabel(exhibitRef + " · Laptop, silver").check();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record execution"))
                        .press("Enter");
                assertThat(page.locator("#warrant-status")).containsText("Executed");
                assertThat(page.locator("#warrant-status")).containsText("Return to court by");
                assertThat(page.locator("#warrant-exhibits")).containsText(exhibitRef);
                assertThat(page.locator("#found")).containsText("Two laptops under the bed");
                Browser.assertNoSidewaysScroll(page, phone);

                page.navigate(base + "/investigations/warrants");
                Locator item =
                        page.locator("#to-return li", new Page.LocatorOptions().setHasText("Flat 4, 9 Canal Street"));
                assertThat(item).containsText("Executed");
                Browser.assertNoSidewaysScroll(page, phone);
                item.getByRole(AriaRole.LINK).first().press("Enter");

                open(page, "Record the return to court");
                page.getByLabel("Day returned").fill(scene.today().toString());
                page.getByLabel("Note").fill("Endorsed and returned");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record return"))
                        .press("Enter");
                assertThat(page.locator("#warrant-status")).containsText("Returned to court");
                assertThat(page.locator("#returned")).containsText("Endorsed and returned");
                page.navigate(base + "/investigations/warrants");
                assertThat(page.locator("main")).not().containsText("Flat 4, 9 Canal Street");
            }
            try (BrowserContext context = browser.newContext(Browser.deskOrPhone(phone))) {
                Page page =
                        Browser.signedInAt(context, port, users, ds, "/investigations/" + opened.id() + "/assignment");
                page.getByLabel("New officer in charge (username; empty to keep)")
                        .fill(colleague.username());
                page.getByLabel("Why").fill("Long-term leave");
                page.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Change").setExact(true))
                        .press("Enter");
                assertThat(page.locator("main")).containsText("officer in charge " + colleague.username());
                Browser.assertNoSidewaysScroll(page, phone);
            }
            try (BrowserContext context = browser.newContext(Browser.deskOrPhone(phone))) {
                Page page = Browser.signedInAt(context, port, users, colleague, "/investigations");
                assertThat(page.locator("#my-investigations")).containsText(opened.reference());
            }
        }
    }

    private static void open(Page page, String summary) {
        Locator s = page.locator("summary", new Page.LocatorOptions().setHasText(summary));
        s.focus();
        s.press("Enter");
    }
}
