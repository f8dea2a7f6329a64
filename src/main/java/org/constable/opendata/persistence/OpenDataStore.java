package org.constable.opendata.persistence;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.opendata.domain.SnapPoint;
import org.constable.shared.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The snap-point set, the crime-id key and the exports made, in the analytics schema. */
@Repository
public class OpenDataStore {

    public record ExportRow(
            long id,
            String month,
            String fileName,
            String recipient,
            String justification,
            String exportedBy,
            Instant exportedAt,
            int rowsWritten,
            int rowsZeroed,
            String sha256) {}

    private static final String EXPORT_COLUMNS =
            "id, month, file_name, recipient, justification, exported_by, exported_at, rows_written, rows_zeroed, sha256";

    private final JdbcClient jdbc;

    public OpenDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SnapPoint> snapPoints() {
        return jdbc.sql("SELECT name, latitude, longitude, addresses FROM analytics.snap_point ORDER BY id")
                .query((rs, n) -> new SnapPoint(
                        rs.getString("name"),
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                        rs.getInt("addresses")))
                .list();
    }

    /** Replaces the whole set in the caller's transaction: an export never sees half of an old and half of a new set. */
    public void replaceSnapPoints(List<SnapPoint> points) {
        jdbc.sql("DELETE FROM analytics.snap_point").update();
        for (SnapPoint p : points) {
            jdbc.sql("INSERT INTO analytics.snap_point (name, latitude, longitude, addresses) VALUES (?, ?, ?, ?)")
                    .params(p.name(), p.point().latitude(), p.point().longitude(), p.addresses())
                    .update();
        }
    }

    /** The force's crime-id key, created at first use; concurrent first uses agree on one key. */
    public byte[] crimeIdKey() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("INSERT INTO analytics.crime_id_key (only_one, secret) VALUES (TRUE, ?) ON CONFLICT DO NOTHING")
                .param(fresh)
                .update();
        return jdbc.sql("SELECT secret FROM analytics.crime_id_key")
                .query(byte[].class)
                .single();
    }

    public long insertExport(ExportRow e, byte[] content) {
        return jdbc.sql(
                        "INSERT INTO analytics.open_data_export (month, file_name, recipient, justification, exported_by, exported_at, "
                                + "rows_written, rows_zeroed, sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(
                        e.month(),
                        e.fileName(),
                        e.recipient(),
                        e.justification(),
                        e.exportedBy(),
                        Timestamp.from(e.exportedAt()),
                        e.rowsWritten(),
                        e.rowsZeroed(),
                        e.sha256(),
                        content)
                .query(Long.class)
                .single();
    }

    public List<ExportRow> recentExports(int limit) {
        return jdbc.sql("SELECT " + EXPORT_COLUMNS + " FROM analytics.open_data_export ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> exportRow(rs))
                .list();
    }

    public Optional<ExportRow> export(long id) {
        return jdbc.sql("SELECT " + EXPORT_COLUMNS + " FROM analytics.open_data_export WHERE id = ?")
                .param(id)
                .query((rs, n) -> exportRow(rs))
                .optional();
    }

    public Optional<byte[]> exportContent(long id) {
        return jdbc.sql("SELECT content FROM analytics.open_data_export WHERE id = ?")
                .param(id)
                .query(byte[].class)
                .optional();
    }

    private static ExportRow exportRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ExportRow(
                rs.getLong("id"),
                rs.getString("month"),
                rs.getString("file_name"),
                rs.getString("recipient"),
                rs.getString("justification"),
                rs.getString("exported_by"),
                rs.getTimestamp("exported_at").toInstant(),
                rs.getInt("rows_written"),
                rs.getInt("rows_zeroed"),
                rs.getString("sha256"));
    }
}
