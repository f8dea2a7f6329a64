package org.constable.historic.application;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.historic.domain.CountingInputStream;
import org.constable.historic.domain.HistoricRow;
import org.constable.historic.domain.ImportRunStatus;
import org.constable.historic.domain.MalformedFile;
import org.constable.historic.domain.PoliceUkStreetFile;
import org.constable.historic.persistence.HistoricCrimeLoader;
import org.constable.historic.persistence.ImportLedger;
import org.constable.identity.Actor;
import org.constable.shared.ImportFolder;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports police.uk street-level files as historic crime records. Each file is one transaction:
 * its rows, its ledger entry and its audit entry commit together, so an interrupted run leaves
 * whole files only and a new run over the same path resumes at the next file. A file whose exact
 * content was imported before is recognised by its SHA-256 and adds nothing. A malformed file is
 * refused with its name, line and the rule it broke (never with its content), and the run goes on
 * with the next file; the run's report lists every refused file at the end. Files are read only
 * from the import folder (ADR 0049).
 */
@Service
public class PoliceUkImport {

    /** A police.uk row is a few hundred characters; this bounds the memory one line can take. */
    static final int MAX_LINE_CHARS = 64 * 1024;

    private static final int PROGRESS_EVERY_ROWS = 4096;

    private final ImportLedger ledger;
    private final HistoricCrimeLoader loader;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ImportFolder folder;

    public PoliceUkImport(
            ImportLedger ledger,
            HistoricCrimeLoader loader,
            AuditTrail audit,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${constable.import.dir:${constable.data-dir:./data}/imports}") String importDir) {
        this.ledger = ledger;
        this.loader = loader;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.folder = new ImportFolder(Path.of(importDir));
    }

    /** The only folder files are imported from. */
    public ImportFolder folder() {
        return folder;
    }

    /** Who asked for the import, as the audit trail names them. */
    public record Requester(String name, String roles) {

        public static Requester of(Actor actor) {
            return new Requester(actor.username(), actor.rolesText());
        }

        /** The console command: whoever can run it on the server. */
        public static Requester console() {
            return new Requester("console:" + System.getProperty("user.name", "unknown"), "");
        }
    }

    public record PreparedRun(long runId, Path path, List<Path> files, long bytesTotal, Requester requester) {}

    public record RunResult(
            long runId, ImportRunStatus status, @Nullable String error, List<ImportLedger.FileEntry> files) {

        public long total(java.util.function.ToLongFunction<ImportLedger.FileEntry> f) {
            return files.stream().mapToLong(f).sum();
        }

        /** The files refused whole, in the order they were tried. */
        public List<ImportLedger.FileEntry> refused() {
            return files.stream().filter(ImportLedger.FileEntry::refused).toList();
        }
    }

    /**
     * Checks the path (relative to the import folder, or absolute inside it) and records the run.
     *
     * @throws IllegalArgumentException for a path that is not in the import folder or names no files
     */
    public PreparedRun prepare(Path path, Requester requester) {
        return prepare(path.toString(), requester);
    }

    /** As {@link #prepare(Path, Requester)} for the path as a person typed it. */
    public PreparedRun prepare(String path, Requester requester) {
        Path p = folder.resolve(path);
        List<Path> files = PoliceUkFiles.under(p, folder);
        long bytes = files.stream().mapToLong(PoliceUkFiles::size).sum();
        long id = ledger.startRun(folder.shown(p), requester.name(), clock.instant(), files.size(), bytes);
        return new PreparedRun(id, p, files, bytes, requester);
    }

    /** Imports every file of the run; a refused file is reported and the run goes on with the next. */
    public RunResult execute(PreparedRun run, ImportListener listener) {
        listener.started(run.runId(), run.files().size(), run.bytesTotal());
        long[] progress = {0, 0};
        try {
            for (Path file : run.files()) {
                listener.fileStarted(file.getFileName().toString());
                ImportLedger.FileEntry entry = importFile(run, file, listener, progress);
                progress[0] += PoliceUkFiles.size(file);
                listener.progressed(progress[0], progress[1]);
                listener.fileFinished(entry);
            }
        } catch (RuntimeException e) {
            ledger.finishRun(
                    run.runId(),
                    ImportRunStatus.INTERRUPTED,
                    "Interrupted (" + e.getMessage()
                            + "); the files finished before are kept: start the import again to resume at the next file.",
                    clock.instant());
            throw e;
        }
        List<ImportLedger.FileEntry> files = ledger.files(run.runId());
        List<ImportLedger.FileEntry> refused =
                files.stream().filter(ImportLedger.FileEntry::refused).toList();
        ImportRunStatus status =
                refused.isEmpty() ? ImportRunStatus.COMPLETED : ImportRunStatus.COMPLETED_WITH_REFUSALS;
        String error = refused.isEmpty() ? null : refusalSummary(refused, files.size());
        ledger.finishRun(run.runId(), status, error, clock.instant());
        return new RunResult(run.runId(), status, error, files);
    }

