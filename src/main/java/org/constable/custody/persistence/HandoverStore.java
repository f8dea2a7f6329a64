package org.constable.custody.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Handovers of a custody suite at shift change: given by the outgoing officer, accepted by the incoming one. */
@Repository
public class HandoverStore {

    public record Handover(
            long id,
            long suiteId,
            Instant givenAt,
            String givenBy,
            String incoming,
            int detainees,
            int overdue,
            String notes,
            @Nullable Instant acceptedAt,
            @Nullable String acceptedBy) {}

    private final JdbcClient jdbc;

    HandoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long give(
            long suiteId, Instant at, String givenBy, String incoming, int detainees, int overdue, String notes) {
        return jdbc.sql("""
                INSERT INTO custody.handover (suite_id, given_at, given_by, incoming, detainees, overdue, notes)
                VALUES (?,?,?,?,?,?,?) RETURNING id""")
                .params(suiteId, Timestamp.from(at), givenBy, incoming, detainees, overdue, notes)
                .query(Long.class)
                .single();
    }

    /** The handover, locked for this transaction so it is accepted once. */
    public Optional<Handover> lock(long id) {
        return jdbc.sql("SELECT * FROM custody.handover WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, n) -> handover(rs))
                .optional();
    }

    public void accept(long id, Instant at, String by) {
        jdbc.sql("UPDATE custody.handover SET accepted_at = ?, accepted_by = ? WHERE id = ? AND accepted_by IS NULL")
                .params(Timestamp.from(at), by, id)
                .update();
    }

    /** The suite's latest handovers, newest first. */
    public List<Handover> recent(long suiteId, int most) {
        return jdbc.sql("SELECT * FROM custody.handover WHERE suite_id = ? ORDER BY given_at DESC, id DESC LIMIT ?")
                .params(suiteId, most)
                .query((rs, n) -> handover(rs))
                .list();
    }

    private static Handover handover(ResultSet rs) throws SQLException {
        Timestamp accepted = rs.getTimestamp("accepted_at");
        return new Handover(
                rs.getLong("id"),
                rs.getLong("suite_id"),
                rs.getTimestamp("given_at").toInstant(),
                rs.getString("given_by"),
                rs.getString("incoming"),
                rs.getInt("detainees"),
                rs.getInt("overdue"),
                rs.getString("notes"),
                accepted == null ? null : accepted.toInstant(),
                rs.getString("accepted_by"));
    }
}
