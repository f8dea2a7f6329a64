package org.constable.evidence.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.evidence.domain.DigitalStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Digital evidence items (evidence.digital_item): the bytes are in the evidence storage, named by their hash. */
@Repository
public class DigitalItemStore {

    public record ItemRow(
            long id,
            long exhibitId,
            String fileName,
            String mediaType,
            long declaredSize,
            long received,
            @Nullable String sha256,
            DigitalStatus status,
            String uploadedBy,
            Instant createdAt,
            @Nullable Instant sealedAt,
            @Nullable Instant verifiedAt,
            @Nullable Instant tamperedAt) {}

    private static final String COLUMNS =
            "id, exhibit_id, file_name, media_type, declared_size, received, sha256, status,"
                    + " uploaded_by, created_at, sealed_at, verified_at, tampered_at";

    private final JdbcClient jdbc;

    DigitalItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long exhibitId, String fileName, String mediaType, long size, String by, Instant at) {
        return jdbc.sql("INSERT INTO evidence.digital_item (exhibit_id, file_name, media_type, declared_size, status,"
                        + " uploaded_by, created_at) VALUES (?, ?, ?, ?, 'RECEIVING', ?, ?) RETURNING id")
                .params(exhibitId, fileName, mediaType, size, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public Optional<ItemRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.digital_item WHERE id = ?")
                .param(id)
                .query(DigitalItemStore::row)
                .optional();
    }

    public List<ItemRow> ofExhibit(long exhibitId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.digital_item WHERE exhibit_id = ? ORDER BY id")
                .param(exhibitId)
                .query(DigitalItemStore::row)
                .list();
    }

    /** Intact items last verified before {@code before} (or never), oldest first. */
    public List<ItemRow> dueForCheck(Instant before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.digital_item WHERE status = 'INTACT'"
                        + " AND (verified_at IS NULL OR verified_at < ?) ORDER BY verified_at NULLS FIRST, id LIMIT ?")
                .params(Timestamp.from(before), limit)
                .query(DigitalItemStore::row)
                .list();
    }

    public void received(long id, long received) {
        jdbc.sql("UPDATE evidence.digital_item SET received = ? WHERE id = ? AND received <= ?")
                .params(received, id, received)
                .update();
    }

    public void sealed(long id, String sha256, Instant at) {
        jdbc.sql(
                        "UPDATE evidence.digital_item SET received = declared_size, sha256 = ?, status = 'INTACT', sealed_at = ?,"
                                + " verified_at = ? WHERE id = ? AND status = 'RECEIVING'")
                .params(sha256, Timestamp.from(at), Timestamp.from(at), id)
                .update();
    }

    public void verified(String sha256, Instant at) {
        jdbc.sql("UPDATE evidence.digital_item SET verified_at = ? WHERE sha256 = ? AND status = 'INTACT'")
                .params(Timestamp.from(at), sha256)
                .update();
    }

    /** Marks every intact item with these bytes as tampered; answers the ids marked now. */
    public List<Long> tampered(String sha256, Instant at) {
        return jdbc.sql("UPDATE evidence.digital_item SET status = 'TAMPERED', tampered_at = ? WHERE sha256 = ?"
                        + " AND status = 'INTACT' RETURNING id")
                .params(Timestamp.from(at), sha256)
                .query(Long.class)
                .list();
    }

    private static ItemRow row(ResultSet rs, int n) throws SQLException {
        Timestamp sealed = rs.getTimestamp(11);
        Timestamp verified = rs.getTimestamp(12);
        Timestamp tampered = rs.getTimestamp(13);
        return new ItemRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getString(7),
                DigitalStatus.valueOf(rs.getString(8)),
                rs.getString(9),
                rs.getTimestamp(10).toInstant(),
                sealed == null ? null : sealed.toInstant(),
                verified == null ? null : verified.toInstant(),
                tampered == null ? null : tampered.toInstant());
    }
}
