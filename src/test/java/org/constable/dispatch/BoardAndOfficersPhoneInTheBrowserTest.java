package org.constable.dispatch;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.constable.testsupport.Pages.watched;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.constable.contact.domain.Level;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.shared.ForceTime;
import org.constable.testsupport.Browser;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.ControlRoomScene;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.Pages;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The board on a control-room screen (at least 25 incidents in view at 1920x1080, filters, a key,
 * times as people read them, the map filling the screen, nothing overflowing) and the officer's
 * phone at 360x780 (a new job appears within 2 s without a reload, warnings first, status buttons in
 * reach without scrolling, and "Clear" asks first).
 */
@ConstableHttpTest
class BoardAndOfficersPhoneInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CurrentActor actors;

    @Autowired
    ControlRoomScene scenes;

    @Autowired
    IncidentCommands commands;

    @Autowired
    MutableClock clock;

    Actor handler;
    final List<String> problems = new CopyOnWriteArrayList<>();
    Playwright playwright;
    com.microsoft.playwright.Browser browser;

    @BeforeEach
    void start() {
        Browser.requireChromium();
        handler = actors.load(users.create(Role.CALL_HANDLER).username()).orElseThrow();
        playwright = Playwright.create();
        browser = Browser.launch(playwright);
    }

    @AfterEach
    void close() {
        browser.close();
        playwright.close();
        org.assertj.core.api.Assertions.assertThat(problems)
                .as("console and page errors")
                .isEmpty();
    }

    private Page signedIn(TestUsers.TestUser user, NewContextOptions options, String who) {
        BrowserContext context = browser.newContext(options);
        Page page = watched(context.newPage(), who, problems);
        Browser.signIn(page, port, "/", users, user);
        return page;
    }

    @Test
    void theBoardShowsAtLeast25IncidentsOnAControlRoomScreenWithFiltersAKeyAndLocalTimes() {
        // the server's clock two days ahead of this screen's (a control-room PC whose clock is wrong, or
        // the shared test clock moved on by other tests): the countdowns must still count to the target
        clock.advance(java.time.Duration.ofDays(2));
        var area = CommandAndControl.freshArea();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            var where = area.offset(60 * i, 0);
            ids.add(scenes.callAtPoint(
                            handler,
                            where.latitude(),
                            where.longitude(),
                            "THEFT",
                            i % 3 == 0 ? Level.HIGH : Level.MEDIUM)
                    .incidentId());
        }
        TestUsers.TestUser dispatcher = users.create(Role.DISPATCHER);
        Page board = signedIn(dispatcher, new NewContextOptions().setViewportSize(1920, 1080), "dispatcher");
        board.navigate("http://localhost:" + port + "/board");
        assertThat(board.locator("#live-status")).hasText("live");

        // at least 25 incident rows wholly in view, inside their panel, no scrolling of the page
        Object inView = board.evaluate(
                "() => { const panel = document.querySelector('.board-incidents').getBoundingClientRect();"
                        + " return [...document.querySelectorAll('#incident-table tr.incident-row')].filter(r => {"
                        + " const b = r.getBoundingClientRect(); return b.top >= panel.top && b.bottom <= Math.min(panel.bottom, innerHeight); }).length; }");
        org.assertj.core.api.Assertions.assertThat(((Number) inView).intValue()).isGreaterThanOrEqualTo(25);
        Object tableOverflow = board.evaluate("() => { const p = document.querySelector('.board-incidents');"
                + " const t = document.getElementById('incident-table'); return t.scrollWidth - p.clientWidth; }");
        org.assertj.core.api.Assertions.assertThat(((Number) tableOverflow).intValue())
                .as("table overflow")
                .isLessThanOrEqualTo(0);
        Pages.assertNoSidewaysScroll(board);
        BoundingBox map = board.locator("#map").boundingBox();
        org.assertj.core.api.Assertions.assertThat(map.y + map.height)
                .as("map bottom")
                .isLessThanOrEqualTo(1080);
        org.assertj.core.api.Assertions.assertThat(map.height).as("map height").isGreaterThan(1080 * 0.6);
        assertThat(board.locator("#board-legend")).containsText("BREACHED");
        assertThat(board.locator("#board-legend")).containsText("min left");

        // clock time in the force's zone, and the time to the target in words
        var first = scenesRow(board, ids.get(0));
        String opened =
                DateTimeFormatter.ofPattern("HH:mm").withZone(ForceTime.ZONE).format(openedAt(ids.get(0)));
        assertThat(first.locator(".c-time")).containsText(opened);
        assertThat(first.locator(".c-target")).containsText("min left");
        // counted on the server's clock: minutes to the target, not the two days the screen's clock is behind
        assertThat(first.locator(".c-target")).hasText(java.util.regex.Pattern.compile("^\\s*\\d+ min left\\s*$"));
        board.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/control-room-board-1920.png")));

        // filters: only emergencies, then only those waiting for a unit
        board.getByLabel("Grade", new Page.GetByLabelOptions().setExact(true)).selectOption("EMERGENCY");
        board.waitForFunction(
                "() => { const g = [...document.querySelectorAll('#incident-table tr.incident-row .grade')];"
                        + " return g.length >= 10 && g.every(e => e.textContent.trim() === 'Emergency'); }");
        assertThat(board.locator("#incidents-h")).containsText(" of ");
        board.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("waiting");
        board.waitForFunction(
                "() => { const u = [...document.querySelectorAll('#incident-table tr.incident-row .c-units')];"
                        + " return u.length >= 1 && u.every(e => e.textContent.includes('Waiting')); }");
        org.assertj.core.api.Assertions.assertThat(
                        board.locator("#incident-table tr.incident-row .grade").allTextContents())
                .allMatch("Emergency"::equals);
        org.assertj.core.api.Assertions.assertThat(board.url())
                .contains("grade=EMERGENCY")
                .contains("stage=waiting");

        Page phone = signedIn(
                dispatcher,
                new NewContextOptions()
                        .setViewportSize(360, 780)
                        .setIsMobile(true)
                        .setHasTouch(true),
                "phone");
        phone.navigate("http://localhost:" + port + "/board");
        Pages.assertNoSidewaysScroll(phone);
    }

    private static Locator scenesRow(Page board, long incidentId) {
        return board.locator("#incident-table tr.incident-row")
                .filter(new Locator.FilterOptions().setHas(board.locator("a[href='/incidents/" + incidentId + "']")));
    }

    @Autowired
    org.constable.dispatch.application.IncidentQueries queries;

    private java.time.Instant openedAt(long id) {
        return queries.incident(handler, id, "Test").incident().openedAt();
    }

    @Test
    void aNewJobAppearsOnTheOfficersPhoneWithin2SecondsWarningsFirstAndClearAsksFirst() {
        ControlRoomScene.Scene scene = scenes.domesticAt(
                actors.load(users.create(Role.INVESTIGATOR).username()).orElseThrow());
        String callsign = CommandAndControl.callsign("RV");
        long unit = scenes.unit(callsign, "RESPONSE_CAR", "", scene.area().offset(300, 0));
        TestUsers.TestUser officer = users.create(Role.RESPONSE_OFFICER);
        Actor dispatcher = actors.load(users.create(Role.DISPATCHER).username()).orElseThrow();
        commands.crew(dispatcher, unit, officer.id());
        var call = scenes.callAt(handler, scene.locationId(), "DOMESTIC", "Dana Whitlow", List.of(scene.namedId()));

        Page phone = signedIn(
                officer,
                new NewContextOptions()
                        .setViewportSize(360, 780)
                        .setIsMobile(true)
                        .setHasTouch(true),
                "officer");
        phone.navigate("http://localhost:" + port + "/officer");
        assertThat(phone.locator("#unit-status")).hasText("Available");
        assertThat(phone.locator("main[data-live=connected]")).hasCount(1);
        phone.evaluate("() => { window.__sameDocument = true; }");

        commands.assign(dispatcher, call.incidentId(), List.of(unit));
        assertThat(phone.locator("#officer-live"))
                .containsText(call.incidentReference(), new LocatorAssertions.ContainsTextOptions().setTimeout(2_000));
        org.assertj.core.api.Assertions.assertThat(phone.evaluate("() => window.__sameDocument === true"))
                .isEqualTo(true);
        assertThat(phone.locator("#unit-status")).hasText("Committed");

        Locator warnings = phone.locator("section.warnings");
        assertThat(warnings).containsText("Domestic abuse");
        assertThat(warnings).containsText(scene.residentName());
        assertThat(warnings).containsText("Mental health");
        org.assertj.core.api.Assertions.assertThat(warnings.boundingBox().y)
                .isLessThan(
                        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(call.incidentReference()))
                                .boundingBox()
                                .y);
        for (String name : List.of("En route", "At scene", "Clear")) {
            BoundingBox b = phone.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName(name).setExact(true))
                    .boundingBox();
            org.assertj.core.api.Assertions.assertThat(b.y + b.height)
                    .as(name + " within the screen")
                    .isLessThanOrEqualTo(780);
            org.assertj.core.api.Assertions.assertThat(b.height)
                    .as(name + " a thumb's size")
                    .isGreaterThanOrEqualTo(44);
        }
        Pages.assertNoSidewaysScroll(phone);
        phone.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/control-room-phone-job.png")));

        phone.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Clear").setExact(true))
                .tap();
        assertThat(phone.locator("#clear-confirm")).isVisible();
        assertThat(phone.locator("#clear-confirm"))
                .containsText("Clear " + callsign + " from " + call.incidentReference());
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Not yet"))
                .tap();
        assertThat(phone.locator("#clear-confirm")).isHidden();
        assertThat(phone.locator("#unit-status")).hasText("Committed");
        phone.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Clear").setExact(true))
                .tap();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, clear"))
                .tap();
        assertThat(phone.locator("#unit-status")).hasText("Available");
        assertThat(phone.locator("main")).not().containsText(call.incidentReference());
    }
}
