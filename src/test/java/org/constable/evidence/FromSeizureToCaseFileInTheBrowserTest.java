package org.constable.evidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.Role;
import org.constable.investigation.CaseFileFixture;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium, one journey: a response officer records an exhibit on a 360 px phone; an
 * investigator at a desk records the interview's exhibit, uploads the recording of a custody
 * interview to it, plays it and seeks, adds a bookmark, submits the case file and exports it; the
 * package's signed manifest lists the recording's SHA-256, and the verification page finds the
 * signature, every file and the recording in the store intact.
 */
@ConstableHttpTest
class FromSeizureToCaseFileInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @Autowired
    SuiteStore suites;

    @Test
    void anExhibitOnAPhoneAndAnInterviewRecordingReachTheCaseFileAndItsPackageVerifies() throws Exception {
        Browser.requireChromium();
        TestMedia.requireFfmpeg();
        Api api = new Api(port);
        var supervisorUser = users.create(Role.SUPERVISOR);
        var world = new RecordingWorld(api, port, clock, api.token(users, supervisorUser));
        var officer = users.create(Role.RESPONSE_OFFICER);
        var investigator = users.create(Role.INVESTIGATOR);
        String investigatorToken = api.token(users, investigator);
        long crime = world.crime();
        String crimeReference = world.reference(crime);
        var interview = world.interview(
                api.token(users, users.create(Role.CUSTODY_OFFICER)),
                suites.open("Journey suite " + System.nanoTime(), List.of("C1")).id(),
                world.person(false, "Journeyson" + System.nanoTime() % 100000));
        Path file = Files.createTempDirectory("constable-journey").resolve("interview-JI2.wav");
        Files.write(file, TestMedia.audio(4, 1330)); // a pitch of its own: no other test shares these bytes
        long caseFile = CaseFileFixture.start(
                api, investigatorToken, investigation(api, investigatorToken, world.supervisor, crime));
        CaseFileFixture.fill(api, investigatorToken, caseFile);

        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext phone = browser.newContext(Browser.deskOrPhone(true));
                BrowserContext desk =
                        browser.newContext(Browser.deskOrPhone(false).setAcceptDownloads(true))) {
            Page onPhone = Browser.signedInAt(phone, port, users, officer, "/exhibits/new");
            EvidencePages.recordExhibit(
                    onPhone, crimeReference, "jo/1", "Kitchen knife, black handle", "Hallway, 5 Tape Lane", "S8101");
            Browser.assertNoSidewaysScroll(onPhone, true);
            EvidencePages.sendExhibit(onPhone, "Exhibit JO/1 of " + crimeReference);
            Browser.assertNoSidewaysScroll(onPhone, true);

            Page page = Browser.signedInAt(desk, port, users, investigator, "/exhibits/new");
            EvidencePages.recordExhibit(
                    page, crimeReference, "ji/2", "Interview recording, master", "Custody suite", "S8102");
            EvidencePages.sendExhibit(page, "Exhibit JI/2 of " + crimeReference);
            EvidencePages.uploadRecording(page, file, interview);
            long item = Long.parseLong(page.url().replaceAll(".*/recordings/(\\d+).*", "$1"));
            EvidencePages.playAndSeek(page, 2.5);
            EvidencePages.bookmarkHere(page, "Suspect names the knife's owner");
            String sha = Json.read(
                            api.get("/api/v1/recordings/" + item + "?" + RecordingWorld.PURPOSE, investigatorToken)
                                    .body())
                    .get("masterSha256")
                    .asString();

            page.navigate("http://localhost:" + port + "/case-files/" + caseFile);
            assertThat(page.locator("#evidence")).containsText("JO/1");
            assertThat(page.locator("#evidence")).containsText(sha);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit version 1"))
                    .click();
            page.getByLabel("Recipient").fill("CPS Testford, lawyer B. Khan");
            Download download = page.waitForDownload(
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export package"))
                            .click());
            Path zip = Files.createTempDirectory("constable-journey-package").resolve("package.zip");
            download.saveAs(zip);
            String manifest = new String(
                    CaseFileFixture.entries(Files.readAllBytes(zip)).get("manifest.sha256"), StandardCharsets.UTF_8);
            assertThat(manifest).contains(sha + "  media/").contains("interview-JI2.wav");

            page.navigate("http://localhost:" + port + "/case-files/verification");
            page.getByLabel("Package (.zip)").setInputFiles(zip);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify package"))
                    .click();
            assertThat(page.locator("#result h2")).hasText("Package verified: signature and every hash match");
            assertThat(page.locator("#result")).containsText("interview-JI2.wav");
            assertThat(page.locator("#result")).containsText(sha);
        }
    }

    long investigation(Api api, String investigatorToken, String supervisorToken, long crime) {
        var r = api.post(
                "/api/v1/investigations",
                investigatorToken,
                "{\"title\":\"Knife assault at Tape Lane\",\"crimeIds\":[" + crime + "],\"officerInCharge\":\""
                        + api.username(investigatorToken) + "\",\"supervisor\":\"" + api.username(supervisorToken)
                        + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return Json.read(r.body()).get("id").asLong();
    }
}
