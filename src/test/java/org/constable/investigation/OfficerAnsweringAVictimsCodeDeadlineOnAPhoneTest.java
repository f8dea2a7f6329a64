package org.constable.investigation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.constable.crime.CrimeRecorded;
import org.constable.crime.CrimeVictim;
import org.constable.identity.Role;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium on a 360 px phone: the officer opens their Victims' Code list,
 * sees an overdue referral with its clock, records the referral on the crime's page (a time in the
 * future is refused on the form) and the item leaves the list.
 */
@ConstableHttpTest
class OfficerAnsweringAVictimsCodeDeadlineOnAPhoneTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    VictimCareFixtures fixtures;

    @Autowired
    MutableClock clock;

    TestUsers.TestUser officer;
    CrimeRecorded crime;

    @BeforeEach
    void seed() {
        Browser.requireChromium();
        officer = users.create(Role.RESPONSE_OFFICER);
        crime = fixtures.crime(
                officer.username(),
                clock.instant().minus(Duration.ofDays(4)),
                new CrimeVictim(VictimCareFixtures.personId(), true));
    }

    @Test
    void anOverdueReferralIsAnsweredFromThePhoneAndLeavesTheList() {
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(new NewContextOptions()
                        .setViewportSize(360, 740)
                        .setIsMobile(true)
                        .setHasTouch(true))) {
            Page page = context.newPage();
            String base = "http://localhost:" + port;
            page.navigate(base + "/victim-care");
            page.getByLabel("Username").fill(officer.username());
            page.getByLabel("Password").fill(TestUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("One-time code")))
                    .isVisible();
            page.locator("#code").fill(users.freshCode(officer));
            page.locator("#code").press("Enter");
            assertThat(page.locator("h1")).containsText("Welcome");
            page.navigate(base + "/victim-care");
            assertThat(page).hasURL(Pattern.compile(".*/victim-care$"));

            var overdue = page.locator("#overdue li", new Page.LocatorOptions().setHasText(crime.reference()));
            assertThat(overdue).containsText("overdue by");
            assertThat(overdue).containsText("Refer to victim support");
            assertThat(overdue).containsText("Vulnerable or intimidated");
            assertThat(page.locator("body")).not().hasCSS("overflow-x", "scroll");
            overdue.getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName(crime.reference()))
                    .click();

            assertThat(page.locator("h1")).containsText(crime.reference());
            page.getByLabel("Contact", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("REFERRAL_MADE");
            page.getByLabel("When (empty for now)")
                    .first()
                    .fill(clock.instant()
                            .plus(Duration.ofDays(2))
                            .atZone(java.time.ZoneId.of("Europe/London"))
                            .toLocalDateTime()
                            .withSecond(0)
                            .withNano(0)
                            .toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record contact"))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("cannot be in the future");

            page.getByLabel("Contact", new Page.GetByLabelOptions().setExact(true))
                    .selectOption("REFERRAL_MADE");
            page.getByLabel("When (empty for now)").first().fill("");
            page.getByLabel("Note").first().fill("Referred to the local victim service by phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record contact"))
                    .click();
            assertThat(page.locator("main")).containsText("answered late");
            assertThat(page.locator("main")).containsText("REFERRAL MADE");

            page.navigate(base + "/victim-care");
            assertThat(page.locator("#overdue li", new Page.LocatorOptions().setHasText(crime.reference())))
                    .hasCount(0);
            int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            org.assertj.core.api.Assertions.assertThat(width)
                    .as("no sideways scrolling at 360 px")
                    .isLessThanOrEqualTo(360);
        }
    }
}
