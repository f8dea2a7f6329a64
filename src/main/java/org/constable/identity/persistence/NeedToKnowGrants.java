package org.constable.identity.persistence;

import org.constable.shared.RecordRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NeedToKnowGrants {

    private final JdbcClient jdbc;

    public NeedToKnowGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean granted(RecordRef record, long userId, Long teamId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity.need_to_know WHERE record_type = ? AND record_id = ? "
                        + "AND (user_id = ? OR (team_id IS NOT NULL AND team_id = ?)))")
                .params(record.type().code(), record.id(), userId, teamId)
                .query(Boolean.class)
                .single();
    }

    public void grantToUser(RecordRef record, long userId) {
        jdbc.sql("INSERT INTO identity.need_to_know (record_type, record_id, user_id) VALUES (?, ?, ?)")
                .params(record.type().code(), record.id(), userId)
                .update();
    }
}
