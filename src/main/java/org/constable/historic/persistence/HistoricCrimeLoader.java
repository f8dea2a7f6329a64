package org.constable.historic.persistence;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.constable.historic.domain.HistoricRow;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Loads one file's rows the fast way: COPY into a temporary staging table, then one INSERT ...
 * SELECT that skips keys already held (ON CONFLICT DO NOTHING) and, in the same statement, writes
 * the rows it skipped to the duplicate ledger. Must run inside the caller's transaction, so that the file's rows,
 * its ledger entries and its audit entry commit or vanish together.
 */
@Repository
public class HistoricCrimeLoader {

    private static final String STAGING = """
            CREATE TEMP TABLE policeuk_staging (
                line_no BIGINT, row_key BYTEA, crime_id TEXT, month DATE, reported_by TEXT, falls_within TEXT,
                longitude DOUBLE PRECISION, latitude DOUBLE PRECISION, location TEXT, lsoa_code TEXT, lsoa_name TEXT,
                crime_type TEXT, last_outcome TEXT, context TEXT, no_location BOOLEAN, no_crime_id BOOLEAN
            ) ON COMMIT DROP""";

    /** Rows whose key is already held are not inserted; the staged rows that were not are the duplicates. */
    private static final String MERGE = """
            WITH imported AS (
                INSERT INTO crime.historic_crime (row_key, crime_id, month, reported_by, falls_within, longitude, latitude,
                    location, lsoa_code, lsoa_name, crime_type, last_outcome, context, flagged_no_location,
                    flagged_no_crime_id, source_file_id, source_line)
                SELECT row_key, crime_id, month, reported_by, falls_within, longitude, latitude, location, lsoa_code,
                    lsoa_name, crime_type, last_outcome, context, no_location, no_crime_id, ?, line_no
                FROM policeuk_staging ORDER BY line_no
                ON CONFLICT (row_key) DO NOTHING
                RETURNING source_line)
            INSERT INTO crime.import_duplicate (file_id, line_no, row_key)
            SELECT ?, s.line_no, s.row_key FROM policeuk_staging s
            WHERE NOT EXISTS (SELECT 1 FROM imported i WHERE i.source_line = s.line_no)""";

    private final DataSource dataSource;

    public HistoricCrimeLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens a batch for one file on the transaction's connection. */
    public Batch open(long fileId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a file is loaded in one transaction");
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (Statement s = c.createStatement()) {
            s.execute(STAGING);
            PGCopyOutputStream copy = new PGCopyOutputStream(
                    c.unwrap(PGConnection.class), "COPY policeuk_staging FROM STDIN (FORMAT csv)", 1 << 16);
            return new Batch(c, fileId, copy);
        } catch (SQLException e) {
            throw new IllegalStateException("could not start loading: " + e.getMessage(), e);
        }
    }

    /** What a file's rows became. */
    public record Counts(
            long imported, long mergedDuplicates, long rejected, long flaggedNoLocation, long flaggedNoCrimeId) {}

    public static final class Batch {

        private final Connection connection;
        private final long fileId;
        private final PGCopyOutputStream copy;
        private final Writer out;
        private final StringBuilder line = new StringBuilder(512);
        private final List<Rejection> rejections = new ArrayList<>();
        private long staged;
        private long noLocation;
        private long noCrimeId;

        private Batch(Connection connection, long fileId, PGCopyOutputStream copy) {
            this.connection = connection;
            this.fileId = fileId;
            this.copy = copy;
            this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
        }

        private record Rejection(long line, String reason) {}

        public void add(HistoricRow r) {
            line.setLength(0);
            line.append(r.line())
                    .append(",\\x")
                    .append(HexFormat.of().formatHex(r.rowKey()))
                    .append(',');
            text(r.crimeId());
            line.append(r.month().atDay(1)).append(',');
            text(r.reportedBy());
            text(r.fallsWithin());
            line.append(r.longitude() == null ? "" : r.longitude().toString()).append(',');
            line.append(r.latitude() == null ? "" : r.latitude().toString()).append(',');
            text(r.location());
            text(r.lsoaCode());
            text(r.lsoaName());
            text(r.crimeType());
            text(r.lastOutcome());
            text(r.context());
            line.append(r.flaggedNoLocation() ? 't' : 'f')
                    .append(',')
                    .append(r.flaggedNoCrimeId() ? 't' : 'f')
                    .append('\n');
            try {
                out.append(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            staged++;
            noLocation += r.flaggedNoLocation() ? 1 : 0;
            noCrimeId += r.flaggedNoCrimeId() ? 1 : 0;
        }

        public void reject(long lineNo, String reason) {
            rejections.add(new Rejection(lineNo, reason));
        }

        /** Ends the COPY and merges the staged rows; the caller's transaction is still open. */
        public Counts finish() {
            try {
                out.flush();
                copy.endCopy();
                long duplicates;
                try (PreparedStatement ps = connection.prepareStatement(MERGE)) {
                    ps.setLong(1, fileId);
                    ps.setLong(2, fileId);
                    duplicates = ps.executeLargeUpdate();
                }
                long imported = staged - duplicates;
                try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT count(*) FROM crime.historic_crime WHERE source_file_id = ?")) {
                    ps.setLong(1, fileId);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) != imported) {
                            throw new IllegalStateException("staged " + staged + " rows but " + rs.getLong(1)
                                    + " imported and " + duplicates + " merged: the ledger would not reconcile");
                        }
                    }
                }
                try (PreparedStatement ps = connection.prepareStatement(
                        "INSERT INTO crime.import_rejection (file_id, line_no, reason) VALUES (?, ?, ?)")) {
                    for (Rejection r : rejections) {
                        ps.setLong(1, fileId);
                        ps.setLong(2, r.line());
                        ps.setString(3, r.reason());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try (Statement s = connection.createStatement()) {
                    s.execute("DROP TABLE policeuk_staging");
                }
                return new Counts(imported, duplicates, rejections.size(), noLocation, noCrimeId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("could not load the file's rows: " + e.getMessage(), e);
            }
        }

        /** Leaves COPY mode after a failure, so the transaction can roll back on a usable connection. */
        public void abandon() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException ignored) {
                // the rollback that follows discards everything anyway
            }
        }

        private void text(@Nullable String s) {
            if (s != null) {
                line.append('"');
                for (int i = 0; i < s.length(); i++) {
                    char ch = s.charAt(i);
                    if (ch == '"') {
                        line.append('"');
                    }
                    line.append(ch);
                }
                line.append('"');
            }
            line.append(',');
        }
    }
}
