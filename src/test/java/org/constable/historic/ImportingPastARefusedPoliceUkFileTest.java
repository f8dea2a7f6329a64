package org.constable.historic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.constable.historic.application.ImportListener;
import org.constable.historic.application.ImportPoliceUkCommandProbe;
import org.constable.historic.application.PoliceUkImport;
import org.constable.historic.domain.ImportFileStatus;
import org.constable.historic.domain.ImportRunStatus;
import org.constable.historic.persistence.ImportLedger;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.ImportFolders;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A refused month does not stop the run: every file of the folder is tried, the good months after
 * a refused one are imported, and the run ends with every refused file named with its line and
 * reason, on the console (exit code 1), on the run page and in the ledger. Importing the folder
 * again skips what was imported and refuses the same files again, still reaching the end.
 */
@ConstableHttpTest
class ImportingPastARefusedPoliceUkFileTest {

    @LocalServerPort
    int port;

    @Autowired
    PoliceUkImport imports;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin db;

    @Autowired
    ApplicationContext context;

    Path folder;

    @BeforeEach
    void aFolderWithTwoRefusedMonthsBetweenGoodOnes() throws IOException {
        folder = ImportFolders.fresh(imports.folder());
        SyntheticPoliceUkMonth.write(folder, YearMonth.of(2014, 1), 40, true);
        copyFixture("2019-02-bad-header-street.csv", "2014-02-bad-header-street.csv");
        copyFixture("2019-02-truncated-street.csv", "2014-03-truncated-street.csv");
        SyntheticPoliceUkMonth.write(folder, YearMonth.of(2014, 4), 30, false);
    }

    @Test
    void theMonthsAfterARefusedOneAreImportedAndEveryRefusalIsReportedAtTheEnd() {
        PoliceUkImport.RunResult r =
                imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});

        assertThat(r.status()).isEqualTo(ImportRunStatus.COMPLETED_WITH_REFUSALS);
        assertThat(r.files())
                .extracting(ImportLedger.FileEntry::fileName, ImportLedger.FileEntry::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "2014-01-synthetic-street.csv.gz", ImportFileStatus.IMPORTED),
                        org.assertj.core.groups.Tuple.tuple("2014-02-bad-header-street.csv", ImportFileStatus.FAILED),
                        org.assertj.core.groups.Tuple.tuple("2014-03-truncated-street.csv", ImportFileStatus.FAILED),
                        org.assertj.core.groups.Tuple.tuple("2014-04-synthetic-street.csv", ImportFileStatus.IMPORTED));
        assertThat(r.files().get(3).imported()).isEqualTo(30);
        assertThat(r.refused()).extracting(ImportLedger.FileEntry::errorLine).containsExactly(1L, 4L);
        assertThat(r.error())
                .isEqualTo("2 of 4 files were refused: 2014-02-bad-header-street.csv (line 1),"
                        + " 2014-03-truncated-street.csv (line 4); the other files were read to the end.");
        assertThat(db.count(
                        "SELECT count(*) FROM crime.import_run WHERE id = ? AND status = 'COMPLETED_WITH_REFUSALS' AND error = ?",
                        r.runId(),
                        r.error()))
                .isOne();

        // the page shows the run's end and each refused file with its line and reason
        Api api = new Api(port);
        Api.Response page =
                api.get("/admin/crime-import/runs/" + r.runId(), api.token(users, users.create(Role.CRIME_REGISTRAR)));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("completed, with refused files")
                .contains("Refused files")
                .contains("2014-02-bad-header-street.csv, line 1: the header is not the police.uk street-level header")
                .contains("2014-03-truncated-street.csv, line 4: the line has");
    }

    @Test
    void theCommandGoesOnPastARefusedFileListsEveryRefusalAndExitsNonZeroAgainOnARerun() {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        int code = command(first);

        assertThat(code).isEqualTo(1);
        assertThat(first.toString(StandardCharsets.UTF_8))
                .containsPattern("2014-04-synthetic-street\\.csv\\s+IMPORTED\\s+30\\s+30")
                .contains("Refused files (2 of 4)")
                .contains("  2014-02-bad-header-street.csv, line 1: the header is not")
                .contains("  2014-03-truncated-street.csv, line 4: the line has");

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        int second = command(again);

        assertThat(second).isEqualTo(1);
        assertThat(again.toString(StandardCharsets.UTF_8))
                .containsPattern("2014-01-synthetic-street\\.csv\\.gz\\s+ALREADY_IMPORTED")
                .containsPattern("2014-04-synthetic-street\\.csv\\s+ALREADY_IMPORTED")
                .contains("Refused files (2 of 4)");
    }

    private int command(ByteArrayOutputStream out) {
        return new ImportPoliceUkCommandProbe(imports, context, imports.folder().shown(folder))
                .importAndReport(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private void copyFixture(String name, String as) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/policeuk/" + name)) {
            Files.copy(in, folder.resolve(as));
        }
    }
}
