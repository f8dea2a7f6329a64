package org.constable.dispatch.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.constable.shared.NameRedaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What retention review needs of incidents (reference, call type, last activity), their erasure and redaction (ADR 0109). */
@Repository
public class IncidentRetentionStore {

    public record Row(long id, String reference, String callType, LocalDate lastActivity) {}

    /** What a log entry's words become when its incident is disposed of. */
    public static final String ERASED_TEXT = "[erased]";

    private final JdbcClient jdbc;

    public IncidentRetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> after(long afterId, long onlyId, int limit) {
        return jdbc.sql("SELECT i.id, i.reference, i.call_type, COALESCE(i.closed_at, i.opened_at)"
                        + " FROM dispatch.incident i WHERE i.id > ? AND (? = 0 OR i.id = ?) AND i.erased_at IS NULL"
                        + " ORDER BY i.id LIMIT ?")
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

    /**
     * Erases the incident's summary, place and log words; its reference, times, grade, beat, cell and
     * the log's skeleton stay. False when not there or erased already.
     */
    public boolean erase(long id, Instant at) {
        int changed = jdbc.sql(
                        "UPDATE dispatch.incident SET summary = 'Erased', location_text = 'Erased', latitude = NULL,"
                                + " longitude = NULL, location_id = NULL, erased_at = ?, version = version + 1"
                                + " WHERE id = ? AND erased_at IS NULL")
                .param(Timestamp.from(at))
                .param(id)
                .update();
        if (changed == 0) {
            return false;
        }
        erasing(true);
        jdbc.sql("UPDATE dispatch.incident_log SET text = ? WHERE incident_id = ?")
                .param(ERASED_TEXT)
                .param(id)
                .update();
        erasing(false);
        return true;
    }

    /** Redacts the names from summaries, places in words and log entries; returns where, by reference. */
    public List<String> redact(NameRedaction names) {
        List<String> places = new ArrayList<>(jdbc.sql(
                        "UPDATE dispatch.incident SET summary = regexp_replace(summary, :re, :mark, 'gi'),"
                                + " location_text = regexp_replace(location_text, :re, :mark, 'gi'), version = version + 1"
                                + " WHERE summary ~* :re OR location_text ~* :re RETURNING 'incident ' || reference || ' summary'")
                .params(names.binding())
                .query(String.class)
                .list());
        erasing(true);
        places.addAll(jdbc.sql(
                        "WITH r AS (UPDATE dispatch.incident_log l SET text = regexp_replace(l.text, :re, :mark, 'gi')"
                                + " WHERE l.text ~* :re RETURNING l.incident_id)"
                                + " SELECT 'incident ' || i.reference || ' log, ' || count(*)"
                                + " || CASE WHEN count(*) = 1 THEN ' entry' ELSE ' entries' END FROM r"
                                + " JOIN dispatch.incident i ON i.id = r.incident_id GROUP BY i.reference ORDER BY i.reference")
                .params(names.binding())
                .query(String.class)
                .list());
        erasing(false);
        return places;
    }

    private void erasing(boolean on) {
        jdbc.sql("SELECT set_config('constable.erasure', ?, true)")
                .param(on ? "on" : "off")
                .query()
                .singleValue();
    }
}
