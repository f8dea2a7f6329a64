package org.constable.dispatch.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The incident log: append-only (the database refuses updates and deletes). */
@Repository
public class IncidentLogStore {

    public record Entry(long id, long incidentId, Instant at, String actor, String kind, String text) {}

    private final JdbcClient jdbc;

    public IncidentLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(long incidentId, Instant at, String actor, String kind, String text) {
        jdbc.sql("INSERT INTO dispatch.incident_log (incident_id, at, actor, kind, text) VALUES (?, ?, ?, ?, ?)")
                .params(incidentId, Timestamp.from(at), actor, kind, text)
                .update();
    }

    public List<Entry> of(long incidentId) {
        return jdbc.sql(
                        "SELECT id, incident_id, at, actor, kind, text FROM dispatch.incident_log WHERE incident_id = ? ORDER BY id")
                .param(incidentId)
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }
}