    /** "2 of 5 files were refused: a.csv (line 1), b.csv (line 4); the others were imported." */
    static String refusalSummary(List<ImportLedger.FileEntry> refused, int tried) {
        StringBuilder s = new StringBuilder()
                .append(refused.size())
                .append(" of ")
                .append(tried)
                .append(tried == 1 ? " file was" : " files were")
                .append(" refused: ");
        for (int i = 0; i < refused.size(); i++) {
            ImportLedger.FileEntry f = refused.get(i);
            s.append(i == 0 ? "" : ", ").append(f.fileName());
            if (f.errorLine() != null) {
                s.append(" (line ").append(f.errorLine()).append(')');
            }
        }
        return s.append(refused.size() == tried ? "." : "; the other files were read to the end.")
                .toString();
    }

    private ImportLedger.FileEntry importFile(PreparedRun run, Path file, ImportListener listener, long[] progress) {
        String name = file.getFileName().toString();
        long bytes = PoliceUkFiles.size(file);
        // only a file of the same size can hold the same content: hash it whole only then, so that a
        // huge malformed file is refused at its first bad line instead of being read to the end first
        if (ledger.anyFileImportedOfSize(bytes)) {
            String sha = sha256(file);
            Optional<Long> earlier = ledger.fileImportedWithContent(sha);
            if (earlier.isPresent()) {
                return entry(
                        ledger.recordAlreadyImported(run.runId(), name, sha, bytes, earlier.get(), clock.instant()));
            }
        }
        long[] rowsRead = {0};
        try {
            Long id = tx.execute(status -> {
                long fileId = ledger.beginFile(run.runId(), name, bytes, clock.instant());
                HistoricCrimeLoader.Batch batch = loader.open(fileId);
                String sha;
                try {
                    sha = read(file, name, batch, rowsRead, listener, progress);
                } catch (RuntimeException e) {
                    batch.abandon();
                    throw e;
                }
                HistoricCrimeLoader.Counts counts = batch.finish();
                ledger.completeFile(fileId, sha, rowsRead[0], counts, clock.instant());
                audit.record(new AuditRecord(
                        Operation.COLLECTION,
                        run.requester().name(),
                        run.requester().roles(),
                        List.of(RecordRef.of(RecordType.CRIME_IMPORT_FILE, fileId)),
                        null,
                        null,
                        Outcome.SUCCEEDED,
                        "Imported police.uk file " + name + " (sha256 " + sha + ") from " + run.path() + " in run "
                                + run.runId() + ": " + rowsRead[0] + " rows read, " + counts.imported() + " imported, "
                                + counts.mergedDuplicates() + " merged as duplicates, " + counts.rejected()
                                + " rejected"));
                return fileId;
            });
            return entry(id);
        } catch (MalformedFile e) {
            long id = ledger.recordFailed(
                    run.runId(), name, bytes, e.getMessage(), e.line(), rowsRead[0], clock.instant());
            audit.recordRegardless(new AuditRecord(
                    Operation.COLLECTION,
                    run.requester().name(),
                    run.requester().roles(),
                    List.of(RecordRef.of(RecordType.CRIME_IMPORT_FILE, id)),
                    null,
                    null,
                    Outcome.FAILED,
                    "Refused police.uk file " + name + " in run " + run.runId() + ": " + e.getMessage()));
            return entry(id);
        }
    }

    /** Reads the file into the batch and returns the SHA-256 of its bytes, computed on the way. */
    private String read(
            Path file,
            String name,
            HistoricCrimeLoader.Batch batch,
            long[] rowsRead,
            ImportListener listener,
            long[] progress) {
        try (DigestInputStream digest = new DigestInputStream(
                        Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), MessageDigest.getInstance("SHA-256"));
                CountingInputStream counted = new CountingInputStream(digest);
                BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16)) {
            new PoliceUkStreetFile(name, MAX_LINE_CHARS).read(buffered, new PoliceUkStreetFile.Rows() {
                @Override
                public void accepted(HistoricRow row) {
                    batch.add(row);
                }

                @Override
                public void rejected(long line, String reason) {
                    batch.reject(line, reason);
                }

                @Override
                public void read(long records) {
                    rowsRead[0] = records;
                    if (++progress[1] % PROGRESS_EVERY_ROWS == 0) {
                        listener.progressed(progress[0] + counted.count(), progress[1]);
                    }
                }
            });
            buffered.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (IOException e) {
            throw new MalformedFile(
                    name, 1, "the file cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportLedger.FileEntry entry(long id) {
        return ledger.file(id).orElseThrow();
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(
                Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
