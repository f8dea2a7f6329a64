package org.constable.historic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.constable.historic.application.ImportListener;
import org.constable.historic.application.PoliceUkImport;
import org.constable.historic.domain.ImportFileStatus;
import org.constable.historic.domain.ImportRunStatus;
import org.constable.historic.persistence.ImportLedger;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.ImportFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files that are not police.uk street-level CSV are refused whole, with the file and line named,
 * and the months imported before them stay; rows that cannot be read are rejected one by one with
 * a reason, and still counted.
 */
@ConstableHttpTest
class RefusingMalformedPoliceUkFilesTest {

    @Autowired
    PoliceUkImport imports;

    @Autowired
    DatabaseAdmin db;

    Path folder;

    @BeforeEach
    void aFolderInTheImportFolder() {
        folder = ImportFolders.fresh(imports.folder());
    }

    @Test
    void aFileWithTheWrongHeaderIsRefusedAtLineOneAndTheMonthBeforeItStays() throws IOException {
        PoliceUkImport.RunResult r = importGoodMonthThen("2019-02-bad-header-street.csv");

        assertRefused(r, "2019-02-bad-header-street.csv", 1, "header is not the police.uk street-level header");
    }

    @Test
    void aTruncatedLastLineIsRefusedNamingItsLine() throws IOException {
        PoliceUkImport.RunResult r = importGoodMonthThen("2019-02-truncated-street.csv");

        assertRefused(r, "2019-02-truncated-street.csv", 4, "truncated");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLineOfTheFirstBadByte() throws IOException {
        PoliceUkImport.RunResult r = importGoodMonthThen("2019-02-invalid-utf8-street.csv");

        assertRefused(r, "2019-02-invalid-utf8-street.csv", 4, "not valid UTF-8");
    }

    @Test
    void aTwoGigabyteLineIsRefusedWithoutReadingItIntoMemory() throws IOException {
        SyntheticPoliceUkMonth.write(folder, YearMonth.of(2019, 1), 50, true);
        Path huge = folder.resolve("2019-02-huge-line-street.csv");
        Files.writeString(
                huge, SyntheticPoliceUkMonth.HEADER + SyntheticPoliceUkMonth.row(YearMonth.of(2019, 2), 1) + "\n");
        // a sparse file: 2.2 GB of zero bytes after the first row, one line with no end, costing no disk
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(2_200_000_000L);
        }

        PoliceUkImport.RunResult r =
                imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});

        assertRefused(r, "2019-02-huge-line-street.csv", 3, "longer than 65536 characters");
    }

    @Test
    void rowsThatCannotBeReadAreRejectedWithAReasonAndTheFileStillReconciles() throws IOException {
        copyFixture("2019-03-with-bad-rows-street.csv");

        PoliceUkImport.RunResult r =
                imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});

        assertThat(r.status()).isEqualTo(ImportRunStatus.COMPLETED);
        ImportLedger.FileEntry f = r.files().get(0);
        assertThat(f.rowsRead()).isEqualTo(8);
        assertThat(f.imported()).isEqualTo(4);
        assertThat(f.rejected()).isEqualTo(4);
        assertThat(f.mergedDuplicates()).isZero();
        assertThat(f.flaggedNoLocation()).isEqualTo(2);
        assertThat(f.flaggedNoCrimeId()).isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM crime.import_rejection WHERE file_id = ?", f.id()))
                .isEqualTo(4);
        // the reason names the column and the rule, never the value read (ADR 0049)
        assertThat(db.count(
                        "SELECT count(*) FROM crime.import_rejection WHERE file_id = ? AND line_no = 3 AND reason = 'column Month is not a year and month (YYYY-MM)'",
                        f.id()))
                .isOne();
        assertThat(db.count(
                        "SELECT count(*) FROM crime.import_rejection WHERE file_id = ? AND line_no = 4 AND reason = 'only one of Longitude and Latitude is given'",
                        f.id()))
                .isOne();
        // two identical anti-social behaviour rows in one month are two events, both kept and flagged
        assertThat(db.count(
                        "SELECT count(*) FROM crime.historic_crime WHERE source_file_id = ? AND flagged_no_crime_id AND flagged_no_location",
                        f.id()))
                .isEqualTo(2);
        assertThat(db.count(
                        "SELECT count(*) FROM crime.historic_crime WHERE source_file_id = ? AND location = 'On or near \"The Quoted\", Street'",
                        f.id()))
                .isOne();
    }

    /** Found by fuzzing (ADR 0053): PostgreSQL cannot store a NUL, and one used to interrupt the whole run. */
    @Test
    void aRowWithANulIsRejectedNamingItsColumnAndTheRestOfTheFileIsImported() throws IOException {
        YearMonth month = YearMonth.of(2019, 4);
        Files.writeString(
                folder.resolve("2019-04-nul-street.csv"),
                SyntheticPoliceUkMonth.HEADER
                        + SyntheticPoliceUkMonth.row(month, 1) + "\n"
                        + SyntheticPoliceUkMonth.row(month, 2).replaceFirst(",", "\u0000,") + "\n"
                        + SyntheticPoliceUkMonth.row(month, 3) + "\n");

        PoliceUkImport.RunResult r =
                imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});

        assertThat(r.status()).isEqualTo(ImportRunStatus.COMPLETED);
        ImportLedger.FileEntry f = r.files().get(0);
        assertThat(f.rowsRead()).isEqualTo(3);
        assertThat(f.imported()).isEqualTo(2);
        assertThat(f.rejected()).isEqualTo(1);
        assertThat(db.count(
                        "SELECT count(*) FROM crime.import_rejection WHERE file_id = ? AND line_no = 3 AND reason LIKE 'column Crime ID holds a control character%'",
                        f.id()))
                .isOne();
    }

    private PoliceUkImport.RunResult importGoodMonthThen(String fixture) throws IOException {
        SyntheticPoliceUkMonth.write(folder, YearMonth.of(2019, 1), 50, true);
        copyFixture(fixture);
        return imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});
    }

    private void copyFixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/policeuk/" + name)) {
            Files.copy(in, folder.resolve(name));
        }
    }

    private void assertRefused(PoliceUkImport.RunResult r, String file, long line, String problem) {
        // the run tries every file and ends naming the refused one with its line
        assertThat(r.status()).isEqualTo(ImportRunStatus.COMPLETED_WITH_REFUSALS);
        assertThat(r.error()).startsWith("1 of 2 files were refused: " + file + " (line " + line + ")");
        ImportLedger.FileEntry good = r.files().get(0);
        ImportLedger.FileEntry bad = r.files().get(1);
        assertThat(bad.error()).startsWith(file + ", line " + line + ": ").contains(problem);
        assertThat(good.status()).isEqualTo(ImportFileStatus.IMPORTED);
        assertThat(good.rowsRead()).isEqualTo(50);
        assertThat(db.count("SELECT count(*) FROM crime.historic_crime WHERE source_file_id = ?", good.id()))
                .isEqualTo(good.imported())
                .isEqualTo(50);
        assertThat(bad.status()).isEqualTo(ImportFileStatus.FAILED);
        assertThat(bad.fileName()).isEqualTo(file);
        assertThat(bad.errorLine()).isEqualTo(line);
        assertThat(db.count("SELECT count(*) FROM crime.historic_crime WHERE source_file_id = ?", bad.id()))
                .isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE outcome = 'FAILED' AND detail LIKE ?",
                        "Refused police.uk file " + file + "%"))
                .isOne();
    }
}
