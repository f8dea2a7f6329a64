package org.constable.historic.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.historic.domain.ImportFileStatus;
import org.constable.historic.domain.ImportRunStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import runs and, per file, what became of its rows: the reconciliation report's source. */
@Repository
public class ImportLedger {

    private final JdbcClient jdbc;

    public ImportLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Run(
            long id,
            String sourcePath,
            String startedBy,
            Instant startedAt,
            @Nullable Instant finishedAt,
            ImportRunStatus status,
            int filesFound,
            long bytesTotal,
            @Nullable String error) {

        /** The status in words, for pages. */
        public String statusLabel() {
            return status.label();
        }

        public boolean running() {
            return status == ImportRunStatus.RUNNING;
        }
    }

    public record FileEntry(
            long id,
            long runId,
            String fileName,
            String contentSha256,
            ImportFileStatus status,
            @Nullable Long sameAsFileId,
            long rowsRead,
            long imported,
            long mergedDuplicates,
            long rejected,
            long flaggedNoLocation,
            long flaggedNoCrimeId,
            @Nullable String error,
            @Nullable Long errorLine) {

        public boolean reconciles() {
            return rowsRead == imported + mergedDuplicates + rejected;
        }

        /** Refused whole: nothing of the file was kept. */
        public boolean refused() {
            return status == ImportFileStatus.FAILED;
        }

        /** The status in words, for pages: "already imported (file 12)" names the earlier file. */
        public String statusLabel() {
            return status == ImportFileStatus.ALREADY_IMPORTED
                    ? status.label() + " (file " + sameAsFileId + ")"
                    : status.label();
        }
    }

    public record Rejection(long line, String reason) {}

    public long startRun(String sourcePath, String startedBy, Instant at, int filesFound, long bytesTotal) {
        return jdbc.sql("""
                        INSERT INTO crime.import_run (source_path, started_by, started_at, status, files_found, bytes_total)
                        VALUES (?, ?, ?, 'RUNNING', ?, ?) RETURNING id""")
                .params(sourcePath, startedBy, Timestamp.from(at), filesFound, bytesTotal)
                .query(Long.class)
                .single();
    }

    public void finishRun(long runId, ImportRunStatus status, @Nullable String error, Instant at) {
        jdbc.sql("UPDATE crime.import_run SET status = ?, error = ?, finished_at = ? WHERE id = ?")
                .param(status.name())
                .param(error)
                .param(Timestamp.from(at))
                .param(runId)
                .update();
    }

    /** Runs left RUNNING by a process that is gone: they were interrupted. */
    public int markAbandonedRunsInterrupted(Instant at) {
        return jdbc.sql("""
                        UPDATE crime.import_run SET status = 'INTERRUPTED', finished_at = ?,
                            error = 'The application stopped during the import; start it again to resume at the next file.'
                        WHERE status = 'RUNNING'""").param(Timestamp.from(at)).update();
    }

    public boolean anyFileImportedOfSize(long bytes) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM crime.import_file WHERE byte_size = ? AND status = 'IMPORTED')")
                .param(bytes)
                .query(Boolean.class)
                .single();
    }

    public Optional<Long> fileImportedWithContent(String sha256) {
        return jdbc.sql("SELECT id FROM crime.import_file WHERE content_sha256 = ? AND status = 'IMPORTED'")
                .param(sha256)
                .query(Long.class)
                .optional();
    }

    /**
     * In the file's own transaction: the entry the rows point at. Its hash is known only once the
     * file has been read, so it says 'pending' until {@link #completeFile} fills it in with the
     * counts, in the same transaction: no other session ever sees 'pending'.
     */
    public long beginFile(long runId, String fileName, long bytes, Instant at) {
        return jdbc.sql("""
                        INSERT INTO crime.import_file (run_id, file_name, content_sha256, byte_size, status, finished_at)
                        VALUES (?, ?, 'pending', ?, 'IMPORTED', ?) RETURNING id""")
                .params(runId, fileName, bytes, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public void completeFile(long fileId, String sha256, long rowsRead, HistoricCrimeLoader.Counts c, Instant at) {
        jdbc.sql("""
                        UPDATE crime.import_file SET content_sha256 = ?, rows_read = ?, imported = ?, merged_duplicates = ?,
                            rejected = ?, flagged_no_location = ?, flagged_no_crime_id = ?, finished_at = ? WHERE id = ?""")
                .params(
                        sha256,
                        rowsRead,
                        c.imported(),
                        c.mergedDuplicates(),
                        c.rejected(),
                        c.flaggedNoLocation(),
                        c.flaggedNoCrimeId(),
                        Timestamp.from(at),
                        fileId)
                .update();
    }

    public long recordAlreadyImported(long runId, String fileName, String sha256, long bytes, long sameAs, Instant at) {
        return jdbc.sql("""
                        INSERT INTO crime.import_file (run_id, file_name, content_sha256, byte_size, status, same_as_file_id, finished_at)
                        VALUES (?, ?, ?, ?, 'ALREADY_IMPORTED', ?, ?) RETURNING id""")
                .params(runId, fileName, sha256, bytes, sameAs, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public long recordFailed(
            long runId, String fileName, long bytes, String error, Long line, long rowsRead, Instant at) {
        return jdbc.sql("""
                        INSERT INTO crime.import_file (run_id, file_name, byte_size, status, rows_read, error, error_line, finished_at)
                        VALUES (?, ?, ?, 'FAILED', ?, ?, ?, ?) RETURNING id""")
                .params(runId, fileName, bytes, rowsRead, error, line, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public Optional<Run> run(long id) {
        return jdbc.sql("SELECT * FROM crime.import_run WHERE id = ?")
                .param(id)
                .query(ImportLedger::run)
                .optional();
    }

    public List<Run> recentRuns(int limit) {
        return jdbc.sql("SELECT * FROM crime.import_run ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(ImportLedger::run)
                .list();
    }

    public List<FileEntry> files(long runId) {
        return jdbc.sql("SELECT * FROM crime.import_file WHERE run_id = ? ORDER BY id")
                .param(runId)
                .query(ImportLedger::file)
                .list();
    }

    public Optional<FileEntry> file(long id) {
        return jdbc.sql("SELECT * FROM crime.import_file WHERE id = ?")
                .param(id)
                .query(ImportLedger::file)
                .optional();
    }

    private static FileEntry file(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FileEntry(
                rs.getLong("id"),
                rs.getLong("run_id"),
                rs.getString("file_name"),
                rs.getString("content_sha256"),
                ImportFileStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("same_as_file_id"),
                rs.getLong("rows_read"),
                rs.getLong("imported"),
                rs.getLong("merged_duplicates"),
                rs.getLong("rejected"),
                rs.getLong("flagged_no_location"),
                rs.getLong("flagged_no_crime_id"),
                rs.getString("error"),
                (Long) rs.getObject("error_line"));
    }

    public List<Rejection> rejections(long fileId, int limit) {
        return jdbc.sql("SELECT line_no, reason FROM crime.import_rejection WHERE file_id = ? ORDER BY line_no LIMIT ?")
                .params(fileId, limit)
                .query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(2)))
                .list();
    }

    private static Run run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Run(
                rs.getLong("id"),
                rs.getString("source_path"),
                rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                ImportRunStatus.valueOf(rs.getString("status")),
                rs.getInt("files_found"),
                rs.getLong("bytes_total"),
                rs.getString("error"));
    }
}
