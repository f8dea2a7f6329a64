package org.constable.investigation.persistence;

import static org.constable.investigation.persistence.InvestigationStore.instant;
import static org.constable.investigation.persistence.InvestigationStore.nullableInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.constable.investigation.domain.ActionPriority;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Investigation actions and their reassignments. There is no delete: an action ends only with a result. */
@Repository
public class ActionStore {

    public record ActionRow(
            long id,
            long investigationId,
            String investigationReference,
            String description,
            String owner,
            @Nullable Long ownerTeamId,
            ActionPriority priority,
            LocalDate dueOn,
            String raisedBy,
            Instant raisedAt,
            @Nullable Long reviewId,
            @Nullable Instant completedAt,
            @Nullable String completedBy,
            @Nullable String result) {

        public boolean open() {
            return completedAt == null;
        }
    }

    public record ReassignmentRow(
            long actionId, String fromOwner, String toOwner, String reason, String by, Instant at) {}

    private static final String COLUMNS =
            "a.id, a.investigation_id, i.reference, a.description, a.owner, a.owner_team_id, a.priority, a.due_on, "
                    + "a.raised_by, a.raised_at, a.review_id, a.completed_at, a.completed_by, a.result";
    private static final String FROM =
            " FROM investigation.investigation_action a JOIN investigation.investigation i ON i.id = a.investigation_id ";
    // the due day first, then the priority in its declared order
    private static final String ORDER = " ORDER BY a.due_on, CASE a.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' "
            + "THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END, a.id";

    private final JdbcClient jdbc;

    public ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long investigationId,
            String description,
            String owner,
            @Nullable Long ownerTeamId,
            ActionPriority priority,
            LocalDate dueOn,
            String by,
            Instant at,
            @Nullable Long reviewId) {
        return jdbc.sql("INSERT INTO investigation.investigation_action (investigation_id, description, owner, "
                        + "owner_team_id, priority, due_on, raised_by, raised_at, review_id) VALUES (?,?,?,?,?,?,?,?,?) "
                        + "RETURNING id")
                .param(investigationId)
                .param(description)
                .param(owner)
                .param(ownerTeamId)
                .param(priority.name())
                .param(dueOn)
                .param(by)
                .param(Timestamp.from(at))
                .param(reviewId)
                .query(Long.class)
                .single();
    }

    /** The action, locked for a change. */
    public Optional<ActionRow> lock(long actionId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE a.id = ? FOR UPDATE OF a")
                .param(actionId)
                .query(ActionStore::row)
                .optional();
    }

    public Optional<ActionRow> find(long actionId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE a.id = ?")
                .param(actionId)
                .query(ActionStore::row)
                .optional();
    }

    public void reassign(
            long actionId, String from, String to, @Nullable Long toTeamId, String reason, String by, Instant at) {
        jdbc.sql("INSERT INTO investigation.action_reassignment (action_id, from_owner, to_owner, reason, "
                        + "reassigned_by, reassigned_at) VALUES (?,?,?,?,?,?)")
                .param(actionId)
                .param(from)
                .param(to)
                .param(reason)
                .param(by)
                .param(Timestamp.from(at))
                .update();
        jdbc.sql("UPDATE investigation.investigation_action SET owner = ?, owner_team_id = ? WHERE id = ?")
                .param(to)
                .param(toTeamId)
                .param(actionId)
                .update();
    }

    public void complete(long actionId, String result, String by, Instant at) {
        jdbc.sql("UPDATE investigation.investigation_action SET completed_at = ?, completed_by = ?, result = ? "
                        + "WHERE id = ? AND completed_at IS NULL")
                .param(Timestamp.from(at))
                .param(by)
                .param(result)
                .param(actionId)
                .update();
    }

    public List<ActionRow> ofInvestigation(long investigationId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE a.investigation_id = ?" + ORDER)
                .param(investigationId)
                .query(ActionStore::row)
                .list();
    }

    public int openCount(long investigationId) {
        return jdbc.sql("SELECT count(*) FROM investigation.investigation_action WHERE investigation_id = ? "
                        + "AND completed_at IS NULL")
                .param(investigationId)
                .query(Integer.class)
                .single();
    }

    /** The owner's open actions due on or before {@code until}, earliest first. */
    public List<ActionRow> openOwnedBy(String owner, LocalDate until, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE a.owner = ? AND a.completed_at IS NULL AND a.due_on <= ?"
                        + ORDER + " LIMIT ?")
                .param(owner)
                .param(until)
                .param(limit)
                .query(ActionStore::row)
                .list();
    }

    /** The open actions of everyone in a team due on or before {@code until}, earliest first. */
    public List<ActionRow> openOfTeam(long teamId, LocalDate until, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + FROM
                        + "WHERE a.owner_team_id = ? AND a.completed_at IS NULL AND a.due_on <= ?" + ORDER + " LIMIT ?")
                .param(teamId)
                .param(until)
                .param(limit)
                .query(ActionStore::row)
                .list();
    }

    public List<ReassignmentRow> reassignments(long investigationId) {
        return jdbc.sql("SELECT r.action_id, r.from_owner, r.to_owner, r.reason, r.reassigned_by, r.reassigned_at "
                        + "FROM investigation.action_reassignment r JOIN investigation.investigation_action a "
                        + "ON a.id = r.action_id WHERE a.investigation_id = ? ORDER BY r.id")
                .param(investigationId)
                .query((rs, n) -> new ReassignmentRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        instant(rs, 6)))
                .list();
    }

    private static ActionRow row(ResultSet rs, int n) throws SQLException {
        long team = rs.getLong(6);
        Long teamId = rs.wasNull() ? null : team;
        long review = rs.getLong(11);
        Long reviewId = rs.wasNull() ? null : review;
        return new ActionRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                teamId,
                ActionPriority.valueOf(rs.getString(7)),
                rs.getObject(8, LocalDate.class),
                rs.getString(9),
                instant(rs, 10),
                reviewId,
                nullableInstant(rs, 12),
                rs.getString(13),
                rs.getString(14));
    }
}
