package org.constable.evidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium: a response officer records an exhibit and two movements on a 360 px phone (the
 * second taken from a holder the chain never reached, so it is flagged); an investigator at a desk
 * opens the exhibit and reads its chain with the gap in words.
 */
@ConstableHttpTest
class OfficerRecordingAnExhibitOnAPhoneTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Test
    void anOfficerRecordsAnExhibitAndTwoMovementsOnAPhoneAndAnInvestigatorReadsTheChainOnADesk() {
        Browser.requireChromium();
        Api api = new Api(port);
        String supervisor = api.token(users, users.create(Role.SUPERVISOR));
        var officer = users.create(Role.RESPONSE_OFFICER);
        var investigator = users.create(Role.INVESTIGATOR);
        String crimeReference = crime(api, supervisor);
        String base = "http://localhost:" + port;
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext phone = browser.newContext(new NewContextOptions()
                        .setViewportSize(360, 780)
                        .setIsMobile(true)
                        .setHasTouch(true));
                BrowserContext desk = browser.newContext(new NewContextOptions().setViewportSize(1440, 900))) {
            Page page = phone.newPage();
            page.navigate(base + "/exhibits/new");
            Browser.signIn(page, users, officer);
            page.navigate(base + "/exhibits/new");
            EvidencePages.recordExhibit(
                    page, crimeReference, "pm/1", "Claw hammer, wooden handle", "Rear garden, 4 Elm Road", "S7001");
            assertThat(width(page)).as("no horizontal scroll on the form").isLessThanOrEqualTo(360);
            EvidencePages.sendExhibit(page, "Exhibit PM/1 of " + crimeReference);

            page.getByLabel("What happened").selectOption(new SelectOption().setLabel("Handed to"));
            page.getByLabel("To (who received it)").fill("DC Patel");
            page.getByLabel("To (where; not needed when stored)").fill("Northmoor station");
            page.getByLabel("Seal number seen").fill("S7001");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the movement"))
                    .click();
            assertThat(page.locator("#chain")).containsText("1. Handed to");
            assertThat(page.locator("#whereabouts")).containsText("DC Patel at Northmoor station");

            page.getByLabel("What happened").selectOption(new SelectOption().setLabel("Sent to a laboratory"));
            page.getByLabel("From (who had it)").fill("DC Green");
            page.getByLabel("To (who received it)").fill("Forensic laboratory");
            page.getByLabel("To (where; not needed when stored)").fill("Regional lab");
            page.getByLabel("Seal number seen").fill("S7001");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the movement"))
                    .click();
            assertThat(page.locator("#chain")).containsText("2. Sent to a laboratory");
            assertThat(page.locator("#flags")).containsText("Gap in continuity");
            assertThat(width(page))
                    .as("no horizontal scroll on the exhibit page")
                    .isLessThanOrEqualTo(360);
            String exhibitUrl = page.url();

            Page desktop = desk.newPage();
            desktop.navigate(base + "/exhibits");
            Browser.signIn(desktop, users, investigator);
            desktop.navigate(base + "/exhibits");
            desktop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(crimeReference + " PM/1"))
                    .click();
            assertThat(desktop).hasURL(exhibitUrl);
            assertThat(desktop.locator("#chain"))
                    .containsText("at Rear garden, 4 Elm Road to DC Patel at Northmoor station");
            assertThat(desktop.locator("#chain"))
                    .containsText("From DC Green at Northmoor station to Forensic laboratory");
            assertThat(desktop.locator("#flags")).containsText("nothing records how it got there");
        }
    }

    static int width(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }

    String crime(Api api, String supervisor) {
        var at = CommandAndControl.freshArea();
        var loc = api.post(
                "/api/v1/locations",
                supervisor,
                "{\"street\":\"4 Elm Road\",\"town\":\"Testford\"," + "\"latitude\":" + at.latitude()
                        + ",\"longitude\":" + at.longitude() + ",\"restricted\":false}");
        long location = Json.read(loc.body()).get("id").asLong();
        var p = api.post("/api/v1/persons", supervisor, "{\"forename\":\"Vic\",\"surname\":\"Hammerton\"}");
        var occurred = clock.instant().minus(Duration.ofHours(3));
        var crime = api.post(
                "/api/v1/crimes",
                supervisor,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\""
                        + occurred + "\",\"occurredTo\":\"" + occurred.plusSeconds(60) + "\",\"reportedAt\":\""
                        + occurred.plusSeconds(300) + "\",\"locationId\":" + location + ",\"victims\":[{\"personId\":"
                        + Json.read(p.body()).get("id").asLong()
                        + ",\"vulnerableOrIntimidated\":false}],\"narrative\":\"Struck\","
                        + "\"officerInCharge\":\"" + api.username(supervisor) + "\"}");
        assertThat(crime.status()).as(crime.body()).isEqualTo(201);
        return Json.read(crime.body()).get("reference").asString();
    }
}
