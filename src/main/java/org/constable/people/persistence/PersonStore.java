package org.constable.people.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.constable.people.domain.PersonDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PersonStore {

    private static final String COLUMNS =
            "id, forename, middle_names, surname, date_of_birth, sex, height_cm, build, hair, "
                    + "eyes, description, restricted, version, combined_into";

    public record AliasRow(long id, String forename, String surname, java.time.@Nullable LocalDate dateOfBirth) {}

    private final JdbcClient jdbc;

    public PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(PersonDetails p, Instant now) {
        return jdbc.sql(
                        "INSERT INTO people.person (forename, middle_names, surname, date_of_birth, sex, height_cm, build, hair, "
                                + "eyes, description, restricted, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .param(p.forename())
                .param(p.middleNames())
                .param(p.surname())
                .param(p.dateOfBirth() == null ? null : Date.valueOf(p.dateOfBirth()))
                .param(p.sex())
                .param(p.heightCm())
                .param(p.build())
                .param(p.hair())
                .param(p.eyes())
                .param(p.description())
                .param(p.restricted())
                .param(Timestamp.from(now))
                .param(Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Updates only if the version is the one the user saw; false means someone changed it first. */
    public boolean update(long id, int expectedVersion, PersonDetails p, Instant now) {
        return jdbc.sql(
                                "UPDATE people.person SET forename = ?, middle_names = ?, surname = ?, date_of_birth = ?, sex = ?, "
                                        + "height_cm = ?, build = ?, hair = ?, eyes = ?, description = ?, restricted = ?, updated_at = ?, "
                                        + "version = version + 1 WHERE id = ? AND version = ?")
                        .param(p.forename())
                        .param(p.middleNames())
                        .param(p.surname())
                        .param(p.dateOfBirth() == null ? null : Date.valueOf(p.dateOfBirth()))
                        .param(p.sex())
                        .param(p.heightCm())
                        .param(p.build())
                        .param(p.hair())
                        .param(p.eyes())
                        .param(p.description())
                        .param(p.restricted())
                        .param(Timestamp.from(now))
                        .param(id)
                        .param(expectedVersion)
                        .update()
                == 1;
    }

    public Optional<PersonRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM people.person WHERE id = ?")
                .param(id)
                .query(PersonStore::map)
                .optional();
    }

    /** Live persons only: a person combined into another is no longer a record of its own (its survivor is). */
    public List<PersonRow> bySurnamePrefix(String prefix, int limit) {
        return jdbc.sql(
                        "SELECT " + COLUMNS
                                + " FROM people.person WHERE lower(surname) LIKE ? AND combined_into IS NULL AND erased_at IS NULL ORDER BY lower(surname), lower(forename), id LIMIT ?")
                .params(prefix.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%", limit)
                .query(PersonStore::map)
                .list();
    }

    public long addAlias(long personId, String forename, String surname, java.time.@Nullable LocalDate dob) {
        return jdbc.sql(
                        "INSERT INTO people.alias (person_id, forename, surname, date_of_birth) VALUES (?, ?, ?, ?) RETURNING id")
                .param(personId)
                .param(forename)
                .param(surname)
                .param(dob == null ? null : Date.valueOf(dob))
                .query(Long.class)
                .single();
    }

    public List<AliasRow> aliases(long personId) {
        return jdbc.sql("SELECT id, forename, surname, date_of_birth FROM people.alias WHERE person_id = ? ORDER BY id")
                .param(personId)
                .query((rs, n) -> new AliasRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate()))
                .list();
    }

    public void addAddress(long personId, long locationId, String kind) {
        jdbc.sql(
                        "INSERT INTO people.person_address (person_id, location_id, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(personId, locationId, kind)
                .update();
    }

    public List<Long> addressLocationIds(long personId) {
        return jdbc.sql("SELECT location_id FROM people.person_address WHERE person_id = ? ORDER BY location_id")
                .param(personId)
                .query(Long.class)
                .list();
    }

    public List<String> addressKinds(long personId, long locationId) {
        return jdbc.sql("SELECT kind FROM people.person_address WHERE person_id = ? AND location_id = ? ORDER BY kind")
                .params(personId, locationId)
                .query(String.class)
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM people.person").query(Long.class).single();
    }

    /** The live restriction flag of each of these persons that exists. */
    public java.util.Map<Long, Boolean> restrictionOf(java.util.Collection<Long> ids) {
        java.util.Map<Long, Boolean> flags = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return flags;
        }
        jdbc.sql("SELECT id, restricted FROM people.person WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> flags.put(rs.getLong(1), rs.getBoolean(2)))
                .list();
        return flags;
    }

    /** Lifts the restriction; false if the person was not restricted. */
    public boolean liftRestriction(long id, Instant now) {
        return jdbc.sql("UPDATE people.person SET restricted = FALSE, updated_at = ?, version = version + 1 "
                                + "WHERE id = ? AND restricted")
                        .params(Timestamp.from(now), id)
                        .update()
                == 1;
    }

    private static PersonRow map(ResultSet rs, int n) throws SQLException {
        Date dob = rs.getDate("date_of_birth");
        int height = rs.getInt("height_cm");
        Integer heightCm = rs.wasNull() ? null : height;
        return new PersonRow(
                rs.getLong("id"),
                rs.getString("forename"),
                rs.getString("middle_names"),
                rs.getString("surname"),
                dob == null ? null : dob.toLocalDate(),
                rs.getString("sex"),
                heightCm,
                rs.getString("build"),
                rs.getString("hair"),
                rs.getString("eyes"),
                rs.getString("description"),
                rs.getBoolean("restricted"),
                rs.getInt("version"),
                rs.getObject("combined_into") == null ? null : rs.getLong("combined_into"));
    }
}
