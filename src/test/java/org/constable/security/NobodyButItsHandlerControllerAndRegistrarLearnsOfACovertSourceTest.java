package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.security.RestrictedWorld.enc;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.identity.Permission;
import org.constable.identity.Role;
import org.constable.identity.domain.RolePermissions;
import org.constable.security.RandomRestrictedWorld.Marked;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.CovertSources;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.FormBrowser;
import org.constable.testsupport.Json;
import org.constable.testsupport.MutableClock;
import org.constable.testsupport.TestUsers;
import org.constable.testsupport.TestUsers.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The covert source canary (ADR 0104): marker strings in every field of a source (pseudonym, true
 * identity, authorisation grounds, review, contact summary and tasking); then, as a fresh user of every
 * role but the source registrar's (administrators, auditors, supervisors and analysts included, and
 * an investigator and a supervisor who handle and control other sources), every GET endpoint of the
 * OpenAPI document with the source's number, a number no source has and the ordinary world's ids, the
 * pages, the board's stream while the source is registered and met, and every error path: no byte of
 * any marker, the source's number named nowhere, and lists and queues exactly as they were before it
 * existed. The controls: its handler, its controller and a registrar see the pseudonym and the identity.
 */
@ConstableHttpTest
class NobodyButItsHandlerControllerAndRegistrarLearnsOfACovertSourceTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    MutableClock clock;

    @Autowired
    CommandAndControl control;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void noRoleButTheSourcesOwnPeopleLearnsAnythingOfIt() throws Exception {
        Api api = new Api(port);
        List<Role> outsiders = Arrays.stream(Role.values())
                .filter(r -> r != Role.SOURCE_REGISTRAR)
                .toList();
        long seed = System.nanoTime();
        RandomRestrictedWorld world = new RandomRestrictedWorld(seed, api, users, db, clock, control, outsiders);
        Map<Role, String> tokens = new EnumMap<>(Role.class);
        Map<Role, String> before = new EnumMap<>(Role.class);
        for (int i = 0; i < world.viewers.size(); i++) {
            Role role = world.viewerRoles.get(i);
            tokens.put(role, api.token(users, world.viewers.get(i)));
            before.put(role, listsAndQueues(api, tokens.get(role), role));
        }

        String mark = "Cnry" + Long.toString(Math.abs(seed), 36);
        List<String> markers = List.of(
                mark + "Pseudonym",
                mark + "Fullname",
                mark + "Address",
                mark + "Phone",
                mark + "Grounds",
                mark + "Review",
                mark + "Summary",
                mark + "Tasking");
        CovertSources team = new CovertSources(api, users);
        String dispatcher = api.token(users, users.create(Role.DISPATCHER));
        long source;
        List<String> boardLines;
        try (Api.EventStream board = api.openStream("/api/v1/board/stream", dispatcher)) {
            assertThat(board.status()).isEqualTo(200);
            source = team.register(
                    markers.get(0), markers.get(1), LocalDate.of(1969, 11, 29), markers.get(2), markers.get(3));
            team.authorise(source, markers.get(4));
            var reviewed = api.post(
                    "/api/v1/sources/" + source + "/reviews", team.registrarToken, CovertSources.text(markers.get(5)));
            assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(201);
            // the intelligence from the meeting goes in as an ordinary report, which names no source
            var report = api.post(
                    "/api/v1/intelligence/reports",
                    team.handlerToken,
                    "{\"text\":\"A van is used to move stolen tools\",\"sourceType\":\"MEMBER_OF_PUBLIC\"}");
            assertThat(report.status()).as(report.body()).isEqualTo(201);
            long reportId = Json.read(report.body()).get("id").asLong();
            world.intelligence.add(reportId);
            var met = team.meet(source, clock.instant(), markers.get(6), markers.get(7), reportId);
            assertThat(met.status()).as(met.body()).isEqualTo(201);
            boardLines = board.linesWithin(Duration.ofMillis(500));
        }
        world.sources.add(source);
        Marked canary = new Marked("source", source, true, markers, markers.get(0));
        Leaks leaks = new Leaks(List.of(canary));
        leaks.checkText("GET /api/v1/board/stream", String.join("\n", boardLines), null);

        OpenApiWalk walk = new OpenApiWalk(api, mappings, clock);
        PageWalk pages = new PageWalk(walk);
        for (int i = 0; i < world.viewers.size(); i++) {
            TestUser viewer = world.viewers.get(i);
            Role role = world.viewerRoles.get(i);
            String token = tokens.get(role);
            walk.everyGet(token, Set.of(role), world, 1L, leaks);
            FormBrowser browser = new FormBrowser(port);
            browser.signIn(users, viewer);
            pages.everyPage(browser, Set.of(role), world, leaks);
            errorsLookAlike(api, token, role, source, leaks);
            String after = listsAndQueues(api, token, role);
            if (!after.equals(before.get(role))) {
                leaks.add(
                        role + " is shown something more once the source exists: " + before.get(role) + " vs " + after);
            }
            leaks.checkText("lists and queues as " + role, after, null);
        }
        for (String token : List.of(team.handlerToken, team.controllerToken, team.registrarToken)) {
            var seen = team.read("/api/v1/sources/" + source, token);
            var identity = team.read("/api/v1/sources/" + source + "/identity", token);
            if (!seen.body().contains(markers.get(0)) || !identity.body().contains(markers.get(1))) {
                leaks.add("a source's own people do not see it: " + seen.status() + " " + identity.status());
            }
        }
        System.out.println("Covert source canary, seed " + seed + ": " + leaks.checked() + " answers checked");
        assertThat(leaks.found()).isEmpty();
    }

    /**
     * The source's number answers exactly as a number no source has, on every GET and POST of the
     * source's own addresses (403 for a role that may not work sources at all, 404 for the rest).
     */
    private static void errorsLookAlike(Api api, String token, Role role, long source, Leaks leaks) {
        long missing = source + 5_000_000;
        List<String[]> calls = new ArrayList<>();
        for (String tail : new String[] {"", "/identity"}) {
            calls.add(new String[] {"GET", tail + "?purpose=" + enc("Checking a source")});
            calls.add(new String[] {"GET", tail});
        }
        for (String tail : new String[] {"/authorisations", "/reviews", "/cancellation", "/contacts"}) {
            calls.add(new String[] {"POST", tail});
        }
        for (String[] call : calls) {
            String body = call[0].equals("POST") ? "{\"text\":\"x\",\"summary\":\"x\"}" : null;
            var hidden = api.send(call[0], "/api/v1/sources/" + source + call[1], token, body);
            var absent = api.send(call[0], "/api/v1/sources/" + missing + call[1], token, body);
            leaks.check(call[0] + " /api/v1/sources/{source}" + call[1] + " as " + role, hidden, null);
            if (!Leaks.comparable(hidden, source).equals(Leaks.comparable(absent, missing))) {
                leaks.add(call[0] + " /api/v1/sources/{id}" + call[1] + " as " + role
                        + " tells the source from a missing one: " + hidden.status() + " " + hidden.body() + " vs "
                        + absent.status() + " " + absent.body());
            }
        }
    }

    /** What a role is shown of sources at all: the register and the due queue (where it may work sources). */
    private static String listsAndQueues(Api api, String token, Role role) {
        if (!RolePermissions.grants(Set.of(role), Permission.SOURCE_WORK)) {
            return "";
        }
        String purpose = "?purpose=" + enc("Source management");
        return api.get("/api/v1/sources" + purpose, token).body() + " "
                + api.get("/api/v1/sources/due" + purpose, token).body();
    }
}
