package org.constable.intelligence.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.constable.shared.NameRedaction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What retention review needs of intelligence reports (id and submission), their erasure and the
 * redaction of a disposed person's names (ADR 0109). Reports are append-only: only inside an
 * erasure (constable.erasure on, for these statements alone) may the named text columns change.
 */
@Repository
public class ReportRetentionStore {

    public record Row(long id, LocalDate lastActivity) {}

    /** What an erased text becomes. */
    public static final String ERASED_TEXT = "[erased]";

    private final JdbcClient jdbc;

    public ReportRetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> after(long afterId, @Nullable Long onlyId, int limit) {
        return jdbc.sql("SELECT r.id, r.submitted_at FROM intelligence.report r WHERE r.id > ?"
                        + " AND (CAST(? AS BIGINT) IS NULL OR r.id = ?) AND r.erased_at IS NULL ORDER BY r.id LIMIT ?")
                .param(afterId)
                .param(onlyId)
                .param(onlyId)
                .param(limit)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant().atZone(ZoneOffset.UTC).toLocalDate()))
                .list();
    }

    /** Erases the report's texts, place and links; false when not there or erased already. */
    public boolean erase(long id, Instant at) {
        erasing(true);
        int changed = jdbc.sql("UPDATE intelligence.report SET place_words = NULL, location_id = NULL, erased_at = ?"
                        + " WHERE id = ? AND erased_at IS NULL")
                .param(Timestamp.from(at))
                .param(id)
                .update();
        if (changed > 0) {
            jdbc.sql("UPDATE intelligence.original_text SET text = ? WHERE report_id = ?")
                    .param(ERASED_TEXT)
                    .param(id)
                    .update();
            jdbc.sql("UPDATE intelligence.evaluation SET sanitised_text = :erased, risk_assessment = :erased,"
                            + " handling_conditions = CASE WHEN handling_conditions IS NULL THEN NULL ELSE :erased END"
                            + " WHERE report_id = :id")
                    .param("erased", ERASED_TEXT)
                    .param("id", id)
                    .update();
            jdbc.sql("DELETE FROM intelligence.report_link WHERE report_id = ?")
                    .param(id)
                    .update();
        }
        erasing(false);
        return changed > 0;
    }

    /** Redacts the names from original texts, places in words and evaluations; returns where. */
    public List<String> redact(NameRedaction names) {
        erasing(true);
        List<String> places = new ArrayList<>();
        places.addAll(jdbc.sql("UPDATE intelligence.original_text SET text = regexp_replace(text, :re, :mark, 'gi')"
                        + " WHERE text ~* :re RETURNING 'intelligence report ' || report_id || ' original text'")
                .params(names.binding())
                .query(String.class)
                .list());
        places.addAll(
                jdbc.sql("UPDATE intelligence.report SET place_words = regexp_replace(place_words, :re, :mark, 'gi')"
                                + " WHERE place_words ~* :re RETURNING 'intelligence report ' || id || ' place'")
                        .params(names.binding())
                        .query(String.class)
                        .list());
        places.addAll(jdbc.sql("UPDATE intelligence.evaluation SET"
                        + " sanitised_text = regexp_replace(sanitised_text, :re, :mark, 'gi'),"
                        + " risk_assessment = regexp_replace(risk_assessment, :re, :mark, 'gi'),"
                        + " handling_conditions = regexp_replace(handling_conditions, :re, :mark, 'gi')"
                        + " WHERE sanitised_text ~* :re OR risk_assessment ~* :re OR handling_conditions ~* :re"
                        + " RETURNING 'intelligence report ' || report_id || ' evaluation ' || version"
                        + " || ' (sanitised text, risk assessment, conditions)'")
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
