package org.constable.identity.persistence;

import java.util.List;
import org.constable.identity.Rank;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enabled accounts holding the supervisor role, with their team and rank. */
@Repository
public class SupervisorAccounts {

    /** One enabled supervisor. */
    public record SupervisorAccount(
            String username,
            @Nullable Long teamId,
            @Nullable Rank rank) {}

    private final JdbcClient jdbc;

    public SupervisorAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SupervisorAccount> enabled() {
        return jdbc.sql("""
                        SELECT u.username, u.team_id, u.police_rank
                          FROM identity.app_user u
                          JOIN identity.user_role r ON r.user_id = u.id AND r.role = 'SUPERVISOR'
                         WHERE u.enabled
                         ORDER BY u.username
                        """)
                .query((rs, n) -> new SupervisorAccount(
                        rs.getString(1),
                        rs.getObject(2) == null ? null : rs.getLong(2),
                        rs.getString(3) == null ? null : Rank.valueOf(rs.getString(3))))
                .list();
    }
}
