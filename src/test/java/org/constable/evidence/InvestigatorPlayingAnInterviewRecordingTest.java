package org.constable.evidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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

    @Autowired
    org.constable.custody.persistence.SuiteStore suites;

    @Test
    void anInvestigatorUploadsPlaysSeeksAndBookmarksAnInterviewOnADeskAndAPhone() throws Exception {
        Browser.requireChromium();
        TestMedia.requireFfmpeg();
        Api api = new Api(port);
        var world = new RecordingWorld(api, port, clock, api.token(users, users.create(Role.SUPERVISOR)));
        var investigator = users.create(Role.INVESTIGATOR);
        long exhibit = world.exhibit(api.token(users, investigator), world.crime(), "BI/1", null);
        var interview = world.interview(
                api.token(users, users.create(Role.CUSTODY_OFFICER)),
                suites.open("Playback suite " + System.nanoTime(), java.util.List.of("C1"))
                        .id(),
                world.person(false, "Playson" + System.nanoTime() % 100000));
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
            EvidencePages.uploadRecording(page, file, interview);
            String recordingUrl = page.url();

            // play, then seek into the middle: the player fetches byte ranges of the working copy
            EvidencePages.playAndSeek(page, 5);
            EvidencePages.bookmarkHere(page, "Suspect asks for a solicitor");
            assertThat(page.locator("#bookmark-list")).containsText(java.util.regex.Pattern.compile("0:00:0[45]"));
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
