package org.constable.contact;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.constable.contact.application.CallTaking;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.Level;
import org.constable.contact.domain.ThriveAssessment;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.people.application.PlaceAndVehicleRecords;
import org.constable.people.domain.WarningMarkerType;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 999 call from ring to clear, in real Chromium, three people in three browser contexts: the call
 * handler takes the call and sees the place's history and warnings as the address is picked; the
 * dispatcher, already watching the board, sees the incident arrive live and assigns the nearest unit;
 * the officer works the job on a phone; the dispatcher closes it and the log tells who did what.
 * Any console error or page error fails the test (except the map outline's 404 until routing lands).
 */
@ConstableHttpTest
class A999CallFromRingToClearInTheBrowserTest {

    private static final double LAT = 53.4608;
    private static final double LON = -2.2146;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CurrentActor actors;

    @Autowired
    PlaceAndVehicleRecords places;

    @Autowired
    CallTaking calls;

    @Autowired
    IncidentCommands incidents;

    @Autowired
    DatabaseAdmin admin;

    @Autowired
    org.constable.people.application.PersonRecords persons;

    TestUsers.TestUser handler;
    TestUsers.TestUser dispatcher;
    TestUsers.TestUser officer;
    String street;
    String namedSurname;
    String typed;
    String nearCallsign;
    String farCallsign;
    long nearUnitId;
    String earlierReference;

    private final List<String> problems = new CopyOnWriteArrayList<>();

    @BeforeEach
    void seed() throws SQLException {
        Browser.requireChromium();
        handler = users.create(Role.CALL_HANDLER);
        dispatcher = users.create(Role.DISPATCHER);
        officer = users.create(Role.RESPONSE_OFFICER);
        String nonce = Long.toString(System.nanoTime() % 100000);
        // a street of its own per test: both tests share one database
        street = "Lanternwick "
                + nonce.chars()
                        .mapToObj(ch -> String.valueOf((char) ('a' + ch - '0')))
                        .reduce("Q", String::concat) + " Row";
        typed = street.substring(0, street.length() - 4);
        var recorder = actors.load(users.create(Role.INVESTIGATOR).username()).orElseThrow();
        long locationId = places.createLocation(
                recorder,
                new PlaceAndVehicleRecords.LocationInput("14", street, null, "Manchester", null, LAT, LON, false));
        places.addLocationWarning(
                recorder, locationId, WarningMarkerType.WEAPONS, "Occupant keeps a machete by the door");
        namedSurname = "Brackwater"
                + street.replace("Lanternwick ", "").replace(" Row", "").toLowerCase(Locale.ROOT);
        long named = persons.create(
                recorder,
                new org.constable.people.domain.PersonDetails(
                        "Ellis", null, namedSurname, null, "MALE", null, null, null, null, null, false));
        persons.addWarningMarker(recorder, named, WarningMarkerType.VIOLENCE, "Assaulted officers");

        // an earlier incident at the same place, taken and closed through the application itself
        var handlerActor = actors.load(handler.username()).orElseThrow();
        var earlier = calls.record(
                handlerActor,
                new CallTaking.NewCall(
                        Channel.NON_EMERGENCY_101,
                        null,
                        null,
                        new CallTaking.Caller(false, "Earlier Caller", "0161 496 0000", null),
                        new CallTaking.Where(locationId, null, null, null),
                        "Shouting heard through the wall",
                        "ANTI_SOCIAL_BEHAVIOUR",
                        thrive(Level.LOW),
                        null,
                        null,
                        null,
                        null));
        earlierReference = earlier.incidentReference();
        incidents.close(
                actors.load(dispatcher.username()).orElseThrow(), earlier.incidentId(), "ASB", "Words of advice");
        nearCallsign = "NR" + nonce;
        farCallsign = "FR" + nonce;
    }

    /** Two available units, made only where a call is dispatched so no other test's unit is nearer. */
    private void unitsOnPatrol() throws SQLException {
        unit(farCallsign, LAT + 0.05, LON + 0.05); // a few km away, inserted first so the order is not by id
        nearUnitId = unit(nearCallsign, LAT + 0.001, LON + 0.001);
    }

    private long unit(String callsign, double lat, double lon) throws SQLException {
        try (var c = admin.connect();
                var ps = c.prepareStatement(
                        "INSERT INTO dispatch.unit (callsign, station, kind, skills, status, "
                                + "latitude, longitude) VALUES (?, 'Longsight', 'Response car', '', 'AVAILABLE', ?, ?) RETURNING id")) {
            ps.setString(1, callsign);
            ps.setDouble(2, lat);
            ps.setDouble(3, lon);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static ThriveAssessment thrive(Level threat) {
        var low = new ThriveAssessment.Element(Level.LOW, null);
        return new ThriveAssessment(new ThriveAssessment.Element(threat, null), low, low, low, low, low);
    }

    @Test
    void aCallIsTakenDispatchedAttendedAndClosedByThreePeople() throws SQLException {
        unitsOnPatrol();
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext dispatcherContext =
                        browser.newContext(new NewContextOptions().setViewportSize(1440, 900));
                BrowserContext handlerContext = browser.newContext(new NewContextOptions().setViewportSize(1440, 900));
                BrowserContext officerContext = browser.newContext(new NewContextOptions()
                        .setViewportSize(360, 740)
                        .setIsMobile(true)
                        .setHasTouch(true))) {

            // the dispatcher is on the board before the call comes in
            Page board = watched(dispatcherContext.newPage(), "dispatcher");
            signIn(board, dispatcher);
            board.keyboard().press("Alt+b");
            assertThat(board).hasURL(Pattern.compile(".*/board$"));
            assertThat(board.locator("#live-status")).hasText("live");
            board.evaluate("() => { window.__neverNavigated = true; }");

            // 1. the call handler
            Page call = watched(handlerContext.newPage(), "call handler");
            signIn(call, handler);
            call.keyboard().press("Alt+c");
            assertThat(call).hasURL(Pattern.compile(".*/calls/new$"));
            assertThat(call.locator("#addressQuery")).isFocused();
            call.locator("#addressQuery").pressSequentially(typed, new Locator.PressSequentiallyOptions().setDelay(40));
            Locator pick =
                    call.locator("#addresses .pick-address").filter(new Locator.FilterOptions().setHasText(street));
            assertThat(pick).hasCount(1);
            call.evaluate("() => { window.__sameDocument = true; }");
            pick.click();
            assertThat(call.locator("#history")).containsText(earlierReference);
            assertThat(call.locator("#history")).containsText("Anti-social behaviour");
            assertThat(call.locator("#context .warnings .marker")).containsText("Weapons");
            assertThat(call.locator("#addressQuery")).hasValue(Pattern.compile(".*" + street + ".*"));
            // the caller names the man with the machete: his own warning appears too
            call.locator("#personQuery")
                    .pressSequentially(namedSurname, new Locator.PressSequentiallyOptions().setDelay(30));
            call.locator("#people-matches .pick-person")
                    .filter(new Locator.FilterOptions().setHasText(namedSurname))
                    .click();
            assertThat(call.locator("#named-people")).containsText("Ellis " + namedSurname);
            assertThat(call.locator("#context .warnings")).containsText("Violence");
            assertThat(call.locator("#context .warnings .marker").first()).containsText("Weapons");
            org.assertj.core.api.Assertions.assertThat(call.evaluate("() => window.__sameDocument === true"))
                    .isEqualTo(true);

            call.getByLabel("Caller name").fill("Dana Whitlow");
            call.getByLabel("Caller phone").fill("07700 900123");
            call.getByLabel("Call type").selectOption("ASSAULT");
            call.getByLabel("What happened").fill("Man threatening neighbour with a machete on the doorstep");
            // THRIVE starts empty: nothing is proposed until every level is chosen
            assertThat(call.locator("#proposed-grade")).hasText("—");
            for (String element : List.of("threat", "harm", "risk", "investigation", "vulnerability", "engagement")) {
                call.locator("#" + element + "Level").selectOption("LOW");
            }
            assertThat(call.locator("#proposed-grade")).hasText("Scheduled");
            call.locator("#threatLevel").selectOption("HIGH");
            call.locator("#threatNote").fill("Weapon seen");
            assertThat(call.locator("#proposed-grade")).hasText("Emergency");
            call.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/c2-1-call-handler.png"))
                    .setFullPage(true));
            call.waitForLoadState();
            call.keyboard().press("Alt+s");
            assertThat(call.locator("[role=status]").first()).containsText("recorded");
            assertThat(call.locator("h1")).containsText("Emergency");
            String reference = call.locator("h1 span").first().textContent().trim();

            // 2. the dispatcher sees it arrive without reloading
            Locator row = board.locator("#incident-table tr.incident-row")
                    .filter(new Locator.FilterOptions().setHasText(reference));
            assertThat(row).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
            assertThat(row).containsText("Emergency");
            org.assertj.core.api.Assertions.assertThat(board.evaluate("() => window.__neverNavigated === true"))
                    .isEqualTo(true);
            board.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/c2-2-board.png")));
            row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference))
                    .click();
            assertThat(board.locator("h1")).containsText(reference);
            Locator recommended = board.locator("#recommendations li");
            assertThat(recommended.first()).containsText(nearCallsign);
            assertThat(board.locator("#recommendations")).containsText(farCallsign);
            assertThat(recommended.first().locator("input[type=checkbox]")).isChecked();
            assertThat(board.locator("#recommendations li")
                            .filter(new Locator.FilterOptions().setHasText(farCallsign))
                            .locator("input[type=checkbox]"))
                    .not()
                    .isChecked();
            board.locator("#assign-button").click();
            assertThat(board.locator("main")).containsText(nearCallsign + " Assigned");

            // crew the unit as the dispatcher (no page for this yet)
            Api api = new Api(port);
            var crewed = api.post(
                    "/api/v1/units/" + nearUnitId + "/crew",
                    api.token(users, dispatcher),
                    "{\"userId\":" + officer.id() + "}");
            org.assertj.core.api.Assertions.assertThat(crewed.status())
                    .as(crewed.body())
                    .isEqualTo(204);

            // 3. the officer, on a phone
            Page phone = watched(officerContext.newPage(), "officer");
            signIn(phone, officer);
            phone.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My unit"))
                    .tap(); // a thumb, not a keyboard
            assertThat(phone).hasURL(Pattern.compile(".*/officer$"));
            assertThat(phone.locator("h1")).containsText(nearCallsign);
            // warnings follow the job: the address's marker first, then the man the caller named
            assertThat(phone.locator("section.warnings .marker").first()).containsText("Weapons");
            assertThat(phone.locator("section.warnings")).containsText("Violence");
            assertThat(phone.locator("section.warnings")).containsText("Ellis " + namedSurname);
            assertThat(phone.locator("main")).containsText(reference);
            assertThat(phone.locator("main")).containsText(street);
            double warningsTop = phone.locator("section.warnings").boundingBox().y;
            double jobTop = phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))
                    .boundingBox()
                    .y;
            org.assertj.core.api.Assertions.assertThat(warningsTop).isLessThan(jobTop);
            assertNoSidewaysScroll(phone);
            phone.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/c2-3-officer-assigned.png"))
                    .setFullPage(true));
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("En route"))
                    .tap();
            assertThat(phone.locator("#unit-status")).hasText("En route");
            assertNoSidewaysScroll(phone);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("At scene"))
                    .tap();
            assertThat(phone.locator("#unit-status")).hasText("At scene");
            assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("En route")))
                    .hasCount(0);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clear"))
                    .tap();
            // clearing asks first
            assertThat(phone.locator("#clear-confirm")).isVisible();
            assertThat(phone.locator("#unit-status")).hasText("At scene");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, clear"))
                    .tap();
            assertThat(phone.locator("#unit-status")).hasText("Available");
            assertThat(phone.locator("main")).not().containsText(reference);
            assertNoSidewaysScroll(phone);

            // 4. the dispatcher closes it
            board.reload();
            assertThat(board.locator("main")).containsText(nearCallsign + " Cleared");
            board.getByLabel("Closing classification").selectOption("CRIME_VIOLENCE");
            board.getByLabel("Note").fill("Suspect arrested at scene");
            board.locator("#close-button").click();
            assertThat(board.locator("h1")).containsText("Closed");
            assertThat(board.locator("dl.facts")).containsText("Crime: violence against the person");
            assertThat(board.locator("#recommendations")).hasCount(0);
            Locator log = board.locator("#incident-log li");
            assertThat(log.filter(new Locator.FilterOptions().setHasText(handler.username())))
                    .not()
                    .hasCount(0);
            List<String> entries = log.allTextContents();
            board.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/c2-4-closed.png"))
                    .setFullPage(true));
            org.assertj.core.api.Assertions.assertThat(entries)
                    .as("the log: %s", entries)
                    .anySatisfy(
                            e -> org.assertj.core.api.Assertions.assertThat(e).contains(handler.username()))
                    .anySatisfy(e -> org.assertj.core.api.Assertions.assertThat(e)
                            .contains(dispatcher.username())
                            .contains(nearCallsign))
                    .anySatisfy(e -> org.assertj.core.api.Assertions.assertThat(e)
                            .contains(officer.username())
                            .containsIgnoringCase("en"))
                    .anySatisfy(e -> org.assertj.core.api.Assertions.assertThat(e)
                            .contains(officer.username())
                            .containsIgnoringCase("scene"))
                    .anySatisfy(e -> org.assertj.core.api.Assertions.assertThat(e)
                            .contains(officer.username())
                            .containsIgnoringCase("clear"))
                    .anySatisfy(e -> org.assertj.core.api.Assertions.assertThat(e)
                            .contains(dispatcher.username())
                            .contains("Crime: violence against the person")
                            .contains("Suspect arrested at scene"));

            org.assertj.core.api.Assertions.assertThat(problems)
                    .as("console and page errors")
                    .isEmpty();
        }
    }

    @Test
    void theCallFormCanBeCompletedWithTheKeyboardOnly() {
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1280, 800))) {
            Page page = watched(context.newPage(), "call handler");
            signIn(page, handler);
            page.keyboard().press("Alt+c");
            assertThat(page).hasURL(Pattern.compile(".*/calls/new$"));
            assertThat(page.locator("#addressQuery")).isFocused();
            page.keyboard().type(typed);
            // the gazetteer answers as the words are typed; on a loaded machine the last answer can
            // take longer than the default 5 s (CI once saw none in time)
            assertThat(page.locator("#addresses .pick-address"))
                    .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(20_000));

            // walk the whole form with Tab: every field is reached, in reading order, and shows its focus
            List<String> order = new ArrayList<>();
            order.add("addressQuery");
            for (int i = 0; i < 60; i++) {
                page.keyboard().press("Tab");
                Object[] focus = focusState(page);
                String id = (String) focus[0];
                org.assertj.core.api.Assertions.assertThat((Boolean) focus[1])
                        .as("visible focus outline on %s", id)
                        .isTrue();
                order.add(id);
                if ("create-incident".equals(id)) {
                    break;
                }
            }
            org.assertj.core.api.Assertions.assertThat(order)
                    .containsSubsequence(
                            "addressQuery",
                            "pick:14, " + street + ", Manchester",
                            "SUMMARY",
                            "locationText",
                            "context-button",
                            "personQuery",
                            "channel",
                            "callerName",
                            "callerPhone",
                            "callerAnonymous1",
                            "callType",
                            "requiredSkills",
                            "whatHappened",
                            "threatLevel",
                            "threatNote",
                            "harmLevel",
                            "harmNote",
                            "riskLevel",
                            "riskNote",
                            "investigationLevel",
                            "investigationNote",
                            "vulnerabilityLevel",
                            "vulnerabilityNote",
                            "engagementLevel",
                            "engagementNote",
                            "grade",
                            "gradeReason",
                            "create-incident");
            // the coordinates fold away and the map and its controls are no tab stops: the path stays short
            org.assertj.core.api.Assertions.assertThat(order)
                    .doesNotContain("latitude", "longitude", "call-map", "A")
                    .hasSizeLessThanOrEqualTo(28);

            // now complete it with the keyboard alone: back to the address, pick it, fill the rest
            shiftTabTo(page, "addressQuery");
            page.keyboard().press("Tab");
            assertThat(page.locator("#addresses .pick-address")).isFocused();
            page.keyboard().press("Enter");
            assertThat(page.locator("#history")).containsText(earlierReference);
            assertThat(page.locator("#context .warnings .marker")).containsText("Weapons");
            tabTo(page, "callerName");
            page.keyboard().type("Keyboard Caller");
            tabTo(page, "callType");
            page.keyboard().type("ASS");
            assertThat(page.locator("#callType")).hasValue("ASSAULT");
            tabTo(page, "whatHappened");
            page.keyboard().type("Fight outside, one man bleeding");
            tabTo(page, "threatLevel");
            page.keyboard().type("H");
            assertThat(page.locator("#threatLevel")).hasValue("HIGH");
            for (String element : List.of("harm", "risk", "investigation", "vulnerability", "engagement")) {
                tabTo(page, element + "Level");
                page.keyboard().type("L");
                assertThat(page.locator("#" + element + "Level")).hasValue("LOW");
            }
            page.keyboard().press("Tab");
            assertThat(page.locator("#proposed-grade")).hasText("Emergency");
            tabTo(page, "create-incident");
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/c2-keyboard-submit-focused.png")));
            page.keyboard().press("Enter");
            assertThat(page.locator("[role=status]").first()).containsText("recorded");
            assertThat(page.locator("h1")).containsText("Emergency");

            org.assertj.core.api.Assertions.assertThat(problems)
                    .as("console and page errors")
                    .isEmpty();
        }
    }

    private static Object[] focusState(Page page) {
        @SuppressWarnings("unchecked")
        List<Object> state = (List<Object>) page.evaluate("() => { const el = document.activeElement;"
                + " const s = getComputedStyle(el);"
                + " const id = el.classList.contains('pick-address') ? 'pick:' + el.textContent.trim() : (el.id || el.name || el.tagName);"
                + " const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;"
                + " return [id, outlined]; }");
        return new Object[] {String.valueOf(state.get(0)), state.get(1)};
    }

    private static void tabTo(Page page, String id) {
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            if (id.equals(page.evaluate("() => document.activeElement.id"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static void shiftTabTo(Page page, String id) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Shift+Tab");
            if (id.equals(page.evaluate("() => document.activeElement.id"))) {
                return;
            }
        }
        throw new AssertionError("Shift+Tab never reached #" + id);
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .as("sideways overflow at 360 px")
                .isLessThanOrEqualTo(0);
    }

    /** Fails the test on any console error or uncaught page error, except the force map's 404 until routing adds it. */
    private Page watched(Page page, String who) {
        page.onConsoleMessage(m -> {
            if (!"error".equals(m.type())) {
                return;
            }
            String where = m.location() == null ? "" : m.location();
            if (where.contains("/api/v1/map/force") && m.text().contains("404")) {
                return;
            }
            problems.add(who + " console: " + m.text() + " @ " + where);
        });
        page.onPageError(e -> problems.add(who + " page error: " + e));
        return page;
    }

    private void signIn(Page page, TestUsers.TestUser user) {
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("One-time code")))
                .isVisible();
        page.locator("#code").fill(users.freshCode(user));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).containsText("Welcome");
        page.waitForLoadState(); // the shortcuts listen once the deferred scripts have run
    }
}
