package org.constable.historic;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;
import org.constable.historic.application.PoliceUkImport;
import org.constable.identity.Permission;
import org.constable.identity.Role;
import org.constable.identity.domain.RolePermissions;
import org.constable.testsupport.Api;
import org.constable.testsupport.Browser;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.ImportFolders;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator imports a folder of police.uk files from the admin page: a wrong path is a form
 * error, the import runs in the background with its progress, and the reconciliation report adds up;
 * the run can be left and opened again. Only administrators and crime registrars may import.
 */
@ConstableHttpTest
class AdministratorImportingPoliceUkFilesInABrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    PoliceUkImport imports;

    Path folder;

    @BeforeEach
    void aFolderInTheImportFolder() {
        folder = ImportFolders.fresh(imports.folder());
    }

    @Test
    void anAdministratorStartsAnImportWatchesItAndReadsTheReconciliation() {
        Browser.requireChromium();
        SyntheticPoliceUkMonth.write(folder, YearMonth.of(2017, 1), 20_000, true);
        SyntheticPoliceUkMonth.write(folder, YearMonth.of(2017, 2), 20_000, false);
        SyntheticPoliceUkMonth.write(folder, YearMonth.of(2017, 3), 20_000, true);
        var admin = users.create(Role.ADMINISTRATOR);
        try (Playwright playwright = Playwright.create();
                var browser = Browser.launch(playwright);
                BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/");
            Browser.signIn(page, users, admin);
            page.keyboard().press("Alt+i");
            assertThat(page.locator("h1")).hasText("Legacy crime import (police.uk)");

            page.getByLabel("Folder (or one file) in the import folder")
                    .fill(folder.resolve("missing").toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start import"))
                    .click();
            assertThat(page.locator("[role=alert]")).containsText("There is no file or folder");
            assertThat(page.locator("#path")).hasValue(folder.resolve("missing").toString());

            page.locator("#path").fill(folder.toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start import"))
                    .click();
            assertThat(page.locator("h1")).containsText("Legacy crime import, run");
            // the page polls while the run goes on: the status turns without a reload
            assertThat(page.locator("#run-status"))
                    .hasText(
                            "completed",
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                                    .setTimeout(120_000));
            assertThat(page.locator("#reconciliation tbody tr")).hasCount(3);
            assertThat(page.locator("#totals")).containsText("60000");
            assertThat(page.locator("#totals td").nth(5)).hasText("yes");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All import runs"))
                    .click();
            page.locator("table a").first().click();
            assertThat(page.locator("#reconciliation tbody tr[data-file='2017-02-synthetic-street.csv']"))
                    .containsText("20000");

            // a file uploaded through the page lands in the import folder and is imported from there
            Path scratch = ImportFolders.fresh(imports.folder());
            Path upload = SyntheticPoliceUkMonth.write(scratch, YearMonth.of(2018, 4), 30, false);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All import runs"))
                    .click();
            page.getByLabel("police.uk files (.csv or .csv.gz)").setInputFiles(upload);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and import"))
                    .click();
            assertThat(page.locator("#run-status"))
                    .hasText(
                            "completed",
                            new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                                    .setTimeout(60_000));
            assertThat(page.locator("#reconciliation tbody tr[data-file='2018-04-synthetic-street.csv']"))
                    .containsText("30");
            assertThat(page.locator("#report")).containsText("uploads/");
        }
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'COLLECTION' AND actor = ? "
                                + "AND detail LIKE 'Imported police.uk file 2017-0%'",
                        admin.username()))
                .isEqualTo(3);
    }

    @Test
    void onlyAdministratorsAndCrimeRegistrarsMayOpenTheImportPage() {
        Api api = new Api(port);
        for (Role role : Role.values()) {
            var r = api.get("/admin/crime-import", api.token(users, users.create(role)));
            boolean mayImport = role == Role.ADMINISTRATOR || role == Role.CRIME_REGISTRAR;
            assertThat(RolePermissions.grants(Set.of(role), Permission.CRIME_IMPORT))
                    .as(role.name())
                    .isEqualTo(mayImport);
            assertThat(r.status()).as(role + " opening the import page").isEqualTo(mayImport ? 200 : 403);
            var start = api.post("/admin/crime-import", api.token(users, users.create(role)), "{}");
            if (!mayImport) {
                assertThat(start.status()).as(role + " starting an import").isEqualTo(403);
            }
        }
    }
}
