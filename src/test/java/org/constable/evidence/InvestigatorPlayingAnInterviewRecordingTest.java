package org.constable.evidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real Chromium: an investigator at a desk uploads an interview recording (made by ffmpeg in the
 * test) from the exhibit page, waits for its working copy, plays it, seeks, takes the player's time
 * for a bookmark with a note and jumps back to it; then on a 360 px phone adds a second bookmark
 * and jumps to the first, without horizontal scrolling.
 */
@ConstableHttpTest
class InvestigatorPlayingAnInterviewRecordingTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInvestigatorUploadsPlaysSeeksAndBookmarksAnInterviewOnADeskAndAPhone() throws Exception {
        Browser.requireChromium();
        TestMedia.requireFfmpeg();
        Api api = new Api(port);
        var world = new RecordingWorld(api, port, clock, api.token(users, users.create(Role.SUPERVISOR)));
        var investigator = users.create(Role.INVESTIGATOR);
        long exhibit = world.exhibit(api.token(users, investigator), world.crime(), "BI/1", null);
        Path file = Files.createTempDirectory("constable-interview").resolve("interview-BI1.mkv");
        Files.write(file, TestMedia.video(8));
        String base = "http://localhost:" + port;
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext desk = browser.newContext(new NewContextOptions().setViewportSize(1440, 900));
                BrowserContext phone = browser.newContext(new NewContextOptions()
                        .setViewportSize(360, 780)
                        .setIsMobile(true)
                        .setHasTouch(true))) {
            Page page = desk.newPage();
            page.navigate(base + "/exhibits/" + exhibit);
            Browser.signIn(page, users, investigator);
            page.navigate(base + "/exhibits/" + exhibit);
            page.getByLabel("Audio or video file").setInputFiles(file);
            page.getByLabel("Custody record number (if from custody)").fill("77");
            page.getByLabel("Interview number on that record").fill("1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload the recording"))
                    .click();
            page.waitForURL("**/recordings/*", new Page.WaitForURLOptions().setTimeout(60_000));
            String recordingUrl = page.url();
            assertThat(page.locator("#derivation-state"))
                    .containsText(
                            "Working copy and waveform ready",
                            new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            assertThat(page.locator("#custody-link")).containsText("Custody record 77, interview 1");

            // play, then seek into the middle: the player fetches byte ranges of the working copy
            page.evaluate("() => { const p = document.getElementById('player'); p.muted = true; return p.play(); }");
            page.waitForFunction("() => document.getElementById('player').currentTime > 0.2");
            page.evaluate("() => { const p = document.getElementById('player'); p.pause(); p.currentTime = 5; }");
            page.waitForFunction(
                    "() => { const p = document.getElementById('player'); return !p.seeking && Math.abs(p.currentTime - 5) < 0.3; }");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use the player's time"))
                    .click();
            assertThat(page.getByLabel("Time in the recording (h:mm:ss)"))
                    .hasValue(java.util.regex.Pattern.compile("0:00:0[45].*"));
            page.getByLabel("Note").fill("Suspect asks for a solicitor");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the bookmark"))
                    .click();
            assertThat(page.locator("#bookmark-list")).containsText("Suspect asks for a solicitor");
            page.evaluate("() => { document.getElementById('player').currentTime = 0; }");
            page.locator("#bookmark-list button.jump").first().click();
            page.waitForFunction("() => Math.abs(document.getElementById('player').currentTime - 5) < 1");
            assertThat(page.locator("#waveform")).isVisible();

            Page small = phone.newPage();
            small.navigate(recordingUrl);
            Browser.signIn(small, users, investigator);
            small.navigate(recordingUrl);
            small.getByLabel("Time in the recording (h:mm:ss)").fill("0:00:02");
            small.getByLabel("Note").fill("Caution repeated");
            small.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the bookmark"))
                    .click();
            assertThat(small.locator("#bookmark-list li").first()).containsText("Caution repeated");
            small.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Go to 0:00:0").setExact(false))
                    .last()
                    .click();
            small.waitForFunction("() => Math.abs(document.getElementById('player').currentTime - 5) < 1");
            assertThat(OfficerRecordingAnExhibitOnAPhoneTest.width(small))
                    .as("no horizontal scroll on the recording page")
                    .isLessThanOrEqualTo(360);
        }
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.audit_entry WHERE operation = 'CONSULTATION'"
                                        + " AND purpose = 'Reviewing an interview recording' AND detail LIKE 'played working copy bytes%'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
    }
}
