package org.constable.historic.application;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.constable.historic.domain.ImportRunStatus;
import org.constable.historic.persistence.ImportLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --constable.command=import-policeuk --constable.import.path=<folder or file>}: imports
 * police.uk street-level files from the import folder (the path is relative to it, or absolute
 * inside it) with a progress bar on the console, prints the reconciliation report and every
 * refused file with its line and reason, and exits 0 when every file was imported (or had been
 * before), 1 when any was refused or the run stopped, 2 when the path names nothing to import.
 */
@Component
@ConditionalOnProperty(name = "constable.command", havingValue = "import-policeuk")
class ImportPoliceUkCommand implements ApplicationRunner {

    private final PoliceUkImport imports;
    private final ApplicationContext context;
    private final String path;

    ImportPoliceUkCommand(
            PoliceUkImport imports, ApplicationContext context, @Value("${constable.import.path:}") String path) {
        this.imports = imports;
        this.context = context;
        this.path = path;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = importAndReport(System.out);
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }

    int importAndReport(PrintStream out) {
        if (path.isBlank()) {
            out.println("Give the folder or file to import, inside the import folder "
                    + imports.folder().root() + ": --constable.import.path=<folder or file>");
            return 2;
        }
        PoliceUkImport.PreparedRun run;
        try {
            run = imports.prepare(Path.of(path), PoliceUkImport.Requester.console());
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return 2;
        }
        PoliceUkImport.RunResult result;
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("police.uk import")
                .setInitialMax(run.bytesTotal())
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" MB", 1_000_000)
                .showSpeed()
                .build()) {
            result = imports.execute(run, new ImportListener() {
                @Override
                public void fileStarted(String fileName) {
                    bar.setExtraMessage(fileName);
                }

                @Override
                public void progressed(long bytesDone, long rowsRead) {
                    bar.stepTo(bytesDone);
                }
            });
        }
        ReconciliationReport.print(result, out);
        return result.status() == ImportRunStatus.COMPLETED ? 0 : 1;
    }

    /** The per-file counts as a plain table: rows read = imported + merged + rejected on every line. */
    static final class ReconciliationReport {

        private ReconciliationReport() {}

        static void print(PoliceUkImport.RunResult r, PrintStream out) {
            out.printf("Import run %d: %s%n", r.runId(), r.status());
            out.printf(
                    "%-44s %-16s %9s %9s %9s %9s %9s %9s%n",
                    "file", "status", "read", "imported", "merged", "rejected", "no-loc", "no-id");
            for (ImportLedger.FileEntry f : r.files()) {
                out.printf(
                        "%-44s %-16s %9d %9d %9d %9d %9d %9d%n",
                        f.fileName(),
                        f.status(),
                        f.rowsRead(),
                        f.imported(),
                        f.mergedDuplicates(),
                        f.rejected(),
                        f.flaggedNoLocation(),
                        f.flaggedNoCrimeId());
            }
            out.printf(
                    "%-44s %-16s %9d %9d %9d %9d %9d %9d%n",
                    "total",
                    "",
                    r.total(ImportLedger.FileEntry::rowsRead),
                    r.total(ImportLedger.FileEntry::imported),
                    r.total(ImportLedger.FileEntry::mergedDuplicates),
                    r.total(ImportLedger.FileEntry::rejected),
                    r.total(ImportLedger.FileEntry::flaggedNoLocation),
                    r.total(ImportLedger.FileEntry::flaggedNoCrimeId));
            List<ImportLedger.FileEntry> refused = r.refused();
            if (!refused.isEmpty()) {
                out.printf(
                        "%nRefused files (%d of %d), nothing of them was kept:%n",
                        refused.size(), r.files().size());
                for (ImportLedger.FileEntry f : refused) {
                    out.println("  " + f.error());
                }
                out.println("Fix or replace them and import the same path again: the files imported now are recognised"
                        + " and skipped.");
            } else if (r.error() != null) {
                out.println("The run stopped: " + r.error());
            }
        }
    }
}
