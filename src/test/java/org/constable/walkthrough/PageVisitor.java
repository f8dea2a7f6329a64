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

    /** What the page links to: its navigation, every other link, downloads, and searches its forms make. */
    record Links(List<String> nav, List<String> further, List<String> downloads, List<String> searches) {}

    /** What a user types into a search form: a common demo surname, and a purpose where one is asked. */
    static final String DEMO_SURNAME = "Smith";

    private static final Map<String, String> SEARCH_FIELDS = Map.of("q", DEMO_SURNAME, "surname", DEMO_SURNAME);
    private static final Map<String, String> OTHER_FIELDS = Map.of("purpose", "Incident response");

    private static final String LINKS = """
            (fill) => {
              const hrefs = sel => Array.from(document.querySelectorAll(sel)).map(a => a.href);
              const searches = Array.from(document.querySelectorAll('form'))
                .filter(f => (f.getAttribute('method') || 'get').toLowerCase() === 'get')
                .filter(f => Object.keys(fill.search).some(n => f.elements.namedItem(n)))
                .map(f => {
                  const url = new URL(f.action, location.href);
                  for (const [name, value] of new FormData(f)) {
                    url.searchParams.append(name, fill.search[name] || value || fill.other[name] || '');
                  }
                  return url.href;
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
              return Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > width + 1)
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
        problems.clear();
        try {
            page.navigate(url);
        } catch (PlaywrightException e) {
            problems.add("could not be opened: " + firstLine(e.getMessage()));
            report(url);
            return new Links(List.of(), List.of(), List.of(), List.of());
        }
        return checkCurrent(url);
    }

    /** Checks the page now shown (after a navigation or a form the caller submitted) and returns its links. */
    @SuppressWarnings("unchecked")
    Links checkCurrent(String url) {
        visits++;
        settle();
        String path = URI.create(page.url()).getPath();
        if (!page.url().startsWith(base)) {
            problems.add("left the application for " + page.url());
        } else if (path.startsWith("/login") && !URI.create(url).getPath().startsWith("/login")) {
            problems.add("was sent to sign in again (" + page.url() + ")");
        }
        try {
            axe.violations(page).forEach(v -> problems.add("axe " + v));
        } catch (PlaywrightException e) {
            problems.add("axe-core could not check the page: " + firstLine(e.getMessage()));
        }
        if (viewing.phone()) {
            List<String> wide = (List<String>) page.evaluate(WIDER_THAN_SCREEN);
            if (!wide.isEmpty()) {
                problems.add("scrolls sideways on a " + viewing.width() + " px phone: " + String.join("; ", wide));
            }
        }
        Links links;
        try {
            Map<String, Object> found =
                    (Map<String, Object>) page.evaluate(LINKS, Map.of("search", SEARCH_FIELDS, "other", OTHER_FIELDS));
            links = new Links(
                    (List<String>) found.get("nav"),
                    (List<String>) found.get("further"),
                    (List<String>) found.get("downloads"),
                    (List<String>) found.get("searches"));
        } catch (PlaywrightException e) {
            links = new Links(List.of(), List.of(), List.of(), List.of());
        }
        report(url);
        return links;
    }

    /**
     * Waits for the page's own requests (htmx fragments loaded on load, charts' data) to finish:
     * quiet for 300 ms, at most 5 s. A live board's event stream never finishes and is not waited for.
     */
    private void settle() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        long quietSince = -1;
        while (System.nanoTime() < deadline) {
            page.waitForTimeout(50); // lets Playwright deliver the page's events
            if (inFlight.isEmpty()) {
                if (quietSince < 0) {
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince > 300_000_000L) {
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
