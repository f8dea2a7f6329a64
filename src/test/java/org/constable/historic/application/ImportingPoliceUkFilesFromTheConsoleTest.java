package org.constable.historic.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.ImportFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The import-policeuk command prints the reconciliation per file and exits non-zero when a file is refused. */
@ConstableHttpTest
class ImportingPoliceUkFilesFromTheConsoleTest {

    private static final String HEADER =
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
                    + "LSOA name,Crime type,Last outcome category,Context\n";

    @Autowired
    PoliceUkImport imports;

    @Autowired
    ApplicationContext context;

    Path folder;

    @BeforeEach
    void aFolderInTheImportFolder() {
        folder = ImportFolders.fresh(imports.folder());
    }

    @Test
    void theCommandPrintsEachFilesCountsAndTheirTotal() throws IOException {
        String nonce = Long.toHexString(System.nanoTime());
        Files.writeString(
                folder.resolve("2016-01-console-street.csv"),
                HEADER
                        + ",2016-01,Console Police,Console Police,,,No location,,,Anti-social behaviour,," + nonce
                        + "\n"
                        + ",2016-01,Console Police,Console Police,-2.9,53.4,On or near A Road,E01,X 001A,Anti-social behaviour,,"
                        + nonce + "\n"
                        + ",Jan 2016,Console Police,Console Police,-2.9,53.4,On or near A Road,E01,X 001A,Anti-social behaviour,,"
                        + nonce + "\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ImportPoliceUkCommand(imports, context, folder.toString())
                .importAndReport(new PrintStream(out, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        // flags count the rows imported or merged; the rejected row is counted once, as rejected
        assertThat(printed)
                .contains(": COMPLETED")
                .containsPattern("2016-01-console-street\\.csv\\s+IMPORTED\\s+3\\s+2\\s+0\\s+1\\s+1\\s+2");
        assertThat(printed).containsPattern("total\\s+3\\s+2\\s+0\\s+1\\s+1\\s+2");
    }

    @Test
    void aRefusedFileMakesTheCommandFailNamingTheFileAndLine() throws IOException {
        Files.writeString(folder.resolve("2016-02-console-street.csv"), "Crime,Month\n1,2\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ImportPoliceUkCommand(imports, context, folder.toString())
                .importAndReport(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("2016-02-console-street.csv, line 1: the header is not");
    }

    @Test
    void aPathThatNamesNothingIsRefusedBeforeAnyRunStarts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ImportPoliceUkCommand(
                        imports, context, folder.resolve("nothing-here").toString())
                .importAndReport(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("There is no file or folder");
    }
}
