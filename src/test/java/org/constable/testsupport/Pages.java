package org.constable.testsupport;

import com.microsoft.playwright.Page;
import java.util.List;
import org.assertj.core.api.Assertions;

/** Checks the browser tests make on any page: no console or page error, no sideways scroll. */
public final class Pages {

    private Pages() {}

    /** Collects console errors and uncaught page errors of the page into {@code problems}. */
    public static Page watched(Page page, String who, List<String> problems) {
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                problems.add(who + " console: " + m.text() + " @ " + m.location());
            }
        });
        page.onPageError(e -> problems.add(who + " page error: " + e));
        return page;
    }

    public static void assertNoSidewaysScroll(Page page) {
        Object overflow =
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assertions.assertThat(((Number) overflow).intValue())
                .as("sideways overflow")
                .isLessThanOrEqualTo(0);
    }

    /** The page's visible text, for checking that no code or instant is shown. */
    public static String text(Page page, String selector) {
        return (String) page.evaluate("s => document.querySelector(s).innerText", selector);
    }
}
