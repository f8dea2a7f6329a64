package org.constable.investigation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium, on a desk and on a 360 px phone, keyboard first: an investigator whose crime has
 * an interview recording uploaded through the evidence upload API builds the case file (defendant,
 * charge, summary, witness, an item on each disclosure schedule), submits it, exports the
 * prosecution file, finds the recording's SHA-256 in the package's manifest, and verifies the
 * package on the verification page.
 */
@ConstableHttpTest
class InvestigatorExportingACaseFileInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MutableClock clock;

    @ParameterizedTest
    @ValueSource(strings = {"desk", "phone"})
    void anInvestigatorBuildsSubmitsExportsAndVerifiesACaseFileWithTheRecordingsHash(String device) throws Exception {
        Browser.requireChromium();
        Api api = new Api(port);
        TestUsers.TestUser dc = users.create(Role.INVESTIGATOR);
        TestUsers.TestUser ds = users.create(Role.SUPERVISOR);
        String investigator = api.token(users, dc);
        String supervisor = api.token(users, ds);
        var at = CommandAndControl.freshArea();
        var occurred = clock.instant().minus(Duration.ofHours(5));
        var person = api.post(
                "/api/v1/persons",
                supervisor,
                "{\"forename\":\"Vic\",\"surname\":\"Tim" + System.nanoTime() % 100000 + "\",\"restricted\":false}");
        var loc = api.post(
                "/api/v1/locations",
                supervisor,
                "{\"street\":\"2 Market Place\",\"town\":\"Testford\"," + "\"latitude\":" + at.latitude()
                        + ",\"longitude\":" + at.longitude() + ",\"restricted\":false}");
        var crime = api.post(
                "/api/v1/crimes",
                supervisor,
                "{\"classificationCode\":\"105A\",\"occurredFrom\":\""
                        + occurred + "\",\"occurredTo\":\"" + occurred.plusSeconds(60) + "\",\"reportedAt\":\""
                        + occurred.plusSeconds(300) + "\",\"locationId\":"
                        + Json.read(loc.body()).get("id").asLong()
                        + ",\"victims\":[{\"personId\":"
                        + Json.read(person.body()).get("id").asLong()
                        + ",\"vulnerableOrIntimidated\":false}],\"narrative\":\"Punched\",\"officerInCharge\":\""
                        + dc.username() + "\"}");
        long crimeId = Json.read(crime.body()).get("id").asLong();
        var ex = api.post(
                "/api/v1/exhibits",
                investigator,
                "{\"crimeId\":" + crimeId + ",\"reference\":\"DC/1\","
                        + "\"description\":\"Recording of the suspect's interview\",\"seizedWhere\":\"Custody suite\",\"seal\":\"R1\"}");
        byte[] recording = ("RIFF....WAVE interview of the suspect " + device).getBytes(StandardCharsets.US_ASCII);
        var item = api.post(
                "/api/v1/exhibits/" + Json.read(ex.body()).get("id").asLong() + "/digital-evidence",
                investigator,
                "{\"fileName\":\"interview.wav\",\"mediaType\":\"audio/wav\",\"size\":" + recording.length + "}");
        var sent = api.send(
                "PATCH",
                "/api/v1/digital-evidence/" + Json.read(item.body()).get("id").asLong() + "/upload",
                investigator,
                new String(recording, StandardCharsets.ISO_8859_1),
                "Upload-Offset",
                "0");
        org.assertj.core.api.Assertions.assertThat(sent.status())
                .as(sent.body())
                .isEqualTo(200);
        String sha = Json.read(sent.body()).get("sha256").asString();
        var inv = api.post(
                "/api/v1/investigations",
                investigator,
                "{\"title\":\"Assault in the Market Place\",\"crimeIds\":[" + crimeId + "],\"officerInCharge\":\""
                        + dc.username() + "\",\"supervisor\":\"" + ds.username() + "\"}");
        long invId = Json.read(inv.body()).get("id").asLong();

        boolean phone = device.equals("phone");
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context =
                        browser.newContext(Browser.deskOrPhone(phone).setAcceptDownloads(true))) {
            Page page = Browser.signedInAt(context, port, users, dc, "/investigations/" + invId);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Case file to the prosecutor"))
                    .press("Enter");
            press(page, "Start the case file");
            assertThat(page.locator("#status")).hasText("Draft");
            assertThat(page.locator("#evidence")).containsText(sha);
            Browser.assertNoSidewaysScroll(page, phone);

            open(page, "Add a defendant");
            page.getByLabel("Name as charged").fill("Sam SUSPECT");
            page.getByLabel("Date of birth").fill("1991-02-03");
            press(page, "Add defendant");
            open(page, "Lay a charge");
            page.getByLabel("Offence").selectOption("ABH");
            page.getByLabel("Particulars (when, where, what)").fill("Assaulted Vic Tim in the Market Place, Testford.");
            press(page, "Lay charge");
            open(page, "Write the summary");
            page.getByLabel("The case summary").fill("The suspect punched the victim once; admitted in interview.");
            press(page, "Save summary");
            open(page, "Add a witness and statement");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Pat Passer-by");
            page.getByLabel("Who they are (victim, eyewitness, officer...)").fill("Eyewitness");
            page.getByLabel("Statement", new Page.GetByLabelOptions().setExact(true))
                    .fill("I saw the punch.");
            press(page, "Add witness");
            open(page, "List unused material");
            page.getByLabel("Schedule").selectOption("SENSITIVE");
            page.getByLabel("Description").fill("Call from a confidential source");
            page.getByLabel("Relevance decision").selectOption("FOR_PROSECUTOR_TO_DECIDE");
            press(page, "List item");
            assertThat(page.locator("#sensitive")).containsText("Call from a confidential source");
            assertThat(page.locator("#charges")).containsText("Assault occasioning actual bodily harm");
            Browser.assertNoSidewaysScroll(page, phone);

            press(page, "Submit version 1");
            assertThat(page.locator("#status")).containsText("Submitted");
            page.getByLabel("Package").selectOption("PROSECUTION_FILE");
            page.getByLabel("Recipient").fill("CPS Testford, lawyer J. Lee");
            Download download = page.waitForDownload(() -> press(page, "Export package"));
            byte[] zip = Files.readAllBytes(download.path());
            String manifest = CaseFileFixture.text(CaseFileFixture.entries(zip).get("manifest.sha256"));
            org.assertj.core.api.Assertions.assertThat(manifest)
                    .contains(sha + "  media/")
                    .contains("interview.wav");
            org.assertj.core.api.Assertions.assertThat(new String(zip, StandardCharsets.ISO_8859_1))
                    .doesNotContain("confidential source");

            page.reload();
            assertThat(page.locator("#exports")).containsText("CPS Testford, lawyer J. Lee");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verify a received package"))
                    .press("Enter");
            page.getByLabel("Package (.zip)").setInputFiles(download.path());
            press(page, "Verify package");
            assertThat(page.locator("#result")).containsText("Package verified");
            assertThat(page.locator("#result")).containsText(sha);
            assertThat(page.locator("#result")).containsText("held intact");
            Browser.assertNoSidewaysScroll(page, phone);
        }
    }

    private static void open(Page page, String summary) {
        Locator s = page.locator("summary", new Page.LocatorOptions().setHasText(summary));
        s.focus();
        s.press("Enter");
    }

    private static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .press("Enter");
    }
}
