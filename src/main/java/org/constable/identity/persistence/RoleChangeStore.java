package org.constable.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Role grants asked for by one administrator and decided by another. */
@Repository
public class RoleChangeStore {

    public record RoleChange(
            long id,
            long userId,
            String username,
            Role role,
            long requestedById,
            String requestedBy,
            Instant requestedAt,
            @Nullable String reason,
            String state,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote) {

        public boolean pending() {
            return "PENDING".equals(state);
        }
    }

    private static final String SELECT =
            "SELECT c.id, c.user_id, u.username, c.role, c.requested_by, r.username AS requester, "
                    + "c.requested_at, c.reason, c.state, d.username AS decider, c.decided_at, c.decision_note "
                    + "FROM identity.role_change c JOIN identity.app_user u ON u.id = c.user_id "
                    + "JOIN identity.app_user r ON r.id = c.requested_by LEFT JOIN identity.app_user d ON d.id = c.decided_by ";

    private final JdbcClient jdbc;

    public RoleChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pending request for this user and role, created if there is none yet. */
    public long requestGrant(long userId, Role role, long requestedBy, @Nullable String reason, Instant now) {
        Optional<Long> existing = jdbc.sql(
                        "SELECT id FROM identity.role_change WHERE user_id = ? AND role = ? AND state = 'PENDING'")
                .params(userId, role.name())
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        return jdbc.sql("INSERT INTO identity.role_change (user_id, role, requested_by, requested_at, reason) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, role) WHERE state = 'PENDING' DO UPDATE "
                        + "SET reason = identity.role_change.reason RETURNING id")
                .param(userId)
                .param(role.name())
                .param(requestedBy)
                .param(Timestamp.from(now))
                .param(reason)
                .query(Long.class)
                .single();
    }

    public Optional<RoleChange> find(long id) {
        return jdbc.sql(SELECT + "WHERE c.id = ?")
                .param(id)
                .query(RoleChangeStore::map)
                .optional();
    }

    public List<RoleChange> pending() {
        return jdbc.sql(SELECT + "WHERE c.state = 'PENDING' ORDER BY c.requested_at, c.id")
                .query(RoleChangeStore::map)
                .list();
    }

    public List<RoleChange> recent(int limit) {
        return jdbc.sql(SELECT + "ORDER BY c.id DESC LIMIT ?")
                .param(limit)
                .query(RoleChangeStore::map)
                .list();
    }

    /** Decides a pending request; false if someone decided it first. */
    public boolean decide(long id, boolean approved, long decidedBy, @Nullable String note, Instant now) {
        return jdbc.sql("UPDATE identity.role_change SET state = ?, decided_by = ?, decided_at = ?, decision_note = ? "
                                + "WHERE id = ? AND state = 'PENDING'")
                        .param(approved ? "APPROVED" : "REFUSED")
                        .param(decidedBy)
                        .param(Timestamp.from(now))
                        .param(note)
                        .param(id)
                        .update()
                == 1;
    }

    private static RoleChange map(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new RoleChange(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("username"),
                Role.valueOf(rs.getString("role")),
                rs.getLong("requested_by"),
                rs.getString("requester"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("reason"),
                rs.getString("state"),
                rs.getString("decider"),
                decided == null ? null : decided.toInstant(),
                rs.getString("decision_note"));
    }
}
