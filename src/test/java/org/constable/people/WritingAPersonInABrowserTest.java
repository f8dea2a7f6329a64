package org.constable.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role that may write persons opens the new-person and edit-person forms (they answered 500
 * for all of them), and a custody officer records a person and corrects them in a real browser.
 */
@ConstableHttpTest
class WritingAPersonInABrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Test
    void everyRoleThatWritesPersonsOpensBothForms() {
        Api api = new Api(port);
        String recorder = api.token(users, users.create(Role.SUPERVISOR));
        var created = api.post("/api/v1/persons", recorder, "{\"forename\":\"Olive\",\"surname\":\"Formsby\"}");
        String id = created.body().replaceAll(".*\"id\"\\s*:\\s*(\\d+).*", "$1");
        List<String> wrong = new ArrayList<>();
        for (Role role : List.of(
                Role.CALL_HANDLER, Role.RESPONSE_OFFICER, Role.INVESTIGATOR, Role.CUSTODY_OFFICER, Role.SUPERVISOR)) {
            String token = api.token(users, users.create(role));
            for (String path : List.of("/people/new", "/people/" + id + "/edit?purpose=Correcting+a+record")) {
                var r = api.send("GET", path, token, null, "Accept", "text/html");
                if (r.status() != 200 || !r.body().contains("Save")) {
                    wrong.add(role + " " + path + " -> " + r.status());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(wrong).isEmpty();
    }

    @Test
    void aCustodyOfficerRecordsAPersonAndCorrectsThemInABrowser() {
        Browser.requireChromium();
        var officer = users.create(Role.CUSTODY_OFFICER);
        String surname = "Pagewright" + System.nanoTime() % 10000;
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            List<String> consoleErrors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    consoleErrors.add(m.text());
                }
            });
            Browser.signIn(page, port, "/people/new", users, officer);
            page.navigate("http://localhost:" + port + "/people/new");
            assertThat(page.locator("h1")).hasText("New person");
            page.getByLabel("Forename").fill("Rowan");
            page.getByLabel("Surname").fill(surname);
            page.getByLabel("Date of birth").fill("1991-07-14");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(page.locator("h1")).containsText(surname + ", Rowan");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit details"))
                    .click();
            assertThat(page.locator("h1")).hasText("Edit person");
            page.getByLabel("Forename").fill("Rowena");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(page).hasURL(Pattern.compile(".*/people/\\d+\\?purpose=.*"));
            assertThat(page.locator("h1")).containsText(surname + ", Rowena");
            org.assertj.core.api.Assertions.assertThat(db.count(
                            "SELECT count(*) FROM people.person WHERE surname = ? AND forename = 'Rowena'", surname))
                    .isEqualTo(1);
            org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
        }
    }
}
