package org.constable.testsupport;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, with no browser download. Where Chromium is not installed
 * the browser tests are skipped with a message, except when CONSTABLE_REQUIRE_BROWSER=1 (CI), where
 * they fail.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Browser() {}

    public static com.microsoft.playwright.Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    /** Opens {@code path}, is sent to sign in, and signs in with password and a fresh TOTP code; ends on the home page. */
    public static void signIn(
            com.microsoft.playwright.Page page, int port, String path, TestUsers users, TestUsers.TestUser user) {
        page.navigate("http://localhost:" + port + path);
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestUsers.PASSWORD);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Continue"))
                .click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByRole(
                        com.microsoft.playwright.options.AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("One-time code")))
                .isVisible();
        page.locator("#code").fill(users.freshCode(user));
        // submitted from the keyboard: on a narrow touch screen the focused code field can cover the button
        page.locator("#code").press("Enter");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("h1"))
                .containsText("Welcome");
        page.waitForLoadState(); // the shortcut listener comes with a deferred script
    }

    public static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "1".equals(System.getenv("CONSTABLE_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(
                    "Chromium is required here but " + CHROMIUM + " is missing: apt-get install -y chromium");
        }
        Assumptions.assumeTrue(
                present, "Browser tests skipped: install Debian's chromium (apt-get install -y chromium) to run them.");
    }

    /** Signs the user in with password and TOTP on the page's sign-in form (the page must show it). */
    public static void signIn(Page page, TestUsers users, TestUsers.TestUser user) {
        page.getByLabel("Username").fill(user.username());
        page.getByLabel("Password").fill(TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        page.locator("#code").fill(users.freshCode(user));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForLoadState();
    }

    /** A desk browser (1440x900), or a phone (360x780, touch) for the pages a user carries. */
    public static com.microsoft.playwright.Browser.NewContextOptions deskOrPhone(boolean phone) {
        return phone
                ? new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(360, 780)
                        .setIsMobile(true)
                        .setHasTouch(true)
                : new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1440, 900);
    }

    /** Signs the user in on the way to {@code path} and opens it: the page the user meant to reach. */
    public static Page signedInAt(
            com.microsoft.playwright.BrowserContext context,
            int port,
            TestUsers users,
            TestUsers.TestUser user,
            String path) {
        Page page = context.newPage();
        signIn(page, port, path, users, user);
        page.navigate("http://localhost:" + port + path);
        return page;
    }

    /** The page fits the screen's width: nothing to scroll sideways to. */
    public static void assertNoSidewaysScroll(Page page, boolean phone) {
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(width)
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(phone ? 360 : 1440);
    }
}
