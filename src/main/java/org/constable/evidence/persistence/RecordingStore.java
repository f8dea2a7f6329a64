package org.constable.evidence.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.evidence.domain.DerivationState;
import org.constable.evidence.domain.RecordingKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interview recordings (evidence.recording) and their bookmarks (evidence.recording_bookmark, append-only). */
@Repository
public class RecordingStore {

    public record RecordingRow(
            long itemId,
            RecordingKind kind,
            @Nullable Long detentionId,
            @Nullable Integer interviewNo,
            DerivationState state,
            @Nullable String stateNote,
            @Nullable String workingSha256,
            @Nullable Long workingSize,
            @Nullable String workingType,
            @Nullable String waveformSha256,
            @Nullable Long waveformSize,
            @Nullable Long durationMs,
            String markedBy,
            Instant markedAt,
            @Nullable Instant derivedAt) {}

    public record BookmarkRow(long id, long atMs, String note, String madeBy, Instant madeAt) {}

    /** What a derivation produced: two sealed objects and the recording's length. */
    public record Derived(
            String workingSha256,
            long workingSize,
            String workingType,
            String waveformSha256,
            long waveformSize,
            @Nullable Long durationMs) {}

    private static final String COLUMNS =
            "item_id, kind, detention_id, interview_no, state, state_note, working_sha256,"
                    + " working_size, working_type, waveform_sha256, waveform_size, duration_ms, marked_by, marked_at, derived_at";

    private final JdbcClient jdbc;

    RecordingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the item a recording, waiting for derivation; answers false when it already is one. */
    public boolean insert(
            long itemId,
            RecordingKind kind,
            @Nullable Long detentionId,
            @Nullable Integer interviewNo,
            String by,
            Instant at) {
        return jdbc.sql("INSERT INTO evidence.recording (item_id, kind, detention_id, interview_no, state, marked_by,"
                                + " marked_at) VALUES (?, ?, ?, ?, 'WAITING', ?, ?) ON CONFLICT (item_id) DO NOTHING")
                        .params(bind(itemId, kind.name(), detentionId, interviewNo, by, Timestamp.from(at)))
                        .update()
                == 1;
    }

    public Optional<RecordingRow> find(long itemId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.recording WHERE item_id = ?")
                .param(itemId)
                .query(RecordingStore::row)
                .optional();
    }

    /** Which of these items are interview recordings. */
    public java.util.Set<Long> among(java.util.Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT item_id FROM evidence.recording WHERE item_id = ANY(?)")
                .param(itemIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    /** Recordings still to derive (after a restart too), oldest first. */
    public List<Long> pending() {
        return jdbc.sql(
                        "SELECT item_id FROM evidence.recording WHERE state IN ('WAITING', 'DERIVING') ORDER BY item_id")
                .query(Long.class)
                .list();
    }

    public void state(long itemId, DerivationState state, @Nullable String note) {
        jdbc.sql("UPDATE evidence.recording SET state = ?, state_note = ? WHERE item_id = ? AND state <> 'READY'")
                .params(bind(state.name(), note, itemId))
                .update();
    }

    /** A derived file found changed: the recording is no longer ready (its hashes stay as taken). */
    public void derivedTampered(long itemId, String note) {
        jdbc.sql("UPDATE evidence.recording SET state = 'FAILED', state_note = ? WHERE item_id = ?")
                .params(note, itemId)
                .update();
    }

    public void derived(long itemId, Derived d, Instant at) {
        jdbc.sql(
                        "UPDATE evidence.recording SET state = 'READY', state_note = NULL, working_sha256 = ?, working_size = ?,"
                                + " working_type = ?, waveform_sha256 = ?, waveform_size = ?, duration_ms = ?, derived_at = ?"
                                + " WHERE item_id = ? AND working_sha256 IS NULL")
                .params(bind(
                        d.workingSha256(),
                        d.workingSize(),
                        d.workingType(),
                        d.waveformSha256(),
                        d.waveformSize(),
                        d.durationMs(),
                        Timestamp.from(at),
                        itemId))
                .update();
    }

    public long bookmark(long itemId, long atMs, String note, String by, Instant at) {
        return jdbc.sql("INSERT INTO evidence.recording_bookmark (item_id, at_ms, note, made_by, made_at)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(itemId, atMs, note, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public List<BookmarkRow> bookmarks(long itemId) {
        return jdbc.sql("SELECT id, at_ms, note, made_by, made_at FROM evidence.recording_bookmark WHERE item_id = ?"
                        + " ORDER BY at_ms, id")
                .param(itemId)
                .query((rs, n) -> new BookmarkRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The values as a list, nulls included (bound as SQL NULL). */
    private static java.util.List<@Nullable Object> bind(@Nullable Object... values) {
        return java.util.Arrays.asList(values);
    }

    private static RecordingRow row(ResultSet rs, int n) throws SQLException {
        Timestamp derived = rs.getTimestamp(15);
        return new RecordingRow(
                rs.getLong(1),
                RecordingKind.valueOf(rs.getString(2)),
                rs.getObject(3, Long.class),
                rs.getObject(4, Integer.class),
                DerivationState.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, Long.class),
                rs.getString(9),
                rs.getString(10),
                rs.getObject(11, Long.class),
                rs.getObject(12, Long.class),
                rs.getString(13),
                rs.getTimestamp(14).toInstant(),
                derived == null ? null : derived.toInstant());
    }
}
