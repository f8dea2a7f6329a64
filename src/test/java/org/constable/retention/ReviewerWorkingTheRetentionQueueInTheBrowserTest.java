package org.constable.retention;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import org.constable.identity.Actor;
import org.constable.identity.Role;
import org.constable.investigation.InvestigationScene;
import org.constable.people.application.PersonRecords;
import org.constable.people.domain.PersonDetails;
import org.constable.shared.HistoryClock;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium, on a desk (1440 x 900) and on a 360 px phone, keyboard first: two person records
 * last touched thirty years ago are due for review; the reviewer retains one with a reason and
 * disposes of the other, and both leave the queue; the disposed person's name is gone.
 */
@ConstableHttpTest
class ReviewerWorkingTheRetentionQueueInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    InvestigationScene scene;

    @Autowired
    PersonRecords persons;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    @ParameterizedTest
    @ValueSource(strings = {"desk", "phone"})
    void theReviewerRetainsOneRecordAndDisposesOfAnother(String device) {
        Browser.requireChromium();
        Actor officer = scene.actor(Role.SUPERVISOR);
        Instant longAgo = clock.instant().minus(Duration.ofDays(365L * 30));
        String goneName = "Gone" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        long kept = HistoryClock.replayAt(longAgo, () -> persons.create(officer, details("Kept")));
        long gone = HistoryClock.replayAt(longAgo, () -> persons.create(officer, details(goneName)));
        awaitPlaced(kept);
        awaitPlaced(gone);
        TestUsers.TestUser reviewer = users.create(Role.AUDITOR);

        boolean phone = device.equals("phone");
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(Browser.deskOrPhone(phone))) {
            Page page = Browser.signedInAt(context, port, users, reviewer, "/retention");
            assertThat(page.locator("h1")).containsText("Retention review");
            Locator keptItem = page.locator("#retention-due li[data-record='person-" + kept + "']");
            assertThat(keptItem).containsText("Person " + kept);
            assertThat(keptItem).containsText("Group 3");
            Browser.assertNoSidewaysScroll(page, phone);

            keptItem.getByLabel("Reason for the decision on Person " + kept).fill("Subject of an open enquiry");
            keptItem.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retain"))
                    .press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Person " + kept + " retained.");
            assertThat(page.locator("#retention-due li[data-record='person-" + kept + "']"))
                    .hasCount(0);

            Locator goneItem = page.locator("#retention-due li[data-record='person-" + gone + "']");
            goneItem.getByLabel("Reason for the decision on Person " + gone).fill("No longer needed");
            goneItem.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dispose"))
                    .press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Person " + gone + " disposed of");
            assertThat(page.locator("#retention-due li[data-record='person-" + gone + "']"))
                    .hasCount(0);
            Browser.assertNoSidewaysScroll(page, phone);
        }
        org.assertj.core.api.Assertions.assertThat(
                        db.count("SELECT count(*) FROM people.person WHERE surname = ?", goneName))
                .as("the disposed person's name is erased")
                .isZero();
    }

    private static PersonDetails details(String surname) {
        return new PersonDetails("Rhoda", null, surname, null, null, null, null, null, null, null, false);
    }

    private void awaitPlaced(long personId) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (db.count(
                        "SELECT count(*) FROM retention.retention_record WHERE record_type = 'PERSON' AND record_id = ?",
                        personId)
                == 0) {
            org.assertj.core.api.Assertions.assertThat(System.nanoTime())
                    .as("person placed in the register")
                    .isLessThan(until);
            Thread.onSpinWait();
        }
    }
}
