package org.constable.crime.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.constable.shared.NameRedaction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What retention review needs of crimes, their erasure (ADR 0093) and the redaction of a disposed person's names (ADR 0109). */
@Repository
public class CrimeRetentionStore {

    public record Row(
            long id,
            String reference,
            String classificationCode,
            String category,
            String homeOfficeGroup,
            LocalDate lastActivity,
            boolean erased) {}

    /** A person's part in a crime, with the crime's classification. */
    public record Party(long personId, String classificationCode, String category, String homeOfficeGroup) {}

    private static final String COLUMNS = "c.id, c.reference, c.classification_code, k.police_uk_category, k.ho_group,"
            + " GREATEST(c.recorded_at, COALESCE((SELECT max(h.at) FROM crime.crime_history h WHERE h.crime_id = c.id),"
            + " c.recorded_at)), c.erased_at IS NOT NULL";

    private final JdbcClient jdbc;

    public CrimeRetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> after(long afterId, @Nullable Long onlyId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crime.crime c JOIN crime.classification k"
                        + " ON k.code = c.classification_code AND k.version = c.classification_version"
                        + " WHERE c.id > ? AND (CAST(? AS BIGINT) IS NULL OR c.id = ?) ORDER BY c.id LIMIT ?")
                .param(afterId)
                .param(onlyId)
                .param(onlyId)
                .param(limit)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant().atZone(ZoneOffset.UTC).toLocalDate(),
                        rs.getBoolean(7)))
                .list();
    }

    public List<Party> suspects(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.person_id, c.classification_code, k.police_uk_category, k.ho_group"
                        + " FROM crime.crime_person p JOIN crime.crime c ON c.id = p.crime_id"
                        + " JOIN crime.classification k ON k.code = c.classification_code AND k.version = c.classification_version"
                        + " WHERE p.role = 'SUSPECT' AND c.status = 'RECORDED' AND p.person_id = ANY(?)")
                .param(personIds.toArray(Long[]::new))
                .query((rs, n) -> new Party(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Erases the crime's free text, place words and persons; false when not there or erased already. */
    public boolean erase(long id, Instant at) {
        int changed = jdbc.sql(
                        "UPDATE crime.crime SET narrative = '', modus_operandi = '', location_text = 'Erased',"
                                + " location_id = NULL, erased_at = ?, version = version + 1 WHERE id = ? AND erased_at IS NULL")
                .param(Timestamp.from(at))
                .param(id)
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM crime.crime_person WHERE crime_id = ?").param(id).update();
        return true;
    }

    /** Redacts the names from narratives, modus operandi and places in words; returns where, by reference. */
    public List<String> redact(NameRedaction names) {
        return jdbc.sql("UPDATE crime.crime SET narrative = regexp_replace(narrative, :re, :mark, 'gi'),"
                        + " modus_operandi = regexp_replace(modus_operandi, :re, :mark, 'gi'),"
                        + " location_text = regexp_replace(location_text, :re, :mark, 'gi'), version = version + 1"
                        + " WHERE narrative ~* :re OR modus_operandi ~* :re OR location_text ~* :re"
                        + " RETURNING 'crime ' || reference || ' narrative'")
                .params(names.binding())
                .query(String.class)
                .list();
    }
}
