package org.constable.walkthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Playwright;
import java.util.List;
import org.constable.testsupport.Browser;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every role of the demo force signs in through the browser and walks every page the navigation
 * offers and every page one link further (person, address, vehicle, incident, crime pages...),
 * in the dark and the light theme, on a desk (1440x900) and a phone (360x780): no response of 400
 * or more, no console error (content security policy refusals included), axe-core clean for WCAG
 * 2.2 AA, no sideways scrolling on the phone, and no error on the application's console meanwhile.
 * A page added to the navigation, or linked from one, is walked without anyone adding it here.
 */
@ExtendWith(PackagedConstable.Extension.class)
@Order(2)
class EveryRoleWalkingEveryPageIT {

    @Test
    void every_role_walks_every_page_in_both_themes_on_a_desk_and_a_phone_without_a_fault(PackagedConstable app) {
        Browser.requireChromium();
        DemoLogins demo = app.demoLogins();
        List<DemoLogins.DemoLogin> roles = demo.onePerRole();
        AxeCore axe = AxeCore.fromClasspath();
        Findings findings = new Findings();
        int consoleFrom = app.consoleLineCount();
        long started = System.nanoTime();
        int visits = 0;
        StringBuilder timings = new StringBuilder();
        try (Playwright playwright = Playwright.create();
                com.microsoft.playwright.Browser browser = Browser.launch(playwright)) {
            for (int i = 0; i < roles.size(); i++) {
                long roleStarted = System.nanoTime();
                RoleWalk walk = new RoleWalk(browser, app.baseUrl(), axe, findings, demo.password());
                walk.walk(roles.get(i), Viewing.ALL.get(i % Viewing.ALL.size()));
                visits += walk.visits();
                timings.append(String.format(
                        "  %-34s %3d routes, %4d page visits, %5.1f s%n",
                        roles.get(i).role(), walk.routes(), walk.visits(), (System.nanoTime() - roleStarted) / 1e9));
            }
        }
        app.problemLinesAfter(consoleFrom)
                .forEach(line -> findings.add("the application's console", null, app.baseUrl(), line));
        System.out.printf(
                "Walked %d page visits for %d roles in %.1f s (axe-core %s):%n%s",
                visits, roles.size(), (System.nanoTime() - started) / 1e9, axe.version(), timings);

        assertThat(roles).as("demo roles listed on the console").hasSizeGreaterThanOrEqualTo(10);
        assertThat(findings.isEmpty())
                .as(
                        "%d faults met while walking every page (role [theme, screen] page, then the fault):%n%s",
                        findings.size(), findings.report())
                .isTrue();
    }
}
