package org.constable.historic.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.historic.domain.ImportRunStatus;
import org.constable.historic.persistence.ImportLedger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What the import pages show of the ledger: runs and the reconciliation of their files, as records
 * made for readers, so that no page holds a ledger row.
 */
@Service
public class ImportReports {

    /** One import run as the pages list and report it. */
    public record Run(
            long id,
            String sourcePath,
            String startedBy,
            Instant startedAt,
            @Nullable Instant finishedAt,
            ImportRunStatus status,
            String statusLabel,
            boolean running,
            int filesFound,
            long bytesTotal,
            @Nullable String error) {}

    /** One file of a run and what became of its rows. */
    public record File(
            long id,
            String fileName,
            String statusLabel,
            boolean refused,
            boolean reconciles,
            long rowsRead,
            long imported,
            long mergedDuplicates,
            long rejected,
            long flaggedNoLocation,
            long flaggedNoCrimeId,
            @Nullable String error,
            @Nullable Long errorLine) {}

    private final ImportLedger ledger;

    ImportReports(ImportLedger ledger) {
        this.ledger = ledger;
    }

    /** The latest runs, newest first. */
    public List<Run> recentRuns(int limit) {
        return ledger.recentRuns(limit).stream().map(ImportReports::run).toList();
    }

    public Optional<Run> run(long id) {
        return ledger.run(id).map(ImportReports::run);
    }

    /** The files of a run, in the order they were read. */
    public List<File> files(long runId) {
        return ledger.files(runId).stream().map(ImportReports::file).toList();
    }

    private static Run run(ImportLedger.Run r) {
        return new Run(
                r.id(),
                r.sourcePath(),
                r.startedBy(),
                r.startedAt(),
                r.finishedAt(),
                r.status(),
                r.statusLabel(),
                r.running(),
                r.filesFound(),
                r.bytesTotal(),
                r.error());
    }

    private static File file(ImportLedger.FileEntry f) {
        return new File(
                f.id(),
                f.fileName(),
                f.statusLabel(),
                f.refused(),
                f.reconciles(),
                f.rowsRead(),
                f.imported(),
                f.mergedDuplicates(),
                f.rejected(),
                f.flaggedNoLocation(),
                f.flaggedNoCrimeId(),
                f.error(),
                f.errorLine());
    }
}
