package org.constable.historic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.constable.historic.application.ImportListener;
import org.constable.historic.application.ImportPoliceUkCommandProbe;
import org.constable.historic.application.PoliceUkImport;
import org.constable.historic.domain.ImportRunStatus;
import org.constable.historic.persistence.ImportLedger;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.FormPosts;
import org.constable.testsupport.ImportFolders;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 13 H2: the import reads only from the import folder. A path outside it (the audit key, a
 * system file), through a link or with "..", gets the same answer as a path that names nothing,
 * and a refused file's content is never echoed into the page, the ledger or the audit trail.
 * Files uploaded through the page land in the import folder.
 */
@ConstableHttpTest
class ReadingImportsOnlyFromTheImportFolderTest {

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

    Api api;
    FormPosts forms;
    String admin;
    Path auditKey;
    String keyContent;

    @BeforeEach
    void signIn() throws IOException {
        api = new Api(port);
        forms = new FormPosts(port);
        admin = api.token(users, users.create(Role.ADMINISTRATOR));
        // the data folder holds the generated audit checkpoint key beside the import folder
        auditKey = imports.folder().realRoot().getParent().resolve("audit-checkpoint.key");
        assertThat(auditKey).exists();
        keyContent = Files.readString(auditKey).trim();
        assertThat(keyContent).hasSizeGreaterThan(20);
    }

