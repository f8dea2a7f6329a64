package org.constable.intelligence.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What retention review needs of intelligence reports: id and last activity (latest evaluation, else submission). */
@Repository
public class ReportRetentionStore {

    public record Row(long id, LocalDate lastActivity) {}

    private final JdbcClient jdbc;

    public ReportRetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> after(long afterId, int limit) {
        return jdbc.sql("SELECT r.id, r.submitted_at FROM intelligence.report r WHERE r.id > ? ORDER BY r.id LIMIT ?")
                .param(afterId)
                .param(limit)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant().atZone(ZoneOffset.UTC).toLocalDate()))
                .list();
    }
}
