package org.constable.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.security.RestrictedWorld.enc;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constable.identity.Role;
import org.constable.identity.domain.RolePermissions;
import org.constable.security.RandomRestrictedWorld.Marked;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.CovertScene;
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
 * The covert canary (ADR 0101): a marker string in every field of a covert operation, of a directed
 * surveillance authorisation (with a review and a use) and of an intelligence report filed in the
 * operation (text, place, conditions, risk, sanitised text). Then, as a user of every role who is
 * not a member: every GET endpoint of the OpenAPI document (the canary's ids and a world's ordinary
 * ids in every path variable, the marker typed into every search), the pages of a random world, every
 * page reachable from the home page's links, every event stream briefly, the open-data export, and
 * error paths (hidden ids against missing ones, bad ids, a missing purpose): no byte of the marker,
 * and a hidden record answers exactly as a missing one. Counts: the person the canary report names
 * shows the same intelligence as a person nobody reported on. The positive control: the members see
 * it all, so the check can fail.
 */
@ConstableHttpTest
class CovertCanaryTest {

    private static final String PURPOSE = "purpose=" + enc("Canary walk");

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
    void noNonMemberOfAnyRoleLearnsAByteOfACovertOperation() throws Exception {
        long seed = System.nanoTime();
        Api api = new Api(port);
        String marker = "Cnry"
                + Long.toString(Math.abs(new Random(seed).nextLong()), 36).replaceAll("[0-9]", "q");
        List<Role> everyRole = List.of(Role.values());
        RandomRestrictedWorld world = new RandomRestrictedWorld(seed, api, users, db, clock, control, everyRole);
        long export = world.publishOpenData();

        CovertScene scene = new CovertScene(api, users, marker);
        long person = person(api, scene.investigatorToken, "Ada", "Plain" + marker.substring(4, 9));
        long untouched = person(api, scene.investigatorToken, "Bea", "Other" + marker.substring(4, 9));
        long authorisation = scene.authorise(marker, true);
        scene.work(marker);
        long report = scene.report(marker, person);

        Leaks leaks = new Leaks(List.of(
                new Marked("operation", scene.operation, true, List.of(marker), marker),
                new Marked("authorisation", authorisation, true, List.of(marker), marker),
                new Marked("report", report, true, List.of(marker), marker)));
        membersSeeIt(api, scene, marker, person);

        OpenApiWalk walk = new OpenApiWalk(api, mappings, clock)
                .alsoWith("/api/v1/covert/operations/{id}", List.of(scene.operation))
                .alsoWith("/api/v1/covert/authorisations/{id}", List.of(authorisation))
                .alsoWith("/api/v1/intelligence/reports/{id}", List.of(report))
                .alsoWith("/api/v1/intelligence/reports/{id}/original", List.of(report))
                .alsoWith("/api/v1/intelligence/persons/{id}", List.of(person))
                .alsoWith("/api/v1/persons/{id}", List.of(person))
                .alsoSearching(marker);
        PageWalk pages = new PageWalk(walk);
        for (int i = 0; i < world.viewers.size(); i++) {
            TestUser viewer = world.viewers.get(i);
            Set<Role> roles = Set.of(world.viewerRoles.get(i));
            String token = api.token(users, viewer);
            walk.everyGet(token, roles, world, export, leaks);
            FormBrowser browser = new FormBrowser(port);
            browser.signIn(users, viewer);
            pages.everyPage(browser, roles, world, leaks);
            crawl(browser, roles, scene, report, leaks);
            streams(api, token, roles, walk, leaks);
            hiddenLooksMissing(api, token, roles, scene.operation, authorisation, report, leaks);
            countsAreTheSame(api, token, roles, person, untouched, leaks);
        }
        System.out.println("Covert canary " + marker + ": " + leaks.checked() + " answers checked as "
                + everyRole.size() + " non-member roles");
        assertThat(leaks.found()).as("seed " + seed).isEmpty();
    }

    /** The positive control: the members read every field the walk looks for. */
    private void membersSeeIt(Api api, CovertScene scene, String marker, long person) {
        var op = api.get("/api/v1/covert/operations/" + scene.operation + "?" + PURPOSE, scene.seniorToken);
        assertThat(op.body()).contains(marker + "N", marker + "P");
        var a = api.get("/api/v1/covert/authorisations/" + scene.authorisation + "?" + PURPOSE, scene.officerToken);
        assertThat(a.body()).contains(marker + "G", marker + "Y", marker + "R", marker + "A", marker + "V");
        var r = api.get("/api/v1/intelligence/reports/" + scene.report + "?" + PURPOSE, scene.analystToken);
        assertThat(r.body()).contains(marker + "S", marker + "C");
        var picture = api.get("/api/v1/intelligence/persons/" + person + "?" + PURPOSE, scene.analystToken);
        assertThat(Json.read(picture.body()).get("count").asInt())
                .as(picture.body())
                .isEqualTo(1);
        var due = api.get("/api/v1/covert/due?" + PURPOSE, scene.officerToken);
        assertThat(due.status()).as(due.body()).isEqualTo(200);
    }

