package org.constable.investigation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.investigation.application.ReferralEscalations;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium, on a 360 px phone and on a desk: a response officer completes the domestic-abuse
 * risk assessment question by question (a missing answer is refused with the others kept), the high
 * risk proposes the MARAC referral, the officer confirms it and it is in their queue; the clock
 * passes its due time, the escalation check runs, and the team's supervisor sees it escalated to them.
 */
@ConstableHttpTest
class OfficerAssessingDomesticAbuseRiskOnAPhoneTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    InvestigationScene scene;

    @Autowired
    ReferralEscalations escalations;

    @Autowired
    MutableClock clock;

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desk"})
    void aHighRiskAssessmentProposesMaracAndTheOverdueReferralReachesTheSupervisor(String device) {
        Browser.requireChromium();
        boolean phone = device.equals("phone");
        String team = "Safeguarding browser " + System.nanoTime();
        TestUsers.TestUser pc = users.createInTeam(team, Rank.CONSTABLE, Role.RESPONSE_OFFICER);
        TestUsers.TestUser inspector = users.createInTeam(team, Rank.INSPECTOR, Role.SUPERVISOR);
        long crime = scene.crime(scene.actorOf(pc.username()), false).id();
        String base = "http://localhost:" + port;
        String reference;
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright)) {
            try (BrowserContext context = browser.newContext(Browser.deskOrPhone(phone))) {
                Page page = Browser.signedInAt(context, port, users, pc, "/safeguarding");
                assertThat(page.locator("h1")).containsText("My safeguarding referrals");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Domestic-abuse risk assessment"))
                        .click();
                assertThat(page.locator("h1")).containsText("Domestic-abuse risk assessment");
                page.getByLabel("Victim assessed").fill("Adult victim, partner of the suspect");
                page.getByLabel("Made from").selectOption("CRIME");
                page.getByLabel("Its number (id)").fill(Long.toString(crime));
                Locator questions = page.locator("fieldset.question");
                org.assertj.core.api.Assertions.assertThat(questions.count()).isEqualTo(27);
                // sixteen yes, the rest no, question 27 left unanswered at first
                for (int q = 1; q <= 26; q++) {
                    questions
                            .nth(q - 1)
                            .getByLabel(q <= 16 ? "Yes" : "No", new Locator.GetByLabelOptions().setExact(true))
                            .check();
                }
                page.getByLabel("Medium", new Page.GetByLabelOptions().setExact(false))
                        .check();
                Browser.assertNoSidewaysScroll(page, phone);
                page.locator("#risk-form").evaluate("f => f.noValidate = true");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the assessment"))
                        .click();
                assertThat(page.locator("#form-error")).containsText("question 27");
                assertThat(questions.nth(0).getByLabel("Yes", new Locator.GetByLabelOptions().setExact(true)))
                        .isChecked();
                questions.nth(26).getByLabel("Not known").check();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the assessment"))
                        .click();

                assertThat(page.locator("#risk-result")).containsText("High risk");
                assertThat(page.locator("#risk-result")).containsText("16 of 27");
                assertThat(page.locator("#marac-proposal")).isVisible();
                Browser.assertNoSidewaysScroll(page, phone);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm the MARAC referral"))
                        .click();
                assertThat(page.locator("h1")).containsText("Domestic-abuse risk conference (MARAC)");
                assertThat(page.locator("#stage")).containsText("To be sent");
                reference = page.locator("h1").textContent().split(":")[0].trim();

                page.navigate(base + "/safeguarding");
                assertThat(page.locator("#due-referrals")).containsText(reference);
                Browser.assertNoSidewaysScroll(page, phone);
            }

            clock.advance(Duration.ofHours(25));
            escalations.check();

            try (BrowserContext context = browser.newContext(Browser.deskOrPhone(phone))) {
                Page page = Browser.signedInAt(context, port, users, inspector, "/safeguarding");
                Locator item = page.locator("#overdue-referrals li", new Page.LocatorOptions().setHasText(reference));
                assertThat(item).containsText("Overdue");
                assertThat(item).containsText("Escalated (level 1) to " + inspector.username());
                Browser.assertNoSidewaysScroll(page, phone);
                page.navigate(base + "/safeguarding/queue");
                assertThat(page.locator("#overdue-referrals")).containsText(reference);
                item = page.locator("#overdue-referrals li", new Page.LocatorOptions().setHasText(reference));
                item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference))
                        .click();
                assertThat(page).hasURL(Pattern.compile(".*/safeguarding/referrals/\\d+$"));
                assertThat(page.locator("#escalation")).containsText("to " + inspector.username());
                assertThat(page.locator("#steps")).containsText("escalated to " + inspector.username());
                Browser.assertNoSidewaysScroll(page, phone);
            }
        }
    }
}
