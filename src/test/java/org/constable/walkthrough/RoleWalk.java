package org.constable.walkthrough;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.constable.identity.domain.Rfc6238Totp;

/**
 * One role's walk: sign in through the browser as the demo user of that role, open every page the
 * navigation offers (and what its search forms find for a common surname), then every page one
 * and two links further, one page per route (so {@code /people/12} and {@code /people/40} count
 * once); then open the same pages again in the other themes and screens, as the same user.
 */
final class RoleWalk {

    /**
     * How many links past the navigation (and its searches) the walk follows: one reaches a person
     * from the people list, two the person's address, vehicle and edit form.
     */
    static final int STEPS_PAST_THE_NAVIGATION = 2;

    /** Where a walk must not go: signing out would end the session the other contexts share. */
    private static final List<String> NOT_FOLLOWED = List.of("/logout", "/login");

    private final Browser browser;
    private final String base;
    private final AxeCore axe;
    private final Findings findings;
    private final String password;
    private String who;
    private int visits;
    private int routes;
    private List<String> walked = List.of();

    RoleWalk(Browser browser, String base, AxeCore axe, Findings findings, String password) {
        this.browser = browser;
        this.base = base;
        this.axe = axe;
        this.findings = findings;
        this.password = password;
    }

    int visits() {
        return visits;
    }

    int routes() {
        return routes;
    }

    /** The routes walked, as {@code /people/{id}?purpose}. */
    List<String> walked() {
        return walked;
    }

    /** Walks as the user, first in the given theme and screen (where they sign in), then in all the others. */
    void walk(DemoLogins.DemoLogin login, Viewing first) {
        who = login.role() + " (" + login.username() + ")";
        Path signedIn = tempFile();
        List<String> pages;
        try (PageVisitor visitor = new PageVisitor(browser, who, first, null, base, axe, findings)) {
            if (!signIn(visitor, login)) {
                return;
            }
            visitor.context().storageState(new BrowserContext.StorageStateOptions().setPath(signedIn));
            pages = discover(visitor);
            visits += visitor.visits();
        }
        routes = pages.size();
        walked = pages.stream().map(RoleWalk::route).toList();
        for (Viewing viewing : Viewing.ALL) {
            if (viewing.equals(first)) {
                continue;
            }
            try (PageVisitor visitor = new PageVisitor(browser, who, viewing, signedIn, base, axe, findings)) {
                pages.forEach(url -> visitor.visit(url, false));
                visits += visitor.visits();
            }
        }
        try {
            Files.deleteIfExists(signedIn);
        } catch (IOException ignored) {
            // a temporary file
        }
    }

    /**
     * Signs in as a user of the demo force does: the password from the console, the one-time code
     * the demo's code page shows. A code is good once; if an API client used this one already, the
     * next one comes 30 s later.
     */
    private boolean signIn(PageVisitor visitor, DemoLogins.DemoLogin login) {
        Page page = visitor.page();
        for (int attempt = 1; attempt <= 2; attempt++) {
            visitor.visit(base + "/login");
            page.getByLabel("Username").fill(login.username());
            page.getByLabel("Password").fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            page.waitForURL(url -> url.contains("/login/totp") || url.contains("/login?error"));
            if (page.url().contains("/login?error")) {
                findings.add(who, null, base + "/login", "the demo password from the console was refused");
                return false;
            }
            visitor.checkCurrent(base + "/login/totp");
            String code = page.locator("#demo-code").textContent().trim();
            page.locator("#code").fill(code);
            page.locator("#code").press("Enter");
            page.waitForURL(url -> !url.contains("/login/totp"));
            if (!page.url().contains("/login")) {
                return true;
            }
            awaitNextCode();
        }
        findings.add(who, null, base + "/login/totp", "the code the demo's code page shows was refused twice");
        return false;
    }

    private List<String> discover(PageVisitor visitor) {
        Map<String, String> pages = new LinkedHashMap<>(); // route -> the first address seen, null for a file
        List<String> further = new ArrayList<>();
        for (String url : open(visitor, base + "/", pages, further).nav()) {
            if (!followed(url) || pages.containsKey(route(url))) {
                continue;
            }
            List<PageVisitor.Search> searches =
                    open(visitor, url, pages, further).searches();
            for (int i = 0; i < searches.size(); i++) {
                PageVisitor.Search search = searches.get(i);
                if (pages.containsKey(route(search.url()))) {
                    continue;
                }
                if (i > 0) {
                    visitor.page().navigate(url); // back to the form
                }
                pages.put(route(search.url()), search.url()); // the other themes and screens open the result's address
                PageVisitor.Links found = visitor.search(search);
                further.addAll(found.further());
                further.addAll(found.downloads());
            }
        }
        for (int step = 1; step <= STEPS_PAST_THE_NAVIGATION; step++) {
            List<String> next = new ArrayList<>();
            for (String url : further) {
                if (!followed(url) || pages.containsKey(route(url))) {
                    continue;
                }
                if (isPage(visitor, withoutFragment(url))) {
                    open(visitor, url, pages, next);
                } else {
                    pages.put(route(url), null); // a file or a JSON document: fetched once, not opened as a page
                }
            }
            further = next;
        }
        return pages.values().stream().filter(u -> u != null).toList();
    }

    private PageVisitor.Links open(
            PageVisitor visitor, String address, Map<String, String> pages, List<String> further) {
        String url = withoutFragment(address);
        pages.put(route(url), url);
        PageVisitor.Links links = visitor.visit(url);
        further.addAll(links.further());
        further.addAll(links.downloads());
        return links;
    }

    /**
     * Whether the address is a page (HTML) rather than a file or a JSON document; a link that
     * answers 400 or more is a fault either way.
     */
    private boolean isPage(PageVisitor visitor, String url) {
        try {
            APIResponse response = visitor.context().request().get(url);
            String type = response.headers().getOrDefault("content-type", "");
            int status = response.status();
            response.dispose();
            if (status >= 400) {
                findings.add(who, null, url, "a link answers HTTP " + status);
                return false;
            }
            return type.startsWith("text/html");
        } catch (PlaywrightException e) {
            findings.add(who, null, url, "a link could not be fetched: " + e.getMessage());
            return false;
        }
    }

    private boolean followed(String url) {
        if (!url.startsWith(base)) {
            return false;
        }
        String path = URI.create(url).getPath();
        return NOT_FOLLOWED.stream().noneMatch(path::startsWith);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** The route of an address: numbers in the path as {id}, the query by its names only. */
    static String route(String url) {
        URI uri = URI.create(url);
        String path = Arrays.stream(uri.getPath().split("/", -1))
                .map(s -> s.matches("\\d+|[0-9a-fA-F-]{32,36}") ? "{id}" : s)
                .collect(Collectors.joining("/"));
        if (uri.getRawQuery() == null || uri.getRawQuery().isBlank()) {
            return path;
        }
        TreeSet<String> names = new TreeSet<>();
        for (String pair : uri.getRawQuery().split("&")) {
            names.add(pair.split("=", 2)[0]);
        }
        return path + "?" + String.join("&", names);
    }

    private static void awaitNextCode() {
        long step = Rfc6238Totp.stepAt(Instant.now());
        while (Rfc6238Totp.stepAt(Instant.now()) == step) {
            PackagedConstable.pause(Duration.ofMillis(250));
        }
    }

    private static Path tempFile() {
        try {
            return Files.createTempFile("constable-walk-", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
