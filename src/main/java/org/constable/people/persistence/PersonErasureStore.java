package org.constable.people.persistence;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.shared.NameRedaction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What retention review needs of persons (date of birth, last change, markers) and their erasure (ADR 0093). */
@Repository
public class PersonErasureStore {

    public record Fact(long id, @Nullable LocalDate dateOfBirth, LocalDate lastActivity, boolean erased) {}

    private final JdbcClient jdbc;

    public PersonErasureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Fact> after(long afterId, @Nullable Long onlyId, int limit) {
        return jdbc.sql("SELECT id, date_of_birth, updated_at, erased_at IS NOT NULL FROM people.person"
                        + " WHERE combined_into IS NULL AND id > ? AND (CAST(? AS BIGINT) IS NULL OR id = ?)"
                        + " ORDER BY id LIMIT ?")
                .param(afterId)
                .param(onlyId)
                .param(onlyId)
                .param(limit)
                .query((rs, n) -> new Fact(
                        rs.getLong(1),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(),
                        rs.getTimestamp(3).toInstant().atZone(ZoneOffset.UTC).toLocalDate(),
                        rs.getBoolean(4)))
                .list();
    }

    public Map<Long, List<String>> markers(List<Long> ids) {
        Map<Long, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql(
                        "SELECT subject_id, marker FROM people.warning_marker WHERE subject_type = 'PERSON' AND subject_id = ANY(?)")
                .param(ids.toArray(Long[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }

    /**
     * Every way the person's name is written (forename and surname, with middle names, surname first,
     * and each alias), for the redaction of free text before the erasure (ADR 0109).
     */
    public List<String> namesOf(long id) {
        List<String> out = new ArrayList<>();
        jdbc.sql("SELECT forename, middle_names, surname FROM people.person WHERE id = ? AND erased_at IS NULL")
                .param(id)
                .query(rs -> {
                    out.addAll(NameRedaction.waysOfWriting(rs.getString(1), rs.getString(2), rs.getString(3)));
                });
        jdbc.sql("SELECT forename, surname FROM people.alias WHERE person_id = ?")
                .param(id)
                .query(rs -> {
                    out.addAll(NameRedaction.waysOfWriting(rs.getString(1), null, rs.getString(2)));
                });
        return out;
    }

    /** Erases the person's personal data; false when there is no such person or it was erased already. */
    public boolean erase(long id, Instant at) {
        int changed = jdbc.sql("UPDATE people.person SET forename = 'Erased', middle_names = NULL, surname = 'record',"
                        + " date_of_birth = NULL, sex = NULL, height_cm = NULL, build = NULL, hair = NULL, eyes = NULL,"
                        + " description = NULL, erased_at = ?, updated_at = ?, version = version + 1"
                        + " WHERE id = ? AND erased_at IS NULL")
                .param(java.sql.Timestamp.from(at))
                .param(java.sql.Timestamp.from(at))
                .param(id)
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM people.alias WHERE person_id = ?").param(id).update();
        jdbc.sql("DELETE FROM people.person_address WHERE person_id = ?")
                .param(id)
                .update();
        jdbc.sql(
                        "DELETE FROM people.link WHERE (from_type = 'PERSON' AND from_id = ?) OR (to_type = 'PERSON' AND to_id = ?)")
                .param(id)
                .param(id)
                .update();
        jdbc.sql("DELETE FROM people.warning_marker WHERE subject_type = 'PERSON' AND subject_id = ?")
                .param(id)
                .update();
        return true;
    }

    static @Nullable LocalDate date(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