    private static long person(Api api, String token, String forename, String surname) {
        var created = api.post(
                "/api/v1/persons", token, "{\"forename\":\"" + forename + "\",\"surname\":\"" + surname + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Json.read(created.body()).get("id").asLong();
    }

    /** Every page reachable by links from the home page (same site, GET), and the covert ids typed in. */
    private void crawl(FormBrowser browser, Set<Role> roles, CovertScene scene, long report, Leaks leaks) {
        Deque<String> queue = new ArrayDeque<>(List.of(
                "/",
                "/intelligence/reports/" + report + "?" + PURPOSE,
                "/covert/operations/" + scene.operation + "?" + PURPOSE,
                "/search?q=" + enc("Cnry") + "&" + PURPOSE));
        Set<String> seen = new HashSet<>(queue);
        Pattern href = Pattern.compile("href=\"(/[^\"#]*)\"");
        int visited = 0;
        while (!queue.isEmpty() && visited < 120) {
            String url = queue.poll();
            var r = browser.get(url);
            visited++;
            leaks.check("page " + url + " as " + roles, new Api.Response(r.statusCode(), r.body(), r.headers()), null);
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            Matcher m = href.matcher(r.body());
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                String path = link.toLowerCase(Locale.ROOT);
                if (path.startsWith("/css")
                        || path.startsWith("/js")
                        || path.startsWith("/sign-out")
                        || path.contains("logout")
                        || path.contains("stream")
                        || path.startsWith("/webjars")
                        || path.endsWith(".css")
                        || path.endsWith(".js")
                        || path.endsWith(".png")
                        || path.endsWith(".svg")
                        || path.endsWith(".ico")) {
                    continue;
                }
                if (seen.add(link)) {
                    queue.add(link);
                }
            }
        }
    }

    /** Each event stream the role may open, read briefly. */
    private void streams(Api api, String token, Set<Role> roles, OpenApiWalk walk, Leaks leaks)
            throws InterruptedException {
        for (OpenApiGets.Endpoint e : OpenApiGets.read(api)) {
            if (!e.stream() || e.path().contains("{") || !RolePermissions.grants(roles, walk.permissionOf(e.path()))) {
                continue;
            }
            try (Api.EventStream s = api.openStream(e.path(), token)) {
                leaks.checkText(
                        "GET " + e.path() + " as " + roles,
                        String.join("\n", s.linesWithin(Duration.ofMillis(300))),
                        null);
            }
        }
    }

    /** A hidden operation, authorisation and report answer exactly as missing ones, bad ids and purposes too. */
    private void hiddenLooksMissing(
            Api api, String token, Set<Role> roles, long operation, long authorisation, long report, Leaks leaks) {
        long[][] pairs = {
            {operation, operation ^ 0x5a5a5a}, {authorisation, authorisation ^ 0x5a5a5a}, {report, report + 9_000_000}
        };
        String[] paths = {
            "/api/v1/covert/operations/", "/api/v1/covert/authorisations/", "/api/v1/intelligence/reports/"
        };
        for (int i = 0; i < paths.length; i++) {
            for (String query : new String[] {"", "?" + PURPOSE, "?purpose=", "?" + PURPOSE + "&page=-1&size=x"}) {
                var hidden = api.get(paths[i] + pairs[i][0] + query, token);
                var missing = api.get(paths[i] + pairs[i][1] + query, token);
                leaks.check("GET " + paths[i] + "{hidden}" + query + " as " + roles, hidden, null);
                if (!Leaks.comparable(hidden, pairs[i][0]).equals(Leaks.comparable(missing, pairs[i][1]))
                        || !hidden.headers()
                                .map()
                                .keySet()
                                .equals(missing.headers().map().keySet())) {
                    leaks.add("GET " + paths[i] + "{id}" + query + " as " + roles + " tells hidden from missing: "
                            + hidden.status() + " " + hidden.body() + " vs " + missing.status() + " " + missing.body());
                }
            }
            for (String bad : new String[] {"abc", "-1", "99999999999999999999"}) {
                leaks.check(
                        "GET " + paths[i] + bad + " as " + roles, api.get(paths[i] + bad + "?" + PURPOSE, token), null);
            }
        }
        for (String post : new String[] {
            "/api/v1/covert/operations/" + operation + "/members",
            "/api/v1/covert/operations/" + operation + "/authorisations",
            "/api/v1/covert/authorisations/" + authorisation + "/uses"
        }) {
            var r = api.post(post, token, "{\"userId\":1,\"activity\":\"x\"}");
            leaks.check("POST " + post + " as " + roles, r, null);
            assertThat(r.status()).as(post + " " + r.body()).isIn(403, 404);
        }
    }

    /** The person the canary report names shows what a person nobody reported on shows. */
    private void countsAreTheSame(Api api, String token, Set<Role> roles, long person, long control, Leaks leaks) {
        if (!RolePermissions.grants(roles, org.constable.identity.Permission.INTELLIGENCE_READ)) {
            return;
        }
        var named = api.get("/api/v1/intelligence/persons/" + person + "?" + PURPOSE, token);
        var nobody = api.get("/api/v1/intelligence/persons/" + control + "?" + PURPOSE, token);
        String a = named.body().replaceAll("(?<![0-9])" + person + "(?![0-9])", "ID");
        String b = nobody.body().replaceAll("(?<![0-9])" + control + "(?![0-9])", "ID");
        if (named.status() != nobody.status() || !a.equals(b)) {
            leaks.add(
                    "intelligence on the person the canary report names differs for " + roles + ": " + a + " vs " + b);
        }
        var ops = api.get("/api/v1/covert/operations?" + PURPOSE, token);
        if (!ops.body().equals("[]")) {
            leaks.add("a non-member's list of operations is not empty: " + ops.body());
        }
    }
}
