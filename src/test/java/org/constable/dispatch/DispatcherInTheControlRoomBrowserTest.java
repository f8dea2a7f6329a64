package org.constable.dispatch;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.constable.testsupport.Pages.watched;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.constable.contact.domain.Level;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.dispatch.domain.AssignmentStatus;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.testsupport.Browser;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.ControlRoomScene;
import org.constable.testsupport.Pages;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Control-room acceptance on the dispatcher's desk, in real Chromium against the real application:
 * warnings and call details first on the incident page; any available unit can be sent, stood down
 * and re-assigned, and a public-order van is not sent first to a domestic; closing with a unit still
 * on offers to clear it; a place far outside the force gets no recommendation; words, not codes.
 */
@ConstableHttpTest
class DispatcherInTheControlRoomBrowserTest {

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

    TestUsers.TestUser dispatcher;
    Actor handler;
    ControlRoomScene.Scene scene;
    final List<String> problems = new CopyOnWriteArrayList<>();
    Playwright playwright;
    com.microsoft.playwright.Browser browser;

    @BeforeEach
    void scene() {
        Browser.requireChromium();
        dispatcher = users.create(Role.DISPATCHER);
        handler = actors.load(users.create(Role.CALL_HANDLER).username()).orElseThrow();
        scene = scenes.domesticAt(
                actors.load(users.create(Role.INVESTIGATOR).username()).orElseThrow());
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

    private Page desk(int width, int height) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(width, height));
        Page page = watched(context.newPage(), "dispatcher", problems);
        Browser.signIn(page, port, "/", users, dispatcher);
        return page;
    }

    private String at(long incidentId) {
        return "http://localhost:" + port + "/incidents/" + incidentId;
    }

    @Test
    void warningsAtThePlaceAndOnItsPeopleComeFirstThenTheCallerThriveAndPeople() {
        var call = scenes.callAt(handler, scene.locationId(), "DOMESTIC", "Dana Whitlow", List.of(scene.namedId()));
        Page page = desk(1440, 900);
        page.navigate(at(call.incidentId()));

        Locator warnings = page.locator("#incident-warnings");
        assertThat(warnings).containsText("Domestic abuse");
        assertThat(warnings).containsText("at the address");
        assertThat(warnings).containsText("Violence");
        assertThat(warnings).containsText(scene.residentName() + ", linked to the address");
        assertThat(warnings).containsText("Mental health");
        assertThat(warnings).containsText(scene.namedName());
        org.assertj.core.api.Assertions.assertThat(warnings.boundingBox().y)
                .as("warnings above everything else")
                .isLessThan(page.locator("h1").boundingBox().y);

        assertThat(page.locator("#calls")).containsText("Dana Whitlow");
        assertThat(page.locator("#calls")).containsText("07700 900456");
        assertThat(page.locator("#calls")).containsText(Pattern.compile("Threat:\\s*High — Knife mentioned"));
        assertThat(page.locator("#people")).containsText(scene.namedName());
        assertThat(page.locator("#people")).containsText("named in " + call.reference());
        String main = Pages.text(page, "main");
        org.assertj.core.api.Assertions.assertThat(main)
                .contains("Domestic incident")
                .doesNotContain("DOMESTIC", "EMERGENCY", "OPEN", "person " + scene.namedId())
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/control-room-incident-warnings.png"))
                .setFullPage(true));
    }

    @Test
    void theDispatcherSendsAnyUnitStandsDownReassignsAndClosesWithAUnitStillOn() {
        var area = scene.area();
        scenes.unit(CommandAndControl.callsign("PO"), "PUBLIC_ORDER_VAN", "public_order", area.offset(200, 0));
        String car = CommandAndControl.callsign("RC");
        scenes.unit(car, "RESPONSE_CAR", "", area.offset(1500, 0));
        for (int i = 1; i <= 6; i++) {
            scenes.unit(CommandAndControl.callsign("FR"), "RESPONSE_CAR", "", area.offset(2000 + 400 * i, 0));
        }
        String far = CommandAndControl.callsign("DG");
        scenes.unit(far, "DOG_VAN", "dog", area.offset(6000, 0));
        var domestic = scenes.callAt(handler, scene.locationId(), "DOMESTIC", "Dana Whitlow", List.of());
        var other = scenes.callAtPoint(
                handler, area.offset(0, 800).latitude(), area.offset(0, 800).longitude(), "ASSAULT", Level.HIGH);
        Page page = desk(1920, 1080);
        page.navigate(at(domestic.incidentId()));

        // no public-order van first for a domestic: the response car ranks first, the van says why it waits
        Locator recommended = page.locator("#recommendations li");
        assertThat(recommended.first()).containsText(car);
        assertThat(recommended.first()).containsText("Response car");
        assertThat(page.locator("#send li").filter(new Locator.FilterOptions().setHasText("Public-order van")))
                .containsText("held back");

        // any available unit, not only the top five: the dog van 6 km away is in the full list
        page.locator("#all-available summary").click();
        Locator dog = page.locator("#all-available li").filter(new Locator.FilterOptions().setHasText(far));
        assertThat(dog).containsText("Dog van");
        recommended.first().locator("input").uncheck();
        dog.locator("input").check();
        page.locator("#assign-button").click();
        Locator onIncident = page.locator("#incident-units");
        assertThat(onIncident).containsText(far + " Assigned");

        // un-assigned before it set off: the dog van is free again
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Un-assign " + far))
                .click();
        assertThat(onIncident).containsText(far + " Stood down");
        assertThat(page.locator("#incident-log")).containsText(far + " un-assigned");

        // the car goes, then is re-assigned to the assault across the road
        page.locator("#recommendations li")
                .filter(new Locator.FilterOptions().setHasText(car))
                .locator("input")
                .check();
        page.locator("#assign-button").click();
        assertThat(onIncident).containsText(car + " Assigned");
        page.getByLabel("Re-assign " + car + " to").selectOption(String.valueOf(other.incidentId()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-assign " + car))
                .click();
        assertThat(onIncident).containsText(car + " Stood down");
        assertThat(onIncident).containsText("re-assigned to " + other.incidentReference());

        // the assault closes with the car still on it: the page offers to clear it, it is no error page
        page.navigate(at(other.incidentId()));
        assertThat(page.locator("#incident-units")).containsText(car + " Assigned");
        page.locator("#classification").selectOption("CRIME_VIOLENCE");
        page.locator("#close-button").click();
        assertThat(page.locator("#close-form .error")).containsText("still assigned");
        assertThat(page.locator("h1")).containsText(other.incidentReference());
        page.getByLabel(Pattern.compile("Clear " + car + ", still on this incident, and close"))
                .check();
        page.locator("#close-button").click();
        assertThat(page.locator("h1")).containsText("Closed");
        assertThat(page.locator("#incident-log")).containsText(car + " cleared by the dispatcher on closing");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/control-room-units.png"))
                .setFullPage(true));
    }

    @Test
    void aCallFarOutsideTheForceAreaIsFlaggedAndNoUnitIsRecommended() {
        scenes.unit(CommandAndControl.callsign("RC"), "RESPONSE_CAR", "", scene.area());
        var biscay = scenes.callAtPoint(handler, 46.0, -3.0, "ASSAULT", Level.HIGH);
        Page page = desk(1440, 900);
        page.navigate(at(biscay.incidentId()));

        assertThat(page.locator("#no-recommendation")).containsText("Outside the force area");
        assertThat(page.locator("#no-recommendation")).containsText(Pattern.compile("\\d+ km beyond its boundary"));
        assertThat(page.locator("#recommendations")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(
                        page.locator("#all-available").evaluate("d => d.open"))
                .as("every available unit shown at once")
                .isEqualTo(true);
        assertThat(page.locator("#all-available li input").first()).isVisible();
    }

    @Test
    void labelsAndLocalTimesInsteadOfCodesAndASearchableClassificationPicker() {
        String car = CommandAndControl.callsign("RC");
        long unit = scenes.unit(car, "RESPONSE_CAR", "", scene.area());
        var welfare = scenes.callAt(handler, scene.locationId(), "CONCERN_FOR_WELFARE", "Kim Doe", List.of());
        Actor dispatch = actors.load(dispatcher.username()).orElseThrow();
        commands.assign(dispatch, welfare.incidentId(), List.of(unit));
        commands.progress(dispatch, unit, AssignmentStatus.EN_ROUTE);
        Page page = desk(1920, 1080);

        page.navigate("http://localhost:" + port + "/board");
        Locator row = page.locator("#incident-table tr.incident-row")
                .filter(new Locator.FilterOptions().setHasText(welfare.incidentReference()));
        assertThat(row).containsText("Concern for welfare");
        assertThat(row).containsText(car + " en route");
        assertThat(row.locator(".c-time")).containsText(Pattern.compile("^\\d{2}:\\d{2}"));
        assertThat(row.locator(".countdown")).hasText(Pattern.compile("^(\\d+ h )?\\d+ min left$"));
        org.assertj.core.api.Assertions.assertThat(Pages.text(page, "#live"))
                .doesNotContain("CONCERN_FOR_WELFARE", "EN_ROUTE", "RESPONSE_CAR")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");

        page.navigate(at(welfare.incidentId()));
        Locator filter = page.getByLabel("Filter the list below by words or code");
        filter.fill("welfare");
        assertThat(page.locator("#classification")).hasValue("CONCERN_FOR_WELFARE");
        filter.fill("rtc");
        assertThat(page.locator("#classification")).hasValue("RTC");
        filter.fill("crime viol");
        assertThat(page.locator("#classification")).hasValue("CRIME_VIOLENCE");
    }
}
