package org.constable.walkthrough;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One browser context (one role, one theme, one screen) that opens pages and checks each as a
 * user meets it: every response of the page, its sub-resources and its htmx requests below 400;
 * no console error (a refused inline style or script under the content security policy is one);
 * no uncaught script error; axe-core clean for WCAG 2.2 AA; on a phone, no sideways scrolling.
 */
final class PageVisitor implements AutoCloseable {

    /** What the page links to: its navigation, every other link, downloads, and the search forms on it. */
    record Links(List<String> nav, List<String> further, List<String> downloads, List<Search> searches) {}

    /** A search form on a page: its place among the page's forms, and the address its search for a demo name gives. */
    record Search(int form, String url) {}

    /** What a user types into a search form: a common demo surname, and a purpose where one is asked. */
    static final String DEMO_SURNAME = "Smith";

    private static final Map<String, String> SEARCH_FIELDS = Map.of("q", DEMO_SURNAME, "surname", DEMO_SURNAME);
    private static final Map<String, String> OTHER_FIELDS = Map.of("purpose", "Incident response");

    private static final String LINKS = """
            (fill) => {
              const hrefs = sel => Array.from(document.querySelectorAll(sel)).map(a => a.href);
              const searches = Array.from(document.querySelectorAll('form'))
                .map((f, i) => ({ f: f, i: i }))
                .filter(x => (x.f.getAttribute('method') || 'get').toLowerCase() === 'get')
                .filter(x => Object.keys(fill.search).some(n => x.f.elements.namedItem(n)))
                .map(x => {
                  const url = new URL(x.f.action, location.href);
                  for (const [name, value] of new FormData(x.f)) {
                    url.searchParams.append(name, fill.search[name] || value || fill.other[name] || '');
                  }
                  return { form: x.i, url: url.href };
                });
              return {
                nav: hrefs('nav.main a[href]'),
                further: hrefs('a[href]:not([download])'),
                downloads: hrefs('a[href][download]'),
                searches: searches
              };
            }
            """;

    private static final String WIDER_THAN_SCREEN = """
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width + 1) { return []; }
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.classList.length ? '.' + Array.from(e.classList).join('.') : '');
              const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                  if (getComputedStyle(p).overflowX !== 'visible') { return true; } } return false; };
              return Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > width + 1 && !clipped(e))
                .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > width + 1))
                .slice(0, 4)
                .map(e => name(e) + ' reaches ' + Math.round(e.getBoundingClientRect().right) + ' px');
            }
            """;

    private final String who;
    private final Viewing viewing;
    private final String base;
    private final AxeCore axe;
    private final Findings findings;
    private final BrowserContext context;
    private final Page page;
    /**
     * springdoc's Swagger UI, the API explorer for developers, is served as its WebJar ships it: it is
     * walked for its answers and script errors, but its markup, colours and inline styles are not
     * ours to change, so axe-core and refused inline styles are not held against it (ADR 0051).
     */
    static final List<String> THIRD_PARTY = List.of("/api/v1/docs", "/api/v1/swagger-ui/");

    /** Time spent in each part of a visit, over the whole walk, in nanoseconds. */
    static final java.util.concurrent.atomic.LongAdder NAVIGATING = new java.util.concurrent.atomic.LongAdder(),
            SETTLING = new java.util.concurrent.atomic.LongAdder(),
            AXE = new java.util.concurrent.atomic.LongAdder(),
            READING = new java.util.concurrent.atomic.LongAdder();

    private final Set<Request> inFlight = ConcurrentHashMap.newKeySet();
    private final List<String> problems = new ArrayList<>();
    private int visits;

