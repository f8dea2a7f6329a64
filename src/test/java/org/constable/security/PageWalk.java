package org.constable.security;

import static org.constable.security.RestrictedWorld.enc;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.constable.identity.Role;
import org.constable.identity.domain.RolePermissions;
import org.constable.security.RandomRestrictedWorld.Marked;
import org.constable.testsupport.Api;
import org.constable.testsupport.FormBrowser;

/**
 * The pages behind the API, signed in with a browser session: a person's, place's and vehicle's
 * pages, incidents, crimes, victim care, the board and the phone, the search pages with each
 * restricted marker typed in, the call-taking address finder and context panel. Each page goes to
 * {@link Leaks} as an API answer does.
 */
final class PageWalk {

    private static final String PURPOSE = "purpose=" + enc("Adversarial walk");

    private final OpenApiWalk guards;

    PageWalk(OpenApiWalk guards) {
        this.guards = guards;
    }

    void everyPage(FormBrowser browser, Set<Role> roles, RandomRestrictedWorld world, Leaks leaks) {
        for (Page page : pages(world)) {
            if (!RolePermissions.grants(roles, guards.permissionOf(page.template()))) {
                continue;
            }
            HttpResponse<String> r = browser.get(page.url());
            leaks.check(
                    "page " + page.url() + " as " + roles,
                    new Api.Response(r.statusCode(), r.body(), r.headers()),
                    page.echoed());
        }
    }

    record Page(String template, String url, String echoed) {}

    private static List<Page> pages(RandomRestrictedWorld world) {
        List<Page> pages = new ArrayList<>();
        for (String fixed : new String[] {
            "/board",
            "/board/live",
            "/officer",
            "/officer/live",
            "/crimes",
            "/crime-monitor",
            "/victim-care",
            "/victim-care/team",
            "/dashboards",
            "/open-data",
            "/people/duplicates",
            "/intelligence"
        }) {
            pages.add(new Page(fixed, fixed, null));
        }
        for (Marked p : world.persons) {
            pages.add(new Page("/people/{id}", "/people/" + p.id() + "?" + PURPOSE, null));
            pages.add(new Page("/search/people/{id}/linked", "/search/people/" + p.id() + "/linked?" + PURPOSE, null));
            pages.add(new Page(
                    "/search/people/{id}/incidents", "/search/people/" + p.id() + "/incidents?" + PURPOSE, null));
            pages.add(new Page(
                    "/intelligence/people/{id}/panel", "/intelligence/people/" + p.id() + "/panel?" + PURPOSE, null));
        }
        for (Marked l : world.locations) {
            pages.add(new Page("/locations/{id}", "/locations/" + l.id() + "?" + PURPOSE, null));
            pages.add(new Page("/calls/context-panel", "/calls/context-panel?locationId=" + l.id(), null));
            pages.add(new Page(
                    "/intelligence/locations/{id}/panel",
                    "/intelligence/locations/" + l.id() + "/panel?" + PURPOSE,
                    null));
        }
        for (long report : world.intelligence) {
            pages.add(new Page("/intelligence/reports/{id}", "/intelligence/reports/" + report + "?" + PURPOSE, null));
        }
        for (Marked v : world.vehicles) {
            pages.add(new Page("/vehicles/{id}", "/vehicles/" + v.id() + "?" + PURPOSE, null));
            pages.add(new Page(
                    "/intelligence/vehicles/{id}/panel",
                    "/intelligence/vehicles/" + v.id() + "/panel?" + PURPOSE,
                    null));
        }
        for (long incident : world.incidents) {
            pages.add(new Page("/incidents/{id}", "/incidents/" + incident + "?" + PURPOSE, null));
        }
        for (long crime : world.crimes) {
            pages.add(new Page("/crimes/{id}", "/crimes/" + crime + "?" + PURPOSE, null));
            pages.add(new Page("/victim-care/crimes/{crimeId}", "/victim-care/crimes/" + crime + "?" + PURPOSE, null));
        }
        for (Marked m : world.restricted()) {
            String word = m.searchable();
            pages.add(new Page("/search", "/search?q=" + enc(word) + "&" + PURPOSE, word));
            pages.add(new Page("/search/suggestions", "/search/suggestions?q=" + enc(word) + "&" + PURPOSE, word));
            if (m.type().equals("person")) {
                pages.add(new Page("/people", "/people?surname=" + enc(word) + "&" + PURPOSE, word));
            }
            if (m.type().equals("location")) {
                pages.add(new Page("/calls/addresses", "/calls/addresses?addressQuery=" + enc(word), word));
            }
            if (m.type().equals("person")) {
                pages.add(new Page("/calls/context-panel", "/calls/context-panel?personIds=" + m.id(), null));
            }
        }
        return pages;
    }
}
