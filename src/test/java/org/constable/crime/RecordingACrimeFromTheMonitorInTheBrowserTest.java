package org.constable.crime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.constable.contact.application.CallTaking;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.Level;
import org.constable.contact.domain.ThriveAssessment;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.identity.CurrentActor;
import org.constable.identity.Role;
import org.constable.people.application.PersonRecords;
import org.constable.people.domain.PersonDetails;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The crime registrar opens the NCRS monitor on a phone-sized screen, sees an incident closed as a
 * crime waiting on its 24-hour clock, records the crime from it, and the queue shrinks by one.
 * Any console or page error fails the test.
 */
@ConstableHttpTest
class RecordingACrimeFromTheMonitorInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CurrentActor actors;

    @Autowired
    CallTaking calls;

    @Autowired
    IncidentCommands incidents;

    @Autowired
    PersonRecords persons;

    @Autowired
    MutableClock clock;

    TestUsers.TestUser registrar;
    String incidentReference;
    long victimId;
    private final List<String> problems = new CopyOnWriteArrayList<>();

    @BeforeEach
    void seed() {
        Browser.requireChromium();
        registrar = users.create(Role.CRIME_REGISTRAR);
        var handler = actors.load(users.create(Role.CALL_HANDLER).username()).orElseThrow();
        var dispatcher = actors.load(users.create(Role.DISPATCHER).username()).orElseThrow();
        var investigator =
                actors.load(users.create(Role.INVESTIGATOR).username()).orElseThrow();
        victimId = persons.create(
                investigator,
                new PersonDetails(
                        "Rowan",
                        null,
                        "Thistledown" + System.nanoTime() % 10000,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false));
        var e = new ThriveAssessment.Element(Level.LOW, null);
        var call = calls.record(
                handler,
                new CallTaking.NewCall(
                        Channel.NON_EMERGENCY_101,
                        null,
                        null,
                        new CallTaking.Caller(true, null, null, null),
                        new CallTaking.Where(null, 51.4545, -2.5879, "Outside the corner shop"),
                        "Man punched outside the shop",
                        "ASSAULT",
                        new ThriveAssessment(e, e, e, e, e, e),
                        null,
                        null,
                        null,
                        null));
        incidents.close(dispatcher, call.incidentId(), "CRIME_VIOLENCE", "Victim has a cut lip");
        incidentReference = call.incidentReference();
    }

    @Test
    void theRegistrarRecordsACrimeFromAClosedIncidentAndTheQueueShrinks() {
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(new NewContextOptions()
                        .setViewportSize(360, 740)
                        .setIsMobile(true)
                        .setHasTouch(true))) {
            Page page = context.newPage();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    problems.add(m.text());
                }
            });
            page.onPageError(problems::add);
            page.navigate("http://localhost:" + port + "/crime-monitor");
            page.getByLabel("Username").fill(registrar.username());
            page.getByLabel("Password").fill(TestUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            page.locator("#code").fill(users.freshCode(registrar));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            page.navigate("http://localhost:" + port + "/crime-monitor");

            var row = page.locator("#queue tr[data-incident='" + incidentReference + "']");
            assertThat(row).containsText("due in 23 h");
            int before =
                    Integer.parseInt(page.locator("#queue-size").textContent().trim());

            row.getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions()
                                    .setName("Record a crime from " + incidentReference))
                    .click();
            assertThat(page.locator("h1")).hasText("Record a crime");
            page.getByLabel("Home Office classification").selectOption(new SelectOption().setValue("8N"));
            LocalDateTime from = LocalDateTime.ofInstant(clock.instant().minus(Duration.ofHours(2)), ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.MINUTES);
            page.getByLabel("Offence from").fill(from.toString());
            page.getByLabel("Offence to").fill(from.plusMinutes(5).toString());
            page.getByLabel("Narrative").fill("Punched once in the face; cut lip.");
            page.getByLabel("Victim 1 (person record number)").fill(Long.toString(victimId));
            page.getByLabel("Vulnerable or intimidated").first().check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the crime"))
                    .click();

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("recorded");
            assertThat(page.locator("h1")).containsText("8N Assault with injury");
            assertThat(page.locator("#crime-status")).hasText("Recorded");

            page.navigate("http://localhost:" + port + "/crime-monitor");
            assertThat(page.locator("#queue tr[data-incident='" + incidentReference + "']"))
                    .hasCount(0);
            assertThat(page.locator("#queue-size")).hasText(Integer.toString(before - 1));
            assertThat(page.locator("#rate-total")).isVisible();
            Object overflow =
                    page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                    .as("no sideways scrolling on a phone")
                    .isLessThanOrEqualTo(0);
        }
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }
}