    PageVisitor(
            Browser browser, String who, Viewing viewing, Path signedIn, String base, AxeCore axe, Findings findings) {
        this.who = who;
        this.viewing = viewing;
        this.base = base;
        this.axe = axe;
        this.findings = findings;
        this.context = browser.newContext(viewing.contextOptions(signedIn));
        this.context.setDefaultTimeout(30_000);
        this.page = context.newPage();
        page.onRequest(r -> {
            if (!"eventsource".equals(r.resourceType())) {
                inFlight.add(r);
            }
        });
        page.onRequestFinished(inFlight::remove);
        page.onRequestFailed(r -> {
            inFlight.remove(r);
            String failure = r.failure();
            // a request cut off because the user moved on is no fault; anything else (refused, reset) is
            if (failure != null && !failure.contains("ERR_ABORTED")) {
                problems.add("request failed: " + r.method() + " " + r.url() + " (" + failure + ")");
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400) {
                problems.add("HTTP " + r.status() + " for " + r.request().method() + " " + r.url());
            }
        });
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                problems.add("console error: " + m.text()
                        + (m.location() == null || m.location().isBlank() ? "" : " (at " + m.location() + ")"));
            }
        });
        page.onPageError(e -> problems.add("script error: " + e));
    }

    Page page() {
        return page;
    }

    BrowserContext context() {
        return context;
    }

    int visits() {
        return visits;
    }

    /** Opens the address as a user following a link would, checks the page, and returns its links. */
    Links visit(String url) {
        return visit(url, true);
    }

    /** Opens and checks the page; reads its links only when asked (the walk needs them once per role). */
    Links visit(String url, boolean readLinks) {
        problems.clear();
        long t0 = System.nanoTime();
        try {
            page.navigate(url);
        } catch (PlaywrightException e) {
            problems.add("could not be opened: " + firstLine(e.getMessage()));
            report(url);
            return new Links(List.of(), List.of(), List.of(), List.of());
        } finally {
            NAVIGATING.add(System.nanoTime() - t0);
        }
        return checkCurrent(url, readLinks);
    }

    /**
     * Searches as a user does on the page now shown: types a demo surname into the form's search box
     * (and a purpose where one is asked and empty), presses Enter, and checks what comes back, htmx
     * swap and all; returns the links of the result.
     */
    Links search(Search search) {
        problems.clear();
        com.microsoft.playwright.Locator form = page.locator("form").nth(search.form());
        com.microsoft.playwright.Locator box = null;
        for (Map.Entry<String, String> field : SEARCH_FIELDS.entrySet()) {
            com.microsoft.playwright.Locator input = form.locator("[name='" + field.getKey() + "']");
            if (input.count() > 0) {
                input.first().fill(field.getValue());
                box = input.first();
            }
        }
        for (Map.Entry<String, String> field : OTHER_FIELDS.entrySet()) {
            com.microsoft.playwright.Locator input = form.locator("[name='" + field.getKey() + "']");
            if (input.count() > 0 && input.first().inputValue().isBlank()) {
                input.first().fill(field.getValue());
            }
        }
        box.press("Enter");
        page.waitForTimeout(100); // the search starts after the key is let go
        return checkCurrent(search.url(), true);
    }

    /** Checks the page now shown (after a navigation or a form the caller submitted) and returns its links. */
    Links checkCurrent(String url) {
        return checkCurrent(url, true);
    }

    @SuppressWarnings("unchecked")
    private Links checkCurrent(String url, boolean readLinks) {
        visits++;
        long t0 = System.nanoTime();
        settle();
        long t1 = System.nanoTime();
        SETTLING.add(t1 - t0);
        String path = URI.create(page.url()).getPath();
        boolean thirdParty = THIRD_PARTY.stream().anyMatch(path::startsWith);
        if (!page.url().startsWith(base)) {
            problems.add("left the application for " + page.url());
        } else if (path.startsWith("/login") && !URI.create(url).getPath().startsWith("/login")) {
            problems.add("was sent to sign in again (" + page.url() + ")");
        }
        if (thirdParty) {
            problems.removeIf(p -> p.startsWith("console error: Applying inline style violates"));
        } else {
            try {
                axe.violations(page).forEach(v -> problems.add("axe " + v));
            } catch (PlaywrightException e) {
                problems.add("axe-core could not check the page: " + firstLine(e.getMessage()));
            }
        }
        long t2 = System.nanoTime();
        AXE.add(t2 - t1);
        if (viewing.phone() && !thirdParty) {
            List<String> wide = (List<String>) page.evaluate(WIDER_THAN_SCREEN);
            if (!wide.isEmpty()) {
                problems.add("scrolls sideways on a " + viewing.width() + " px phone: " + String.join("; ", wide));
            }
        }
        Links links = new Links(List.of(), List.of(), List.of(), List.of());
        try {
            if (!readLinks) {
                return links;
            }
            Map<String, Object> found =
                    (Map<String, Object>) page.evaluate(LINKS, Map.of("search", SEARCH_FIELDS, "other", OTHER_FIELDS));
            links = new Links(
                    (List<String>) found.get("nav"),
                    (List<String>) found.get("further"),
                    (List<String>) found.get("downloads"),
                    ((List<Map<String, Object>>) found.get("searches"))
                            .stream()
                                    .map(m -> new Search(((Number) m.get("form")).intValue(), (String) m.get("url")))
                                    .toList());
        } catch (PlaywrightException e) {
            problems.add("its links could not be read: " + firstLine(e.getMessage()));
        } finally {
            report(url);
            READING.add(System.nanoTime() - t2);
        }
        return links;
    }

    /**
     * Waits for the page's own requests (htmx fragments loaded on load, charts' data) to finish:
     * quiet for 150 ms, at most 5 s. A live board's event stream never finishes and is not waited for.
     */
    private void settle() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        long quietSince = -1;
        while (System.nanoTime() < deadline) {
            page.waitForTimeout(25); // lets Playwright deliver the page's events
            if (inFlight.isEmpty()) {
                if (quietSince < 0) {
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince > 150_000_000L) {
                    return;
                }
            } else {
                quietSince = -1;
            }
        }
    }

    private void report(String url) {
        page.waitForTimeout(0); // deliver what is still queued
        for (String problem : List.copyOf(problems)) {
            findings.add(who, viewing, url, problem);
        }
        problems.clear();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public void close() {
        context.close();
    }
}
