package org.constable.contact;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.constable.testsupport.Pages.watched;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.people.application.PersonRecords;
import org.constable.people.application.PlaceAndVehicleRecords;
import org.constable.search.application.PoleSearch;
import org.constable.testsupport.Browser;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.ControlRoomScene;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Control-room acceptance at the call handler's desk: the caller found by the real person search
 * (full name, misspelt, date of birth); Enter never submits the call and picks the address; call
 * type and THRIVE start empty; a place far outside the force is flagged at once; and a submit that
 * hangs while the database pool is exhausted shows progress, gives up with a clear message, keeps
 * the call, and records it once when sent again.
 */
@ConstableHttpTest
class CallHandlerInTheControlRoomBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CurrentActor actors;

    @Autowired
    PersonRecords persons;

    @Autowired
    PlaceAndVehicleRecords places;

    @Autowired
    PoleSearch search;

    @Autowired
    DataSource pool;

    @Autowired
    DatabaseAdmin db;

    TestUsers.TestUser handler;
    Actor recorder;
    final List<String> problems = new CopyOnWriteArrayList<>();
    Playwright playwright;
    com.microsoft.playwright.Browser browser;
    Page page;

    @BeforeEach
    void start() {
        Browser.requireChromium();
        handler = users.create(Role.CALL_HANDLER);
        recorder = actors.load(users.create(Role.INVESTIGATOR).username()).orElseThrow();
        playwright = Playwright.create();
        browser = Browser.launch(playwright);
        page = watched(
                browser.newContext(new NewContextOptions().setViewportSize(1440, 900))
                        .newPage(),
                "call handler",
                problems);
        Browser.signIn(page, port, "/", users, handler);
    }

    @AfterEach
    void close() {
        browser.close();
        playwright.close();
        org.assertj.core.api.Assertions.assertThat(problems)
                .as("console and page errors")
                .allMatch(p -> p.contains("Failed to load resource"));
    }

    private void newCall() {
        page.navigate("http://localhost:" + port + "/calls/new");
        page.waitForLoadState();
    }

    @Test
    void theCallerIsFoundByFullNameMisspeltOrByDateOfBirthAmongManyOfTheSameSurname() throws Exception {
        String surname = ControlRoomScene.capital(ControlRoomScene.word("Jonquil"));
        for (String forename : List.of(
                "Aaron", "Abigail", "Adam", "Adele", "Aiden", "Alan", "Alice", "Amir", "Amy", "Andrew", "Anna",
                "Arthur")) {
            persons.create(recorder, ControlRoomScene.details(forename, surname, null));
        }
        long hannah = persons.create(recorder, ControlRoomScene.details("Hannah", surname, LocalDate.of(1990, 3, 12)));
        awaitSearchable("Hannah " + surname, hannah);
        newCall();

        Locator query = page.getByLabel(Pattern.compile("Find someone named in the call"));
        Locator matches = page.locator("#people-matches .pick-person");
        query.pressSequentially("Hannah " + surname, new Locator.PressSequentiallyOptions().setDelay(20));
        assertThat(matches.first()).containsText("Hannah " + surname);
        query.fill("");
        query.pressSequentially("Hanah " + surname, new Locator.PressSequentiallyOptions().setDelay(20));
        assertThat(matches.first()).containsText("Hannah " + surname);
        assertThat(matches.first()).containsText("born 12 Mar 1990");
        query.fill("");
        query.pressSequentially(surname + " 12/03/1990", new Locator.PressSequentiallyOptions().setDelay(20));
        assertThat(matches.first()).containsText("Hannah " + surname);
        // Enter in the person box picks the first match; it never submits the call
        query.press("Enter");
        assertThat(page.locator("#named-people")).containsText("Hannah " + surname);
        assertThat(page).hasURL(Pattern.compile(".*/calls/new$"));
        org.assertj.core.api.Assertions.assertThat(page.locator("#named-people").innerText())
                .doesNotContain("person " + hannah);
    }

    private void awaitSearchable(String query, long personId) throws InterruptedException {
        Awaitility.await(query + " becomes searchable")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .pollInSameThread()
                .until(() -> search.people(recorder, query, "Test", 10).stream().anyMatch(p -> p.id() == personId));
    }

    @Test
    void enterNeverSubmitsTheCallPicksTheAddressAndCallTypeAndThriveStartEmpty() {
        var area = CommandAndControl.freshArea();
        String street = ControlRoomScene.word("Keyfield") + " Road";
        long location = places.createLocation(
                recorder,
                new PlaceAndVehicleRecords.LocationInput(
                        "3", street, null, "Manchester", null, area.latitude(), area.longitude(), false));
        long callsBefore = db.count("SELECT count(*) FROM contact.call");
        newCall();

        // Enter at once in the address box: the match is asked for and picked
        page.locator("#addressQuery").pressSequentially(street.substring(0, street.length() - 3));
        page.locator("#addressQuery").press("Enter");
        assertThat(page.locator("#locationId")).hasValue(String.valueOf(location));
        assertThat(page.locator("#addressQuery")).hasValue(Pattern.compile(".*" + street + ".*"));
        assertThat(page.locator("#context")).containsText("No warning markers here");

        page.getByLabel("Caller name").fill("Pat Enter");
        page.getByLabel("Caller name").press("Enter");
        page.getByLabel("Caller phone").fill("0161 496 0999");
        page.getByLabel("Caller phone").press("Enter");
        for (String id : List.of(
                "callType",
                "threatLevel",
                "harmLevel",
                "riskLevel",
                "investigationLevel",
                "vulnerabilityLevel",
                "engagementLevel")) {
            assertThat(page.locator("#" + id)).hasValue("");
            assertThat(page.locator("#" + id)).hasAttribute("required", "");
        }
        assertThat(page.locator("#proposed-grade")).hasText("—");
        // Create with call type and THRIVE unchosen: the form says so and nothing is recorded
        page.getByLabel("What happened").fill("Neighbour shouting");
        page.locator("#create-incident").click();
        assertThat(page).hasURL(Pattern.compile(".*/calls/new$"));
        org.assertj.core.api.Assertions.assertThat(
                        page.evaluate("() => document.getElementById('callType').validity.valueMissing"))
                .isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(db.count("SELECT count(*) FROM contact.call"))
                .isEqualTo(callsBefore);
        assertThat(page.getByLabel("Caller name")).hasValue("Pat Enter");
    }

    @Test
    void aPlaceFarOutsideTheForceAreaIsFlaggedToTheCallHandlerAtOnce() {
        newCall();
        page.locator("#coordinates summary").click();
        page.getByLabel("Latitude").fill("46.0");
        page.getByLabel("Longitude").fill("-3.0");
        page.locator("#context-button").click();
        assertThat(page.locator("#outside-force")).containsText("Outside the force area");
        assertThat(page.locator("#outside-force")).containsText(Pattern.compile("\\d{3} km"));
        assertThat(page.locator("#outside-force")).containsText("No unit will be recommended");
    }

    @Test
    void aSubmitWhileThePoolIsExhaustedShowsProgressTimesOutKeepsTheCallAndRecordsItOnce() throws Exception {
        var area = CommandAndControl.freshArea();
        newCall();
        String what = "Slow database: man collapsed at the bus stop " + ControlRoomScene.word("x");
        page.locator("#coordinates summary").click();
        page.getByLabel("Latitude").fill(String.valueOf(area.latitude()));
        page.getByLabel("Longitude").fill(String.valueOf(area.longitude()));
        page.getByLabel("Caller name").fill("Sam Patience");
        page.getByLabel("Call type").selectOption("CONCERN_FOR_WELFARE");
        page.getByLabel("What happened").fill(what);
        for (String element : List.of("threat", "harm", "risk", "investigation", "vulnerability", "engagement")) {
            page.locator("#" + element + "Level").selectOption("MEDIUM");
        }
        page.evaluate("() => document.getElementById('call-form').setAttribute('data-submit-timeout', '3000')");

        List<Connection> held = new ArrayList<>();
        try {
            int size = ((com.zaxxer.hikari.HikariDataSource) pool).getMaximumPoolSize();
            for (int i = 0; i < size; i++) {
                held.add(pool.getConnection());
            }
            page.locator("#create-incident").click();
            assertThat(page.locator("#submit-status")).containsText("Creating the incident");
            assertThat(page.locator("#create-incident")).isDisabled();
            assertThat(page.locator("#call-error"))
                    .containsText(
                            "No answer within 3 s", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
            assertThat(page.locator("#call-error")).containsText("will not be recorded twice");
            assertThat(page.getByLabel("What happened")).hasValue(what);
            assertThat(page.getByLabel("Caller name")).hasValue("Sam Patience");
            assertThat(page.locator("#create-incident")).isEnabled();
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        page.locator("#create-incident").click();
        assertThat(page)
                .hasURL(
                        Pattern.compile(".*/incidents/\\d+\\?recorded=CALL-.*"),
                        new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(30_000));
        assertThat(page.locator("h1")).containsText("INC-");
        // the first, timed-out submit may still be finishing on the server: the count stays at one
        Awaitility.await("the timed-out first submit adds no second call")
                .during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> db.count("SELECT count(*) FROM contact.call WHERE what_happened = '" + what + "'") == 1);
        org.assertj.core.api.Assertions.assertThat(
                        db.count("SELECT count(*) FROM contact.call WHERE what_happened = '" + what + "'"))
                .as("the call is recorded exactly once")
                .isEqualTo(1);
    }
}
