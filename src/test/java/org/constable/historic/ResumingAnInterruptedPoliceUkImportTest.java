package org.constable.historic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.zip.GZIPInputStream;
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
 * An import cut off in the middle of a month keeps the months finished before it and nothing of
 * the month it was in; importing the same folder again resumes at that month and ends with every
 * row accounted for once.
 */
@ConstableHttpTest
class ResumingAnInterruptedPoliceUkImportTest {

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
    void anImportInterruptedMidMonthResumesAtThatMonthAndCountsEveryRowOnce() {
        SyntheticPoliceUkMonth.write(folder, YearMonth.of(2020, 1), 300, true);
        SyntheticPoliceUkMonth.write(folder, YearMonth.of(2020, 2), 300, false);
        SyntheticPoliceUkMonth.write(folder, YearMonth.of(2020, 3), 10_000, true);
        SyntheticPoliceUkMonth.write(folder, YearMonth.of(2020, 4), 300, true);
        PoliceUkImport.PreparedRun first = imports.prepare(folder, PoliceUkImport.Requester.console());

        assertThatThrownBy(() -> imports.execute(first, new ImportListener() {
                    String current;

                    @Override
                    public void fileStarted(String fileName) {
                        current = fileName;
                    }

                    @Override
                    public void progressed(long bytesDone, long rowsRead) {
                        if (current.startsWith("2020-03") && rowsRead > 600) {
                            throw new IllegalStateException("power cut");
                        }
                    }
                }))
                .hasMessage("power cut");

        assertThat(runStatus(first.runId())).isEqualTo("INTERRUPTED");
        assertThat(rowsOfMonth("2020-01-01")).isEqualTo(300);
        assertThat(rowsOfMonth("2020-02-01")).isEqualTo(300);
        assertThat(rowsOfMonth("2020-03-01")).isZero();

        PoliceUkImport.RunResult resumed =
                imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});

        assertThat(resumed.status()).isEqualTo(ImportRunStatus.COMPLETED);
        assertThat(resumed.files())
                .extracting(ImportLedger.FileEntry::status)
                .containsExactly(
                        ImportFileStatus.ALREADY_IMPORTED,
                        ImportFileStatus.ALREADY_IMPORTED,
                        ImportFileStatus.IMPORTED,
                        ImportFileStatus.IMPORTED);
        assertThat(resumed.total(ImportLedger.FileEntry::rowsRead)).isEqualTo(10_300);
        assertThat(rowsOfMonth("2020-03-01")).isEqualTo(10_000);
        assertThat(rowsOfMonth("2020-04-01")).isEqualTo(300);
    }

    @Test
    void theSameMonthAgainUnderAnotherNameIsMergedRowByRowAndAddsNothing() throws IOException {
        Path gz = SyntheticPoliceUkMonth.write(folder, YearMonth.of(2020, 6), 400, true);
        PoliceUkImport.RunResult first =
                imports.execute(imports.prepare(gz, PoliceUkImport.Requester.console()), new ImportListener() {});
        Path plain = Files.createDirectory(folder.resolve("again")).resolve("2020-06-copy-street.csv");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz));
                OutputStream out = Files.newOutputStream(plain)) {
            in.transferTo(out);
        }

        PoliceUkImport.RunResult again =
                imports.execute(imports.prepare(plain, PoliceUkImport.Requester.console()), new ImportListener() {});

        assertThat(first.files().get(0).imported()).isEqualTo(400);
        ImportLedger.FileEntry copy = again.files().get(0);
        assertThat(copy.status()).isEqualTo(ImportFileStatus.IMPORTED);
        assertThat(copy.rowsRead()).isEqualTo(400);
        assertThat(copy.imported()).isZero();
        assertThat(copy.mergedDuplicates()).isEqualTo(400);
        assertThat(rowsOfMonth("2020-06-01")).isEqualTo(400);
    }

    private long rowsOfMonth(String month) {
        return db.count(
                "SELECT count(*) FROM crime.historic_crime WHERE month = ?::date AND reported_by = 'Test Police'",
                month);
    }

    private String runStatus(long runId) {
        return db.count(
                                "SELECT CASE status WHEN 'INTERRUPTED' THEN 1 ELSE 0 END FROM crime.import_run WHERE id = ?",
                                runId)
                        == 1
                ? "INTERRUPTED"
                : "other";
    }
}
