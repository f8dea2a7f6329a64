package org.constable.retention.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.constable.retention.domain.RetentionGroup;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The retention register (retention.retention_record) and its decisions. */
@Repository
public class RetentionStore {

    public record Entry(
            RecordType recordType,
            long recordId,
            String reference,
            RetentionGroup group,
            String basis,
            LocalDate lastActivity,
            LocalDate nextReviewOn,
            @Nullable LocalDate keepUntil,
            boolean disposed) {}

    private static final String COLUMNS = "record_type, record_id, reference, retention_group, basis, last_activity,"
            + " next_review_on, keep_until, status";

    private final JdbcClient jdbc;

    public RetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest id of this kind already in the register (0 if none): where the back-fill resumes. */
    public long highestId(RecordType type) {
        return jdbc.sql("SELECT COALESCE(max(record_id), 0) FROM retention.retention_record WHERE record_type = ?")
                .param(type.name())
                .query(Long.class)
                .single();
    }

    /**
     * Places a record, or re-places one whose facts changed: the group, basis and dates follow the
     * rules, but a review date never moves earlier than one a reviewer set. A disposed record stays so.
     */
    public void place(Entry e) {
        jdbc.sql("INSERT INTO retention.retention_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'HELD')"
                        + " ON CONFLICT (record_type, record_id) DO UPDATE SET retention_group = EXCLUDED.retention_group,"
                        + " basis = EXCLUDED.basis, last_activity = GREATEST(retention_record.last_activity, EXCLUDED.last_activity),"
                        + " next_review_on = GREATEST(retention_record.next_review_on, EXCLUDED.next_review_on),"
                        + " keep_until = EXCLUDED.keep_until WHERE retention_record.status = 'HELD'")
                .param(e.recordType().name())
                .param(e.recordId())
                .param(e.reference())
                .param(e.group().number())
                .param(e.basis())
                .param(Date.valueOf(e.lastActivity()))
                .param(Date.valueOf(e.nextReviewOn()))
                .param(e.keepUntil() == null ? null : Date.valueOf(e.keepUntil()))
                .update();
    }

    /** Held records due on or before {@code today}, the longest overdue first. */
    public List<Entry> due(LocalDate today, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM retention.retention_record WHERE status = 'HELD'"
                        + " AND next_review_on <= ? ORDER BY next_review_on, record_type, record_id LIMIT ?")
                .param(Date.valueOf(today))
                .param(limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    public long countDue(LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM retention.retention_record WHERE status = 'HELD' AND next_review_on <= ?")
                .param(Date.valueOf(today))
                .query(Long.class)
                .single();
    }

    public Optional<Entry> find(RecordType type, long id) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM retention.retention_record WHERE record_type = ? AND record_id = ?"
                        + " FOR UPDATE")
                .param(type.name())
                .param(id)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    public void retained(RecordType type, long id, String reason, LocalDate next, String by, Instant at) {
        jdbc.sql("UPDATE retention.retention_record SET next_review_on = ? WHERE record_type = ? AND record_id = ?")
                .param(Date.valueOf(next))
                .param(type.name())
                .param(id)
                .update();
        decision(type, id, "RETAIN", reason, next, null, by, at);
    }

    public void disposed(RecordType type, long id, String reason, String erased, String by, Instant at) {
        jdbc.sql("UPDATE retention.retention_record SET status = 'DISPOSED' WHERE record_type = ? AND record_id = ?")
                .param(type.name())
                .param(id)
                .update();
        decision(type, id, "DISPOSE", reason, null, erased, by, at);
    }

    /** Brings a record's review forward (the demo force only: so its queue is not empty on a first start). */
    public int bringForward(RecordType type, int howMany, LocalDate dueOn) {
        return jdbc.sql("UPDATE retention.retention_record SET next_review_on = ? WHERE (record_type, record_id) IN"
                        + " (SELECT record_type, record_id FROM retention.retention_record WHERE record_type = ?"
                        + " AND status = 'HELD' AND retention_group <> 1 ORDER BY record_id LIMIT ?)")
                .param(Date.valueOf(dueOn))
                .param(type.name())
                .param(howMany)
                .update();
    }

    public long countDecisions() {
        return jdbc.sql("SELECT count(*) FROM retention.retention_decision")
                .query(Long.class)
                .single();
    }

    private void decision(
            RecordType type,
            long id,
            String decision,
            String reason,
            @Nullable LocalDate next,
            @Nullable String erased,
            String by,
            Instant at) {
        jdbc.sql("INSERT INTO retention.retention_decision (record_type, record_id, decision, reason, next_review_on,"
                        + " erased, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .param(type.name())
                .param(id)
                .param(decision)
                .param(reason)
                .param(next == null ? null : Date.valueOf(next))
                .param(erased)
                .param(by)
                .param(Timestamp.from(at))
                .update();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date keep = rs.getDate(8);
        return new Entry(
                RecordType.valueOf(rs.getString(1)),
                rs.getLong(2),
                rs.getString(3),
                RetentionGroup.of(rs.getInt(4)),
                rs.getString(5),
                rs.getDate(6).toLocalDate(),
                rs.getDate(7).toLocalDate(),
                keep == null ? null : keep.toLocalDate(),
                "DISPOSED".equals(rs.getString(9)));
    }
}
