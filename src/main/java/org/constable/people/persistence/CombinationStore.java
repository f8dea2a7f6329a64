package org.constable.people.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moves a person's aliases, addresses, links and warning markers onto a survivor, listing every
 * moved row in {@code people.combination_move}, and moves exactly those rows back on undo.
 */
@Repository
public class CombinationStore {

    public record Locked(long id, @Nullable Long combinedInto, boolean restricted) {}

    public record CombinationRow(
            long id,
            long survivorId,
            long absorbedId,
            String reason,
            Instant combinedAt,
            String combinedBy,
            @Nullable Instant undoneAt) {}

    /** A person combined into a survivor, as the survivor's page lists it. */
    public record AbsorbedRow(
            long combinationId,
            long personId,
            String forename,
            @Nullable String middleNames,
            String surname,
            @Nullable LocalDate dateOfBirth,
            @Nullable String description,
            boolean restricted,
            String reason,
            Instant combinedAt,
            String combinedBy) {}

    private static final String COMBINATION =
            "SELECT id, survivor_id, absorbed_id, reason, combined_at, combined_by, undone_at "
                    + "FROM people.combination WHERE id = ?";

    private final JdbcClient jdbc;

    public CombinationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks both persons, always in id order so that two combinations of the same pair cannot deadlock. */
    public List<Locked> lock(long first, long second) {
        return jdbc.sql(
                        "SELECT id, combined_into, restricted FROM people.person WHERE id IN (?, ?) ORDER BY id FOR UPDATE")
                .params(first, second)
                .query((rs, n) ->
                        new Locked(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2), rs.getBoolean(3)))
                .list();
    }

    public Optional<CombinationRow> lockCombination(long id) {
        return jdbc.sql(COMBINATION + " FOR UPDATE")
                .param(id)
                .query((rs, n) -> new CombinationRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .optional();
    }

    public long combine(
            long survivor,
            long absorbed,
            String reason,
            Instant now,
            String by,
            PersonRow absorbedName,
            boolean nameAsAlias) {
        long id = jdbc.sql(
                        "INSERT INTO people.combination (survivor_id, absorbed_id, reason, combined_at, combined_by) "
                                + "VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(survivor, absorbed, reason, Timestamp.from(now), by)
                .query(Long.class)
                .single();
        move(
                id,
                "ALIAS",
                "UPDATE people.alias SET person_id = :s WHERE person_id = :a RETURNING id, NULL::bigint, NULL::text",
                survivor,
                absorbed);
        if (nameAsAlias) {
            long alias = jdbc.sql(
                            "INSERT INTO people.alias (person_id, forename, surname, date_of_birth) VALUES (?, ?, ?, ?) RETURNING id")
                    .param(survivor)
                    .param(absorbedName.forename())
                    .param(absorbedName.surname())
                    .param(absorbedName.dateOfBirth() == null ? null : Date.valueOf(absorbedName.dateOfBirth()))
                    .query(Long.class)
                    .single();
            jdbc.sql(
                            "INSERT INTO people.combination_move (combination_id, what, row_id) VALUES (?, 'NAME_AS_ALIAS', ?)")
                    .params(id, alias)
                    .update();
        }
        // an address the survivor already has with the same kind stays where it is: the survivor shows it already
        move(
                id,
                "ADDRESS",
                "UPDATE people.person_address pa SET person_id = :s WHERE person_id = :a AND NOT EXISTS ("
                        + "SELECT 1 FROM people.person_address o WHERE o.person_id = :s AND o.location_id = pa.location_id AND o.kind = pa.kind) "
                        + "RETURNING NULL::bigint, location_id, kind",
                survivor,
                absorbed);
        // a link between the two persons stays as it was: moved, it would link the survivor to itself
        move(
                id,
                "LINK_FROM",
                "UPDATE people.link SET from_id = :s WHERE from_type = 'PERSON' AND from_id = :a "
                        + "AND NOT (to_type = 'PERSON' AND to_id = :s) RETURNING id, NULL::bigint, NULL::text",
                survivor,
                absorbed);
        move(
                id,
                "LINK_TO",
                "UPDATE people.link SET to_id = :s WHERE to_type = 'PERSON' AND to_id = :a "
                        + "AND NOT (from_type = 'PERSON' AND from_id = :s) RETURNING id, NULL::bigint, NULL::text",
                survivor,
                absorbed);
        move(
                id,
                "WARNING_MARKER",
                "UPDATE people.warning_marker SET subject_id = :s WHERE subject_type = 'PERSON' AND subject_id = :a "
                        + "RETURNING id, NULL::bigint, NULL::text",
                survivor,
                absorbed);
        jdbc.sql("UPDATE people.person SET combined_into = ?, version = version + 1, updated_at = ? WHERE id = ?")
                .params(survivor, Timestamp.from(now), absorbed)
                .update();
        touch(survivor, now);
        return id;
    }

    private void move(long combination, String what, String update, long survivor, long absorbed) {
        jdbc.sql("WITH moved AS (" + update
                        + ") INSERT INTO people.combination_move (combination_id, what, row_id, location_id, kind) "
                        + "SELECT :c, :what, m.* FROM moved m")
                .param("s", survivor)
                .param("a", absorbed)
                .param("c", combination)
                .param("what", what)
                .update();
    }

    /** Puts back exactly what the combination moved, removes the alias it added, and marks it undone. */
    public void undo(CombinationRow c, String reason, Instant now, String by) {
        long s = c.survivorId(), a = c.absorbedId();
        String rows = "(SELECT row_id FROM people.combination_move WHERE combination_id = :c AND what = :what)";
        back("UPDATE people.alias SET person_id = :a WHERE person_id = :s AND id IN " + rows, c.id(), "ALIAS", s, a);
        back("DELETE FROM people.alias WHERE person_id = :s AND id IN " + rows, c.id(), "NAME_AS_ALIAS", s, a);
        back(
                "UPDATE people.person_address SET person_id = :a WHERE person_id = :s AND (location_id, kind) IN "
                        + "(SELECT location_id, kind FROM people.combination_move WHERE combination_id = :c AND what = :what)",
                c.id(),
                "ADDRESS",
                s,
                a);
        back(
                "UPDATE people.link SET from_id = :a WHERE from_type = 'PERSON' AND from_id = :s AND id IN " + rows,
                c.id(),
                "LINK_FROM",
                s,
                a);
        back(
                "UPDATE people.link SET to_id = :a WHERE to_type = 'PERSON' AND to_id = :s AND id IN " + rows,
                c.id(),
                "LINK_TO",
                s,
                a);
        back(
                "UPDATE people.warning_marker SET subject_id = :a WHERE subject_type = 'PERSON' AND subject_id = :s AND id IN "
                        + rows,
                c.id(),
                "WARNING_MARKER",
                s,
                a);
        jdbc.sql("UPDATE people.person SET combined_into = NULL, version = version + 1, updated_at = ? WHERE id = ?")
                .params(Timestamp.from(now), a)
                .update();
        touch(s, now);
        jdbc.sql("UPDATE people.combination SET undone_at = ?, undone_by = ?, undo_reason = ? WHERE id = ?")
                .params(Timestamp.from(now), by, reason, c.id())
                .update();
    }

    private void back(String sql, long combination, String what, long survivor, long absorbed) {
        jdbc.sql(sql)
                .param("s", survivor)
                .param("a", absorbed)
                .param("c", combination)
                .param("what", what)
                .update();
    }

    private void touch(long person, Instant now) {
        jdbc.sql("UPDATE people.person SET version = version + 1, updated_at = ? WHERE id = ?")
                .params(Timestamp.from(now), person)
                .update();
    }

    /** Persons combined into this one by combinations in force, oldest first. */
    public List<AbsorbedRow> absorbedInto(long survivor) {
        return jdbc.sql(
                        "SELECT c.id, p.id, p.forename, p.middle_names, p.surname, p.date_of_birth, p.description, p.restricted, "
                                + "c.reason, c.combined_at, c.combined_by FROM people.combination c JOIN people.person p ON p.id = c.absorbed_id "
                                + "WHERE c.survivor_id = ? AND c.undone_at IS NULL ORDER BY c.id")
                .param(survivor)
                .query((rs, n) -> new AbsorbedRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                        rs.getString(7),
                        rs.getBoolean(8),
                        rs.getString(9),
                        rs.getTimestamp(10).toInstant(),
                        rs.getString(11)))
                .list();
    }

    /** The combination in force that absorbed this person, if any. */
    public Optional<Long> combinationAbsorbing(long absorbed) {
        return jdbc.sql("SELECT id FROM people.combination WHERE absorbed_id = ? AND undone_at IS NULL")
                .param(absorbed)
                .query(Long.class)
                .optional();
    }

    /** The live record a person now lives on: itself, or the end of its chain of combinations. */
    public long survivorOf(long person) {
        return jdbc.sql(
                        "WITH RECURSIVE chain(id, next, depth) AS (SELECT id, combined_into, 0 FROM people.person WHERE id = ? "
                                + "UNION ALL SELECT p.id, p.combined_into, c.depth + 1 FROM people.person p JOIN chain c ON p.id = c.next "
                                + "WHERE c.depth < 50) SELECT id FROM chain WHERE next IS NULL")
                .param(person)
                .query(Long.class)
                .optional()
                .orElse(person);
    }
}
