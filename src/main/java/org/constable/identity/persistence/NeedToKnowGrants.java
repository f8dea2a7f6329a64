package org.constable.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.shared.RecordRef;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Need-to-know grants on restricted records: live until they expire or are revoked, kept after. */
@Repository
public class NeedToKnowGrants {

    public record Grant(
            long id,
            String recordType,
            long recordId,
            @Nullable Long userId,
            @Nullable String username,
            @Nullable Long teamId,
            String grantedBy,
            Instant grantedAt,
            Instant expiresAt,
            @Nullable String reason,
            @Nullable String revokedBy,
            @Nullable Instant revokedAt) {

        public boolean liveAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    private static final String SELECT = "SELECT g.id, g.record_type, g.record_id, g.user_id, u.username, g.team_id, "
            + "gb.username AS granter, g.granted_at, g.expires_at, g.reason, rb.username AS revoker, g.revoked_at "
            + "FROM identity.need_to_know g LEFT JOIN identity.app_user u ON u.id = g.user_id "
            + "LEFT JOIN identity.app_user gb ON gb.id = g.granted_by LEFT JOIN identity.app_user rb ON rb.id = g.revoked_by ";

    private final JdbcClient jdbc;

    public NeedToKnowGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True if the user, or their team, holds a grant on the record that is neither expired nor revoked. */
    public boolean granted(RecordRef record, long userId, @Nullable Long teamId, Instant now) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.need_to_know WHERE record_type = ? AND record_id = ? "
                        + "AND (user_id = ? OR (team_id IS NOT NULL AND team_id = ?)) "
                        + "AND revoked_at IS NULL AND expires_at > ?)")
                .param(record.type().code())
                .param(record.id())
                .param(userId)
                .param(teamId)
                .param(Timestamp.from(now))
                .query(Boolean.class)
                .single();
    }

    public long grantToUser(
            RecordRef record, long userId, long grantedBy, Instant now, Instant expiresAt, @Nullable String reason) {
        return jdbc.sql("INSERT INTO identity.need_to_know (record_type, record_id, user_id, granted_by, granted_at, "
                        + "expires_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .param(record.type().code())
                .param(record.id())
                .param(userId)
                .param(grantedBy)
                .param(Timestamp.from(now))
                .param(Timestamp.from(expiresAt))
                .param(reason)
                .query(Long.class)
                .single();
    }

    public Optional<Grant> find(long id) {
        return jdbc.sql(SELECT + "WHERE g.id = ?")
                .param(id)
                .query(NeedToKnowGrants::map)
                .optional();
    }

    public List<Grant> onRecord(RecordRef record) {
        return jdbc.sql(SELECT + "WHERE g.record_type = ? AND g.record_id = ? ORDER BY g.id DESC")
                .params(record.type().code(), record.id())
                .query(NeedToKnowGrants::map)
                .list();
    }

    public List<Grant> ofUser(long userId) {
        return jdbc.sql(SELECT + "WHERE g.user_id = ? ORDER BY g.id DESC")
                .param(userId)
                .query(NeedToKnowGrants::map)
                .list();
    }

    /** Revokes a grant that is not revoked yet; false if it already was. */
    public boolean revoke(long id, long revokedBy, Instant now) {
        return jdbc.sql(
                                "UPDATE identity.need_to_know SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                        .params(revokedBy, Timestamp.from(now), id)
                        .update()
                == 1;
    }

    private static Grant map(ResultSet rs, int n) throws SQLException {
        long user = rs.getLong("user_id");
        Long userId = rs.wasNull() ? null : user;
        long team = rs.getLong("team_id");
        Long teamId = rs.wasNull() ? null : team;
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Grant(
                rs.getLong("id"),
                rs.getString("record_type"),
                rs.getLong("record_id"),
                userId,
                rs.getString("username"),
                teamId,
                rs.getString("granter"),
                rs.getTimestamp("granted_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getString("reason"),
                rs.getString("revoker"),
                revoked == null ? null : revoked.toInstant());
    }
}
