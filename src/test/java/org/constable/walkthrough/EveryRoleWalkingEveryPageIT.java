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
 * offers and every page one and two links further (person, address, vehicle, incident, crime pages...),
 * in the dark and the light theme, on a desk (1440x900) and a phone (360x780): no response of 400
 * or more, no console error (content security policy refusals included), axe-core clean for WCAG
 * 2.2 AA, no sideways scrolling on the phone, and no error on the application's console meanwhile.
 * A page added to the navigation, or linked from one, is walked without anyone adding it here.
 */
@ExtendWith(PackagedConstable.Extension.class)
@Order(2)
class EveryRoleWalkingEveryPageIT {

    /**
     * The record pages and live views some role must reach from the navigation on every first start:
     * a walk that reaches none of them (the demo left no open incident one night, so the board linked
     * to nothing) passes for a whole walk while it misses whole pages.
     */
    private static final List<String> REACHED_BY_SOME_ROLE = List.of(
            "/board",
            "/officer",
            "/incidents/{id}",
            "/people/{id}",
            "/locations/{id}",
            "/vehicles/{id}",
            "/crimes/{id}",
            "/safeguarding/referrals/{id}");

    /** Every role in {@code org.constable.identity.Role} has a demo user. */
    private static final int ROLES = org.constable.identity.Role.values().length;

    /** A console line without its line number, time, process and thread, to count repeats of one message. */
    private static String withoutTimeAndThread(String numberedLine) {
        return numberedLine
                .substring(numberedLine.indexOf(':') + 1)
                .replaceFirst("^\\s*\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\s+(\\w+)\\s+\\d+ --- \\[[^]]*\\] \\[[^]]*\\]", "$1")
                .replaceAll("http-nio-\\d+-exec-\\d+", "http")
                .trim();
    }

    /**
     * All roles; while working on a page, {@code -Dconstable.walk.roles=Dispatcher,Supervisor}
     * walks only those (the test then fails, so a partial walk never passes for a whole one).
     */
    private static List<DemoLogins.DemoLogin> rolesToWalk(DemoLogins demo) {
        String only = System.getProperty("constable.walk.roles", "");
        if (only.isBlank()) {
            return demo.onePerRole();
        }
        List<String> wanted =
                java.util.Arrays.stream(only.split(",")).map(String::trim).toList();
        return demo.onePerRole().stream()
                .filter(l -> wanted.stream().anyMatch(w -> w.equalsIgnoreCase(l.role())))
                .toList();
    }

    @Test
    void every_role_walks_every_page_in_both_themes_on_a_desk_and_a_phone_without_a_fault(PackagedConstable app) {
        Browser.requireChromium();
        DemoLogins demo = app.demoLogins();
        List<DemoLogins.DemoLogin> roles = rolesToWalk(demo);
        AxeCore axe = AxeCore.fromClasspath();
        Findings findings = new Findings();
        int consoleFrom = app.consoleLineCount();
        long started = System.nanoTime();
        int visits = 0;
        java.util.Set<String> reached = new java.util.TreeSet<>();
        StringBuilder timings = new StringBuilder();
        try (Playwright playwright = Playwright.create();
                com.microsoft.playwright.Browser browser = Browser.launch(playwright)) {
            for (int i = 0; i < roles.size(); i++) {
                long roleStarted = System.nanoTime();
                RoleWalk walk = new RoleWalk(browser, app.baseUrl(), axe, findings, demo.password());
                walk.walk(roles.get(i), Viewing.ALL.get(i % Viewing.ALL.size()));
                visits += walk.visits();
                walk.walked().forEach(route -> reached.add(route.split("\\?", 2)[0]));
                timings.append(String.format(
                        "  %-34s %3d routes, %4d page visits, %5.1f s%n",
                        roles.get(i).role(), walk.routes(), walk.visits(), (System.nanoTime() - roleStarted) / 1e9));
                timings.append("    ").append(String.join(" ", walk.walked())).append('\n');
            }
        }
        // one line per distinct message, with how often it came: a page opened in four views logs its fault four times
        java.util.Map<String, Long> logged = app.problemLinesAfter(consoleFrom).stream()
                .filter(line -> !PackagedConstable.isStackFrame(line))
                .map(EveryRoleWalkingEveryPageIT::withoutTimeAndThread)
                .collect(java.util.stream.Collectors.groupingBy(
                        line -> line, java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
        logged.forEach((line, times) -> findings.add(
                "the application's console", null, app.baseUrl(), line + (times > 1 ? " (" + times + " times)" : "")));
        System.out.printf(
                "Walked %d page visits for %d roles in %.1f s (axe-core %s): navigating %.1f s, waiting for"
                        + " the page's requests %.1f s, axe-core %.1f s, reading links and width %.1f s%n%s",
                visits,
                roles.size(),
                (System.nanoTime() - started) / 1e9,
                axe.version(),
                PageVisitor.NAVIGATING.sum() / 1e9,
                PageVisitor.SETTLING.sum() / 1e9,
                PageVisitor.AXE.sum() / 1e9,
                PageVisitor.READING.sum() / 1e9,
                timings);

        assertThat(findings.isEmpty())
                .as(
                        "%d faults met while walking every page (role [theme, screen] page, then the fault):%n%s",
                        findings.size(), findings.report())
                .isTrue();
        assertThat(roles).as("demo roles listed on the console").hasSizeGreaterThanOrEqualTo(ROLES);
        assertThat(reached)
                .as("the record pages and live views the walk reached from the navigation")
                .containsAll(REACHED_BY_SOME_ROLE);
    }
}
