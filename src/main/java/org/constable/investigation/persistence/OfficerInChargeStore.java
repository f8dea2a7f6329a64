package org.constable.investigation.persistence;

import static org.constable.investigation.persistence.InvestigationStore.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Changes of an investigation's officer in charge and supervisor, each kept with who was before. */
@Repository
public class OfficerInChargeStore {

    public record AssignmentRow(
            String fromOic,
            String toOic,
            String fromSupervisor,
            String toSupervisor,
            String reason,
            String changedBy,
            Instant changedAt) {}

    private final JdbcClient jdbc;

    OfficerInChargeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void change(
            long investigationId,
            String fromOic,
            String toOic,
            String fromSupervisor,
            String toSupervisor,
            String reason,
            String by,
            Instant at) {
        jdbc.sql("INSERT INTO investigation.investigation_assignment (investigation_id, from_oic, to_oic, "
                        + "from_supervisor, to_supervisor, reason, changed_by, changed_at) VALUES (?,?,?,?,?,?,?,?)")
                .params(investigationId, fromOic, toOic, fromSupervisor, toSupervisor, reason, by, Timestamp.from(at))
                .update();
        jdbc.sql("UPDATE investigation.investigation SET officer_in_charge = ?, supervisor = ? WHERE id = ?")
                .params(toOic, toSupervisor, investigationId)
                .update();
    }

    public List<AssignmentRow> history(long investigationId) {
        return jdbc.sql("SELECT from_oic, to_oic, from_supervisor, to_supervisor, reason, changed_by, changed_at "
                        + "FROM investigation.investigation_assignment WHERE investigation_id = ? ORDER BY id DESC")
                .param(investigationId)
                .query((rs, n) -> new AssignmentRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        instant(rs, 7)))
                .list();
    }
}
