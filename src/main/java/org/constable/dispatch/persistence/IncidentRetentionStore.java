package org.constable.dispatch.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What retention review needs of incidents: reference, call type and last activity. */
@Repository
public class IncidentRetentionStore {

    public record Row(long id, String reference, String callType, LocalDate lastActivity) {}

    private final JdbcClient jdbc;

    public IncidentRetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> after(long afterId, long onlyId, int limit) {
        return jdbc.sql("SELECT i.id, i.reference, i.call_type, COALESCE(i.closed_at, i.opened_at)"
                        + " FROM dispatch.incident i WHERE i.id > ? AND (? = 0 OR i.id = ?) ORDER BY i.id LIMIT ?")
                .param(afterId)
                .param(onlyId)
                .param(onlyId)
                .param(limit)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant().atZone(ZoneOffset.UTC).toLocalDate()))
                .list();
    }
}
