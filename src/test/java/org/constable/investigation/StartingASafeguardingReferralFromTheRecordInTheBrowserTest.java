package org.constable.investigation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.constable.contact.domain.Level;
import org.constable.identity.Actor;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.constable.testsupport.Browser;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.ControlRoomScene;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium, on a desk and on a 360 px phone: a sergeant starts a safeguarding referral from the
 * incident page, the crime page and the investigation page; each opens the referral form with the
 * record already named, and each referral made is in their queue. A dispatcher, who reads incidents
 * but makes no referrals, is not offered the button.
 */
@ConstableHttpTest
class StartingASafeguardingReferralFromTheRecordInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    InvestigationScene scene;

    @Autowired
    ControlRoomScene control;

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desk"})
    void aReferralStartsFromTheIncidentTheCrimeAndTheInvestigation(String device) {
        Browser.requireChromium();
        boolean phone = device.equals("phone");
        String team = "Referral buttons " + System.nanoTime();
        TestUsers.TestUser sergeant = users.createInTeam(team, Rank.SERGEANT, Role.SUPERVISOR);
        TestUsers.TestUser dispatcher = users.create(Role.DISPATCHER);
        Actor by = scene.actorOf(sergeant.username());
        var at = CommandAndControl.freshArea();
        long incident = control.callAtPoint(
                        scene.actor(Role.CALL_HANDLER), at.latitude(), at.longitude(), "ASSAULT", Level.HIGH)
                .incidentId();
        long crime = scene.crime(by, false).id();
        long investigation = scene.open(by, List.of(crime), by, by).id();
        List<Start> starts = List.of(
                new Start("/incidents/" + incident, "incident", "INCIDENT", incident),
                new Start("/crimes/" + crime, "crime", "CRIME", crime),
                new Start("/investigations/" + investigation, "investigation", "INVESTIGATION", investigation));
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright)) {
            try (BrowserContext context = browser.newContext(Browser.deskOrPhone(phone))) {
                Page page = Browser.signedInAt(
                        context, port, users, sergeant, starts.get(0).path());
                for (Start s : starts) {
                    page.navigate("http://localhost:" + port + s.path());
                    page.getByRole(
                                    AriaRole.LINK,
                                    new Page.GetByRoleOptions()
                                            .setName("Make a safeguarding referral from this " + s.words()))
                            .click();
                    assertThat(page.locator("h1")).containsText("New safeguarding referral");
                    assertThat(page.getByLabel("Made from")).hasValue(s.type());
                    assertThat(page.getByLabel("Its number (id)")).hasValue(Long.toString(s.id()));
                    Browser.assertNoSidewaysScroll(page, phone);
                    page.getByLabel("Who is at risk").fill("Child at the " + s.words());
                    page.getByLabel("Concerns the agency is told").fill("Seen at the " + s.words() + ", frightened.");
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the referral"))
                            .click();
                    assertThat(page.locator("#stage")).containsText("To be sent");
                    String reference =
                            page.locator("h1").textContent().split(":")[0].trim();
                    page.navigate("http://localhost:" + port + "/safeguarding");
                    assertThat(page.locator("#due-referrals")).containsText(reference);
                    Browser.assertNoSidewaysScroll(page, phone);
                }
            }
            try (BrowserContext context = browser.newContext(Browser.deskOrPhone(phone))) {
                Page page = Browser.signedInAt(
                        context, port, users, dispatcher, starts.get(0).path());
                assertThat(page.locator("h1")).isVisible();
                assertThat(page.locator("#safeguarding-referral-link")).hasCount(0);
            }
        }
    }

    private record Start(String path, String words, String type, long id) {}
}
