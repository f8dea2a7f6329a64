package org.constable.dispatch.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.dispatch.domain.Assignment;
import org.constable.dispatch.domain.AssignmentStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AssignmentStore {

    public record AssignmentRow(
            long id,
            long incidentId,
            long unitId,
            String callsign,
            Instant assignedAt,
            String assignedBy,
            AssignmentStatus status,
            @Nullable Instant arrivedAt,
            @Nullable Instant clearedAt,
            @Nullable Instant stoodDownAt,
            @Nullable String stoodDownReason) {

        public boolean active() {
            return status != AssignmentStatus.CLEARED;
        }

        /** The assignment's aggregate, to ask its rules before a change is written. */
        public Assignment toAssignment() {
            return new Assignment(id, incidentId, unitId, callsign, status);
        }
    }

    private static final String SELECT =
            "SELECT a.id, a.incident_id, a.unit_id, u.callsign, a.assigned_at, a.assigned_by, a.status, "
                    + "a.arrived_at, a.cleared_at, a.stood_down_at, a.stood_down_reason FROM dispatch.assignment a JOIN dispatch.unit u ON u.id = a.unit_id ";

    private final JdbcClient jdbc;

    public AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an active assignment; the unique index refuses a second active one for the unit. */
    public long insert(long incidentId, long unitId, Instant at, String by) {
        return jdbc.sql(
                        "INSERT INTO dispatch.assignment (incident_id, unit_id, assigned_at, assigned_by) VALUES (?, ?, ?, ?) RETURNING id")
                .params(incidentId, unitId, Timestamp.from(at), by)
                .query(Long.class)
                .single();
    }

    public Optional<AssignmentRow> activeForUnit(long unitId) {
        return jdbc.sql(SELECT + "WHERE a.unit_id = ? AND a.status <> 'CLEARED'")
                .param(unitId)
                .query(AssignmentStore::map)
                .optional();
    }

    public List<AssignmentRow> ofIncident(long incidentId) {
        return jdbc.sql(SELECT + "WHERE a.incident_id = ? ORDER BY a.id")
                .param(incidentId)
                .query(AssignmentStore::map)
                .list();
    }

    public List<AssignmentRow> active() {
        return jdbc.sql(SELECT + "WHERE a.status <> 'CLEARED' ORDER BY a.id")
                .query(AssignmentStore::map)
                .list();
    }

    public void setStatus(long id, AssignmentStatus next, Instant at) {
        String status = next.name();
        jdbc.sql("UPDATE dispatch.assignment SET status = ?, "
                        + "arrived_at = CASE WHEN ? = 'AT_SCENE' THEN COALESCE(arrived_at, ?) ELSE arrived_at END, "
                        + "cleared_at = CASE WHEN ? = 'CLEARED' THEN ? ELSE cleared_at END WHERE id = ?")
                .params(status, status, Timestamp.from(at), status, Timestamp.from(at), id)
                .update();
    }

    /** Ends an active assignment because the dispatcher stood the unit down (or un-assigned it). */
    public void standDown(long id, Instant at, @Nullable String reason) {
        jdbc.sql("UPDATE dispatch.assignment SET status = 'CLEARED', cleared_at = ?, stood_down_at = ?, "
                        + "stood_down_reason = ? WHERE id = ? AND status <> 'CLEARED'")
                .param(Timestamp.from(at))
                .param(Timestamp.from(at))
                .param(reason)
                .param(id)
                .update();
    }

    private static AssignmentRow map(ResultSet rs, int n) throws SQLException {
        return new AssignmentRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                AssignmentStatus.valueOf(rs.getString(7)),
                IncidentStore.instant(rs, "arrived_at"),
                IncidentStore.instant(rs, "cleared_at"),
                IncidentStore.instant(rs, "stood_down_at"),
                rs.getString("stood_down_reason"));
    }
}
