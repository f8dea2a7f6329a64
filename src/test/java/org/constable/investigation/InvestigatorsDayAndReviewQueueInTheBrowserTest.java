package org.constable.investigation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.constable.identity.Actor;
import org.constable.identity.Role;
import org.constable.investigation.application.InvestigationActions;
import org.constable.investigation.application.InvestigationActions.NewAction;
import org.constable.investigation.domain.ActionPriority;
import org.constable.investigation.domain.Deadline;
import org.constable.shared.HistoryClock;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium, on a desk (1440 x 900) and on a 360 px phone, keyboard first: the investigator's
 * day shows an action overdue and one due today; the overdue one is completed with its result and
 * the other reassigned with a reason, and both leave the list. The supervisor's queue shows the
 * investigation's first review due on its seventh day; the review is recorded and leaves the queue,
 * and the investigation's page shows it with the next review four weeks on.
 */
@ConstableHttpTest
class InvestigatorsDayAndReviewQueueInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    InvestigationScene scene;

    @Autowired
    InvestigationActions actions;

    @Autowired
    MutableClock clock;

    @ParameterizedTest
    @ValueSource(strings = {"desk", "phone"})
    void anInvestigatorWorksTheirDayAndTheSupervisorRecordsTheReviewDue(String device) {
        Browser.requireChromium();
        clock.dayClearOfMidnight(Deadline.ENGLAND_AND_WALES);
        TestUsers.TestUser dc = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser ds = users.create(Role.SUPERVISOR);
        TestUsers.TestUser colleague = users.create(Role.INVESTIGATOR);
        Actor oic = scene.actor(Role.INVESTIGATOR);
        Actor investigator = scene.actorOf(dc.username());
        Actor supervisor = scene.actorOf(ds.username());
        long crime = scene.crime(oic, false).id();
        Instant weekAgo = clock.instant().minus(Duration.ofDays(7));
        var opened = HistoryClock.replayAt(
                weekAgo, () -> scene.open(investigator, List.of(crime), investigator, supervisor));
        HistoryClock.replayAt(weekAgo.plusSeconds(600), () -> {
            LocalDate then = LocalDate.ofInstant(weekAgo, Deadline.ENGLAND_AND_WALES);
            actions.add(
                    investigator,
                    opened.id(),
                    new NewAction("Seize the bus CCTV", dc.username(), ActionPriority.URGENT, then.plusDays(5)));
            actions.add(
                    investigator,
                    opened.id(),
                    new NewAction("Statement from the driver", dc.username(), ActionPriority.HIGH, then.plusDays(7)));
        });

        boolean phone = device.equals("phone");
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright)) {
            try (BrowserContext context = browser.newContext(Browser.deskOrPhone(phone))) {
                Page page = Browser.signedInAt(context, port, users, dc, "/investigations");
                Locator overdue =
                        page.locator("#overdue li", new Page.LocatorOptions().setHasText("Seize the bus CCTV"));
                assertThat(overdue).containsText("Overdue");
                assertThat(overdue).containsText("Urgent priority");
                assertThat(overdue).containsText(opened.reference());
                Locator due = page.locator(
                        "#due-today li", new Page.LocatorOptions().setHasText("Statement from the driver"));
                assertThat(due).containsText("Due today");
                assertThat(page.locator("#my-investigations")).containsText(opened.reference());
                Browser.assertNoSidewaysScroll(page, phone);

                // complete the overdue action, by keyboard: open the form, type the result, press Enter on the button
                Locator complete = overdue.locator("summary", new Locator.LocatorOptions().setHasText("Complete"));
                complete.focus();
                complete.press("Enter");
                overdue.getByLabel("Result: what was found or done").fill("Footage seized, exhibit JB/1");
                overdue.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete action"))
                        .press("Enter");
                assertThat(page.locator("#overdue")).not().containsText("Seize the bus CCTV");
                assertThat(page.locator("#overdue")).containsText("Nothing overdue.");

                // reassign the action due today, with a reason
                due = page.locator("#due-today li", new Page.LocatorOptions().setHasText("Statement from the driver"));
                Locator reassign = due.locator("summary", new Locator.LocatorOptions().setHasText("Reassign"));
                reassign.focus();
                reassign.press("Enter");
                due.getByLabel("New owner (username)").fill(colleague.username());
                due.getByLabel("Why").fill("Court tomorrow");
                due.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reassign action"))
                        .press("Enter");
                assertThat(page.locator("#due-today")).containsText("Nothing due today.");

                page.navigate("http://localhost:" + port + "/investigations/" + opened.id());
                Locator list = page.locator("#actions");
                assertThat(list).containsText("Footage seized, exhibit JB/1");
                assertThat(list).containsText("Reassigned from " + dc.username() + " to " + colleague.username());
                assertThat(list).containsText("Court tomorrow");
                Browser.assertNoSidewaysScroll(page, phone);
            }
            try (BrowserContext context = browser.newContext(Browser.deskOrPhone(phone))) {
                Page page = Browser.signedInAt(context, port, users, ds, "/investigations/reviews");
                Locator item =
                        page.locator("#due-reviews li", new Page.LocatorOptions().setHasText(opened.reference()));
                assertThat(item).containsText("Due today");
                Browser.assertNoSidewaysScroll(page, phone);
                Locator record = item.locator("summary");
                record.focus();
                record.press("Enter");
                item.getByLabel("Decisions").fill("Plan agreed. Trace the second passenger.");
                item.getByLabel("What is to be done").fill("Trace the second passenger");
                item.getByLabel("Due").fill(scene.today().plusDays(3).toString());
                item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record review"))
                        .press("Enter");
                assertThat(page.locator("#due-reviews")).containsText("No review is due today.");

                page.navigate("http://localhost:" + port + "/investigations/" + opened.id());
                assertThat(page.locator("#reviews")).containsText("Plan agreed. Trace the second passenger.");
                assertThat(page.locator("#reviews"))
                        .containsText(String.valueOf(scene.today().plusDays(28).getDayOfMonth()));
                assertThat(page.locator("#actions")).containsText("Trace the second passenger");
                assertThat(page.locator("#actions")).containsText("from a review");
                assertThat(page.locator("#plan")).containsText("Identify the suspect from CCTV");

                page.navigate("http://localhost:" + port + "/investigations/reviews");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your team's actions"))
                        .click();
                assertThat(page.locator("h1")).containsText("My team's actions");
                Browser.assertNoSidewaysScroll(page, phone);
            }
        }
    }
}
