package org.constable.covert.persistence;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Operations, their members and the reports filed in them (covert.*). Every read of an operation
 * joins the member table on the reader, so a non-member and a missing id take the same query and
 * get the same nothing (ADR 0101).
 */
@Repository
public class OperationStore {

    public record OperationRow(
            long id, String name, String purpose, long seniorOfficerId, String openedBy, Instant openedAt) {}

    public record MemberRow(long userId, String addedBy, Instant addedAt) {}

    public record ChangeRow(long userId, String change, String changedBy, Instant changedAt) {}

    private static final SecureRandom IDS = new SecureRandom();

    private static final String COLUMNS = "o.id, o.name, o.purpose, o.senior_officer_id, o.opened_by, o.opened_at";

    private final JdbcClient jdbc;

    public OperationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A random id in 1..2^53-1: opaque, and exact in every JSON reader. */
    public static long opaqueId() {
        return 1 + (IDS.nextLong() >>> 11) % ((1L << 53) - 1);
    }

    public long open(String name, String purpose, long seniorOfficerId, String openedBy, Instant at) {
        long id = opaqueId();
        jdbc.sql("INSERT INTO covert.operation (id, name, purpose, senior_officer_id, opened_by, opened_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, name, purpose, seniorOfficerId, openedBy, Timestamp.from(at))
                .update();
        return id;
    }

    /** The operation if {@code userId} is its member; empty for a missing one and a non-member alike. */
    public Optional<OperationRow> asMember(long operationId, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM covert.operation o JOIN covert.member m"
                        + " ON m.operation_id = o.id AND m.user_id = ? WHERE o.id = ?")
                .params(userId, operationId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The operations {@code userId} is a member of, by name. */
    public List<OperationRow> of(long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM covert.operation o JOIN covert.member m"
                        + " ON m.operation_id = o.id AND m.user_id = ? ORDER BY o.name, o.id")
                .param(userId)
                .query((rs, n) -> row(rs))
                .list();
    }

    public List<MemberRow> members(long operationId) {
        return jdbc.sql(
                        "SELECT user_id, added_by, added_at FROM covert.member WHERE operation_id = ? ORDER BY added_at, user_id")
                .param(operationId)
                .query((rs, n) -> new MemberRow(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    public boolean isMember(long operationId, long userId) {
        return jdbc.sql("SELECT count(*) FROM covert.member WHERE operation_id = ? AND user_id = ?")
                        .params(operationId, userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds a member; false if they already were one. */
    public boolean addMember(long operationId, long userId, String by, Instant at) {
        int added = jdbc.sql("INSERT INTO covert.member (operation_id, user_id, added_by, added_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(operationId, userId, by, Timestamp.from(at))
                .update();
        if (added > 0) {
            change(operationId, userId, "ADDED", by, at);
        }
        return added > 0;
    }

    public boolean removeMember(long operationId, long userId, String by, Instant at) {
        int removed = jdbc.sql("DELETE FROM covert.member WHERE operation_id = ? AND user_id = ?")
                .params(operationId, userId)
                .update();
        if (removed > 0) {
            change(operationId, userId, "REMOVED", by, at);
        }
        return removed > 0;
    }

    public void handOver(long operationId, long userId, String by, Instant at) {
        jdbc.sql("UPDATE covert.operation SET senior_officer_id = ? WHERE id = ?")
                .params(userId, operationId)
                .update();
        change(operationId, userId, "SENIOR_OFFICER", by, at);
    }

    public List<ChangeRow> changes(long operationId) {
        return jdbc.sql("SELECT user_id, change, changed_by, changed_at FROM covert.membership_change"
                        + " WHERE operation_id = ? ORDER BY id")
                .param(operationId)
                .query((rs, n) -> new ChangeRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public void fileReport(long operationId, long reportId, String by, Instant at) {
        jdbc.sql(
                        "INSERT INTO covert.operation_report (report_id, operation_id, filed_by, filed_at) VALUES (?, ?, ?, ?)")
                .params(reportId, operationId, by, Timestamp.from(at))
                .update();
    }

    public List<Long> reports(long operationId) {
        return jdbc.sql("SELECT report_id FROM covert.operation_report WHERE operation_id = ? ORDER BY report_id DESC")
                .param(operationId)
                .query(Long.class)
                .list();
    }

    /** Of these reports, those filed in an operation {@code userId} is not a member of. */
    public Set<Long> hiddenFrom(long userId, Collection<Long> reportIds) {
        return new HashSet<>(jdbc.sql("SELECT r.report_id FROM covert.operation_report r WHERE r.report_id = ANY (?)"
                        + " AND NOT EXISTS (SELECT 1 FROM covert.member m WHERE m.operation_id = r.operation_id"
                        + " AND m.user_id = ?)")
                .params(reportIds.toArray(Long[]::new), userId)
                .query(Long.class)
                .list());
    }

    public Set<Long> compartmented(Collection<Long> reportIds) {
        return new HashSet<>(jdbc.sql("SELECT report_id FROM covert.operation_report WHERE report_id = ANY (?)")
                .param(reportIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    private void change(long operationId, long userId, String change, String by, Instant at) {
        jdbc.sql("INSERT INTO covert.membership_change (operation_id, user_id, change, changed_by, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(operationId, userId, change, by, Timestamp.from(at))
                .update();
    }

    private static OperationRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OperationRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }
}
