package org.constable.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.constable.identity.persistence.UserAccounts;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator creates an account, asks for its roles (a second administrator approves them and
 * issues its enrolment code), revokes one and disables the account, from the users page.
 */
@ConstableHttpTest
class AdministratorManagingUsersInABrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    UserAccounts accounts;

    @Test
    void anAdministratorCreatesAUserGrantsAndRevokesRolesAndDisablesTheAccount() {
        Browser.requireChromium();
        var admin = users.create(Role.ADMINISTRATOR);
        var secondAdmin = users.create(Role.ADMINISTRATOR);
        String username = "new.dispatcher" + System.nanoTime() % 100000;
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/admin/users");
            page.getByLabel("Username").fill(admin.username());
            page.getByLabel("Password").fill(TestUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            page.locator("#code").fill(users.freshCode(admin));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            page.waitForLoadState();
            page.keyboard().press("Alt+u");
            assertThat(page.locator("h1")).hasText("Users");

            // a common password is refused and what was typed is kept
            page.locator("#username").fill(username);
            page.locator("#displayName").fill("New Dispatcher");
            page.locator("#password").fill("password123");
            page.getByRole(
                            AriaRole.CHECKBOX,
                            new Page.GetByRoleOptions().setName("Dispatcher").setExact(true))
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user"))
                    .click();
            assertThat(page.locator("[role=alert]")).containsText("too common");
            assertThat(page.locator("#username")).hasValue(username);
            assertThat(accounts.findByUsername(username)).isEmpty();

            page.locator("#password").fill("a long and unusual passphrase");
            page.getByRole(
                            AriaRole.CHECKBOX,
                            new Page.GetByRoleOptions().setName("Dispatcher").setExact(true))
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user"))
                    .click();
            Locator row = page.locator("tr[data-username='" + username + "']");
            assertThat(row).hasCount(1);
            long id = accounts.findByUsername(username).orElseThrow().id();
            // a role that reads personal data waits for a second administrator (issue 13, H3)
            assertThat(page.locator("[role=status]")).containsText("Awaiting a second administrator's approval");
            assertThat(row).containsText("awaiting approval");
            assertThat(page.getByRole(
                            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke Dispatcher from " + username)))
                    .hasCount(0);
            assertThat(accounts.rolesOf(id)).isEmpty();
            Locator pending = page.locator("#pending tr", new Page.LocatorOptions().setHasText(username));
            assertThat(pending).containsText("You asked for this");
            assertThat(pending.getByRole(AriaRole.BUTTON)).hasCount(0);
            // nobody is offered a form to change their own roles
            assertThat(page.locator("tr[data-username='" + admin.username() + "'] select"))
                    .hasCount(0);

            // a second administrator approves, and issues the enrolment code the first one may not
            try (BrowserContext second = browser.newContext()) {
                Page other = second.newPage();
                Browser.signIn(other, port, "/admin/users", users, secondAdmin);
                other.navigate("http://localhost:" + port + "/admin/users");
                other.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Approve Dispatcher for " + username))
                        .click();
                assertThat(other.locator("[role=status]")).containsText("now holds Dispatcher");
                assertThat(accounts.rolesOf(id)).isEqualTo(Set.of(Role.DISPATCHER));
                other.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Issue enrolment code for " + username))
                        .click();
                assertThat(other.locator("#enrolment-code")).hasText(java.util.regex.Pattern.compile("[A-Z2-9-]{14}"));
            }
            page.reload();
            assertThat(page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Issue enrolment code for " + username)))
                    .hasCount(0); // not for the administrator who made the account

            // the police rank, recorded beside the roles (ADR 0071)
            assertThat(row).containsText("not recorded");
            row.locator("select[name=rank]").selectOption("SERGEANT");
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record rank of " + username))
                    .click();
            assertThat(page.locator("[role=status]")).containsText("Rank recorded");
            assertThat(page.locator("tr[data-username='" + username + "']")).containsText("sergeant");
            assertThat(accounts.findByUsername(username).orElseThrow().rank()).isEqualTo(Rank.SERGEANT);

            row.locator("select[name=role]").selectOption("CALL_HANDLER");
            row.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Grant").setExact(true))
                    .click();
            assertThat(page.locator("[role=status]")).containsText("awaits a second administrator");
            try (BrowserContext second = browser.newContext()) {
                Page other = second.newPage();
                Browser.signIn(other, port, "/admin/users", users, secondAdmin);
                other.navigate("http://localhost:" + port + "/admin/users");
                other.getByRole(
                                AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Approve Call handler for " + username))
                        .click();
                assertThat(other.locator("[role=status]")).containsText("now holds Call handler");
            }
            page.reload();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke Dispatcher from " + username))
                    .click();
            assertThat(page.getByRole(
                            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke Dispatcher from " + username)))
                    .hasCount(0);
            assertThat(page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Revoke Call handler from " + username)))
                    .hasCount(1);
            assertThat(accounts.rolesOf(id)).isEqualTo(Set.of(Role.CALL_HANDLER));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable " + username))
                    .click();
            assertThat(page.locator("tr[data-username='" + username + "']")).containsText("disabled");
            assertThat(accounts.findByUsername(username).orElseThrow().enabled())
                    .isFalse();
        }
    }
}