    @Test
    void aPathOutsideTheImportFolderGetsTheSameAnswerAsOneThatNamesNothingAndReadsNothing() throws IOException {
        Path link = imports.folder().realRoot().resolve("key-link-" + UUID.randomUUID() + ".csv");
        Files.createSymbolicLink(link, auditKey);
        Path folderWithLink = ImportFolders.fresh(imports.folder());
        Files.createSymbolicLink(folderWithLink.resolve("2010-01-key-street.csv"), auditKey);
        String hostname = Files.exists(Path.of("/etc/hostname"))
                ? Files.readString(Path.of("/etc/hostname")).trim()
                : "no-hostname-file";
        long runsBefore = db.count("SELECT count(*) FROM crime.import_run");

        for (String path : List.of(
                auditKey.toString(),
                "../audit-checkpoint.key",
                "./../audit-checkpoint.key",
                link.getFileName().toString(),
                "/etc/hostname",
                "/etc/no-such-file-" + UUID.randomUUID(),
                "no-such-folder-" + UUID.randomUUID())) {
            Api.Response r = forms.form("/admin/crime-import", admin, Map.of("path", path));
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.body())
                    .as(path)
                    .contains("There is no file or folder")
                    .contains("in the import folder.")
                    .doesNotContain(keyContent)
                    .doesNotContain(hostname.length() >= 4 ? hostname : "no-hostname-file");
        }
        // a folder whose only .csv is a link out of the import folder holds nothing to import
        Api.Response viaFolder = forms.form(
                "/admin/crime-import", admin, Map.of("path", imports.folder().shown(folderWithLink)));
        assertThat(viaFolder.status()).isEqualTo(400);
        assertThat(viaFolder.body()).contains("holds no .csv or .csv.gz files").doesNotContain(keyContent);

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int code = new ImportPoliceUkCommandProbe(imports, context, auditKey.toString())
                .importAndReport(new PrintStream(console, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("There is no file or folder")
                .doesNotContain(keyContent);

        assertThat(db.count("SELECT count(*) FROM crime.import_run")).isEqualTo(runsBefore);
        assertThat(db.count("SELECT count(*) FROM audit.audit_entry WHERE detail LIKE ?", "%" + keyContent + "%"))
                .isZero();
    }

    @Test
    void aRefusedFileIsDescribedByLineAndRuleWithoutItsContent() throws IOException {
        String secret = "SECRET-" + UUID.randomUUID();
        Path folder = ImportFolders.fresh(imports.folder());
        Files.writeString(folder.resolve("2010-02-not-policeuk-street.csv"), secret + "\nmore " + secret + "\n");
        Files.writeString(
                folder.resolve("2010-03-bad-values-street.csv"),
                SyntheticPoliceUkMonth.HEADER
                        + ",2010-" + secret
                        + ",Test Police,Test Police,-0.09,51.51,On or near X,E01,X 001A,Burglary,,\n"
                        + secret + "," + secret + "\n");

        PoliceUkImport.RunResult r =
                imports.execute(imports.prepare(folder, PoliceUkImport.Requester.console()), new ImportListener() {});

        assertThat(r.refused()).hasSize(2);
        assertThat(r.refused().get(0).error())
                .isEqualTo("2010-02-not-policeuk-street.csv, line 1: the header is not the police.uk street-level"
                        + " header: column 1 should be \"Crime ID\" (the format has 12 columns: Crime ID, Month,"
                        + " Reported by, Falls within, Longitude, Latitude, Location, LSOA code, LSOA name, Crime type,"
                        + " Last outcome category, Context)");
        assertThat(r.refused().get(1).error())
                .isEqualTo("2010-03-bad-values-street.csv, line 3: the line has 2 field(s) where the format has 12"
                        + " (a truncated or damaged line)");
        Api.Response page = api.get("/admin/crime-import/runs/" + r.runId(), admin);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("2010-02-not-policeuk-street.csv, line 1")
                .doesNotContain(secret);
        assertThat(db.count(
                        "SELECT count(*) FROM crime.import_file WHERE run_id = ? AND error LIKE ?",
                        r.runId(),
                        "%" + secret + "%"))
                .isZero();
        assertThat(db.count(
                        "SELECT count(*) FROM crime.import_run WHERE id = ? AND error LIKE ?",
                        r.runId(),
                        "%" + secret + "%"))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM audit.audit_entry WHERE detail LIKE ?", "%" + secret + "%"))
                .isZero();

        // rows read to the end but rejected name the column and rule, not the value
        Path rows = ImportFolders.fresh(imports.folder());
        Files.writeString(
                rows.resolve("2010-04-bad-rows-street.csv"),
                SyntheticPoliceUkMonth.HEADER
                        + ",2010-" + secret
                        + ",Test Police,Test Police,-0.09,51.51,On or near X,E01,X 001A,Burglary,,\n"
                        + ",2010-04,Test Police,Test Police," + secret + ",51.51,On or near X,E01,X 001A,Burglary,,\n");
        PoliceUkImport.RunResult rowRun =
                imports.execute(imports.prepare(rows, PoliceUkImport.Requester.console()), new ImportListener() {});
        assertThat(rowRun.status()).isEqualTo(ImportRunStatus.COMPLETED);
        assertThat(rowRun.files().get(0).rejected()).isEqualTo(2);
        assertThat(db.count(
                        "SELECT count(*) FROM crime.import_rejection WHERE file_id = ? AND reason LIKE ?",
                        rowRun.files().get(0).id(),
                        "%" + secret + "%"))
                .isZero();
    }

    @Test
    void filesUploadedThroughThePageLandInTheImportFolderAndAreImported() {
        Path scratch = ImportFolders.fresh(imports.folder());
        Path month = SyntheticPoliceUkMonth.write(scratch, YearMonth.of(2010, 5), 25, true);

        Api.Response r = forms.multipart(
                "/admin/crime-import/uploads",
                admin,
                List.of(new FormPosts.FilePart("files", "2010-05-upload-street.csv.gz", bytes(month))));

        assertThat(r.status()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ImportLedger.Run run = awaitFinished(runId);
        assertThat(run.status()).isEqualTo(ImportRunStatus.COMPLETED);
        assertThat(run.sourcePath()).startsWith("uploads/");
        Path saved = imports.folder().realRoot().resolve(run.sourcePath()).resolve("2010-05-upload-street.csv.gz");
        assertThat(saved).exists();
        assertThat(db.count(
                        "SELECT imported FROM crime.import_file WHERE run_id = ? AND file_name = '2010-05-upload-street.csv.gz'",
                        runId))
                .isEqualTo(25);
        assertThat(db.count(
                        "SELECT count(*) FROM audit.audit_entry WHERE operation = 'COLLECTION' AND detail LIKE ?",
                        "uploaded 1 file(s) into the import folder as " + run.sourcePath() + "%"))
                .isOne();
    }

    @Test
    void anUploadWithAPathOrAnotherKindOfFileIsRefusedAndNothingIsSaved() throws IOException {
        long uploadsBefore = uploadFolders();
        for (String name : List.of("../2010-06-escape-street.csv", "notes.txt", ".hidden.csv", "a/b.csv")) {
            Api.Response r = forms.multipart(
                    "/admin/crime-import/uploads",
                    admin,
                    List.of(new FormPosts.FilePart("files", name, "x".getBytes(StandardCharsets.UTF_8))));
            assertThat(r.status()).as(name).isEqualTo(400);
            assertThat(r.body()).as(name).contains("must end in .csv or .csv.gz");
        }
        Api.Response none = forms.multipart(
                "/admin/crime-import/uploads", admin, List.of(new FormPosts.FilePart("files", "", new byte[0])));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("Choose one or more .csv or .csv.gz files");
        assertThat(uploadFolders()).isEqualTo(uploadsBefore);
        assertThat(imports.folder().realRoot().getParent().resolve("2010-06-escape-street.csv"))
                .doesNotExist();

        String analyst = api.token(users, users.create(Role.INTELLIGENCE_ANALYST));
        Api.Response refused = forms.multipart(
                "/admin/crime-import/uploads",
                analyst,
                List.of(new FormPosts.FilePart("files", "2010-06-street.csv", "x".getBytes(StandardCharsets.UTF_8))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(uploadFolders()).isEqualTo(uploadsBefore);
    }

    private long uploadFolders() throws IOException {
        Path uploads = imports.folder().realRoot().resolve("uploads");
        if (!Files.isDirectory(uploads)) {
            return 0;
        }
        try (var s = Files.list(uploads)) {
            return s.count();
        }
    }

    private ImportLedger.Run awaitFinished(long runId) {
        ImportLedger ledger = context.getBean(ImportLedger.class);
        return await("import run " + runId + " finishes")
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> ledger.run(runId).orElseThrow(), run -> !run.running());
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
