package org.constable.identity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.constable.identity.Rank;
import org.constable.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserAccounts {

    private static final String COLUMNS = "id, username, display_name, collar_number, password_hash, totp_secret, "
            + "totp_enrolled, last_totp_step, enabled, failed_logins, locked_until, team_id, created_by, police_rank";

    private final JdbcClient jdbc;

    public UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.app_user WHERE username = ?")
                .param(username)
                .query(UserAccounts::map)
                .optional();
    }

    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.app_user WHERE id = ?")
                .param(id)
                .query(UserAccounts::map)
                .optional();
    }

    public List<UserAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM identity.app_user ORDER BY username")
                .query(UserAccounts::map)
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM identity.app_user")
                .query(Long.class)
                .single();
    }

    public long insert(
            String username,
            String displayName,
            @Nullable String collarNumber,
            String passwordHash,
            String totpSecret,
            @Nullable Long teamId,
            @Nullable Long createdBy,
            Instant now) {
        return jdbc.sql(
                        "INSERT INTO identity.app_user (username, display_name, collar_number, password_hash, totp_secret, "
                                + "team_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .param(username)
                .param(displayName)
                .param(collarNumber)
                .param(passwordHash)
                .param(totpSecret)
                .param(teamId)
                .param(createdBy)
                .param(Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public Set<Role> rolesOf(long userId) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM identity.user_role WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    public void grantRole(long userId, Role role) {
        jdbc.sql("INSERT INTO identity.user_role (user_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(userId, role.name())
                .update();
    }

    public boolean revokeRole(long userId, Role role) {
        return jdbc.sql("DELETE FROM identity.user_role WHERE user_id = ? AND role = ?")
                        .params(userId, role.name())
                        .update()
                > 0;
    }

    /**
     * Counts one failed sign-in and, when it reaches {@code maxFailures}, locks the account until
     * {@code lockUntil} and starts the count again: one statement under the row's lock, so parallel
     * failures are each counted once. True if this failure locked the account.
     */
    public boolean countFailure(long userId, int maxFailures, Instant lockUntil) {
        return jdbc.sql("UPDATE identity.app_user SET "
                        + "locked_until = CASE WHEN failed_logins + 1 >= :max THEN :until ELSE locked_until END, "
                        + "failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END "
                        + "WHERE id = :id RETURNING failed_logins = 0 AND locked_until = :until")
                .param("max", maxFailures)
                .param("until", Timestamp.from(lockUntil.truncatedTo(java.time.temporal.ChronoUnit.MICROS)))
                .param("id", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void clearFailures(long userId) {
        jdbc.sql(
                        "UPDATE identity.app_user SET failed_logins = 0, locked_until = NULL WHERE id = ? AND failed_logins <> 0")
                .param(userId)
                .update();
    }

    /** Marks a TOTP step used; false if it (or a later one) was already used: a replayed code. */
    public boolean useTotpStep(long userId, long step) {
        return jdbc.sql("UPDATE identity.app_user SET last_totp_step = ?, totp_enrolled = TRUE "
                                + "WHERE id = ? AND last_totp_step < ?")
                        .params(step, userId, step)
                        .update()
                == 1;
    }

    public void setTotpSecret(long userId, String secret) {
        jdbc.sql("UPDATE identity.app_user SET totp_secret = ?, totp_enrolled = FALSE WHERE id = ?")
                .params(secret, userId)
                .update();
    }

    /** Records the user's police rank (null: none recorded). */
    public void setRank(long userId, @Nullable Rank rank) {
        jdbc.sql("UPDATE identity.app_user SET police_rank = ? WHERE id = ?")
                .param(1, rank == null ? null : rank.name(), java.sql.Types.VARCHAR)
                .param(2, userId)
                .update();
    }

    public void setEnabled(long userId, boolean enabled) {
        jdbc.sql("UPDATE identity.app_user SET enabled = ? WHERE id = ?")
                .params(enabled, userId)
                .update();
    }

    public long teamNamed(String name) {
        return jdbc.sql(
                        "INSERT INTO identity.team (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id")
                .param(name)
                .query(Long.class)
                .single();
    }

    private static UserAccount map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        long team = rs.getLong("team_id");
        Long teamId = rs.wasNull() ? null : team;
        long creator = rs.getLong("created_by");
        Long createdBy = rs.wasNull() ? null : creator;
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("collar_number"),
                rs.getString("password_hash"),
                rs.getString("totp_secret"),
                rs.getBoolean("totp_enrolled"),
                rs.getLong("last_totp_step"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(),
                teamId,
                createdBy,
                rs.getString("police_rank") == null ? null : Rank.valueOf(rs.getString("police_rank")));
    }
}
