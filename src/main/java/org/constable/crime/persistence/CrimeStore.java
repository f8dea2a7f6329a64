package org.constable.crime.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.constable.crime.CrimeRole;
import org.constable.crime.CrimeStatus;
import org.constable.crime.domain.CrimeHistoryEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Crimes, the people and incidents linked to them, and their append-only history. */
@Repository
public class CrimeStore {

    public record Party(long personId, CrimeRole role, boolean vulnerableOrIntimidated) {}

    public record Fact(
            long id,
            String reference,
            String classificationCode,
            String policeUkCategory,
            Instant occurredFrom,
            Instant recordedAt,
            Double latitude,
            Double longitude,
            CrimeStatus status,
            String outcomeType) {}

    private static final String COLUMNS =
            "id, reference, classification_code, classification_version, occurred_from, occurred_to, "
                    + "reported_at, recorded_at, recorded_by, officer_in_charge, source_incident_id, location_text, location_id, latitude, "
                    + "longitude, modus_operandi, narrative, status, version";
    private static final RowMapper<CrimeRow> ROW = (rs, n) -> new CrimeRow(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getInt(4),
            rs.getTimestamp(5).toInstant(),
            rs.getTimestamp(6).toInstant(),
            rs.getTimestamp(7).toInstant(),
            rs.getTimestamp(8).toInstant(),
            rs.getString(9),
            rs.getString(10),
            rs.getObject(11, Long.class),
            rs.getString(12),
            rs.getObject(13, Long.class),
            rs.getObject(14, Double.class),
            rs.getObject(15, Double.class),
            rs.getString(16),
            rs.getString(17),
            CrimeStatus.valueOf(rs.getString(18)),
            rs.getInt(19));

    private final JdbcClient jdbc;

    public CrimeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextId() {
        return jdbc.sql("SELECT nextval('crime.crime_id_seq')")
                .query(Long.class)
                .single();
    }

    public void insert(CrimeRow c) {
        jdbc.sql("INSERT INTO crime.crime (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(c.id())
                .param(c.reference())
                .param(c.classificationCode())
                .param(c.classificationVersion())
                .param(ts(c.occurredFrom()))
                .param(ts(c.occurredTo()))
                .param(ts(c.reportedAt()))
                .param(ts(c.recordedAt()))
                .param(c.recordedBy())
                .param(c.officerInCharge())
                .param(c.sourceIncidentId())
                .param(c.locationText())
                .param(c.locationId())
                .param(c.latitude())
                .param(c.longitude())
                .param(c.modusOperandi())
                .param(c.narrative())
                .param(c.status().name())
                .param(c.version())
                .update();
    }

    public void addParty(long crimeId, Party p) {
        jdbc.sql(
                        "INSERT INTO crime.crime_person (crime_id, person_id, role, vulnerable_or_intimidated) VALUES (?, ?, ?, ?)")
                .params(crimeId, p.personId(), p.role().name(), p.vulnerableOrIntimidated())
                .update();
    }

    public void linkIncident(long crimeId, long incidentId, boolean source) {
        jdbc.sql("INSERT INTO crime.crime_incident (crime_id, incident_id, source) VALUES (?, ?, ?)")
                .params(crimeId, incidentId, source)
                .update();
    }

    public void appendHistory(long crimeId, CrimeHistoryEntry h) {
        jdbc.sql(
                        "INSERT INTO crime.crime_history (crime_id, version, at, actor, change, classification_code, status, reason, approved_by) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(crimeId)
                .param(h.version())
                .param(ts(h.at()))
                .param(h.actor())
                .param(h.change())
                .param(h.classificationCode())
                .param(h.status().name())
                .param(h.reason())
                .param(h.approvedBy())
                .update();
    }

    /** Moves a crime to a new version; the caller appends the matching history entry. */
    public void change(
            long crimeId,
            int expectedVersion,
            String classificationCode,
            int classificationVersion,
            CrimeStatus status) {
        int n = jdbc.sql(
                        "UPDATE crime.crime SET classification_code = ?, classification_version = ?, status = ?, version = version + 1 "
                                + "WHERE id = ? AND version = ?")
                .params(classificationCode, classificationVersion, status.name(), crimeId, expectedVersion)
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("crime " + crimeId + " changed meanwhile");
        }
    }

    public Optional<CrimeRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crime.crime WHERE id = ?")
                .param(id)
                .query(ROW)
                .optional();
    }

    public List<CrimeRow> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crime.crime ORDER BY recorded_at DESC, id DESC LIMIT ?")
                .param(limit)
                .query(ROW)
                .list();
    }

    /** Crimes with any of these people as victim, or raised from or linked to any of these incidents: what the counting rules compare with. */
    public List<CrimeRow> related(Collection<Long> victimIds, Collection<Long> incidentIds) {
        Long[] victims = victimIds.toArray(Long[]::new);
        Long[] incidents = incidentIds.toArray(Long[]::new);
        return jdbc.sql(
                        "SELECT " + COLUMNS
                                + " FROM crime.crime c WHERE c.id IN (SELECT crime_id FROM crime.crime_person "
                                + "WHERE role = 'VICTIM' AND person_id = ANY (?)) OR c.id IN (SELECT crime_id FROM crime.crime_incident WHERE incident_id = ANY (?))")
                .params(victims, incidents)
                .query(ROW)
                .list();
    }

    public List<Party> parties(long crimeId) {
        return jdbc.sql(
                        "SELECT person_id, role, vulnerable_or_intimidated FROM crime.crime_person WHERE crime_id = ? ORDER BY role DESC, person_id")
                .param(crimeId)
                .query((rs, n) -> new Party(rs.getLong(1), CrimeRole.valueOf(rs.getString(2)), rs.getBoolean(3)))
                .list();
    }

    /** Every person who is a party to any of these crimes, as (crime id, person id) pairs. */
    public List<long[]> partiesOf(Collection<Long> crimeIds) {
        return jdbc.sql("SELECT crime_id, person_id FROM crime.crime_person WHERE crime_id = ANY (?)")
                .param(crimeIds.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /** The recorded place of each of these crimes that has a known location, as (crime id, location id) pairs. */
    public List<long[]> placesOf(Collection<Long> crimeIds) {
        return jdbc.sql("SELECT id, location_id FROM crime.crime WHERE id = ANY (?) AND location_id IS NOT NULL")
                .param(crimeIds.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    public List<Long> incidents(long crimeId) {
        return jdbc.sql(
                        "SELECT incident_id FROM crime.crime_incident WHERE crime_id = ? ORDER BY source DESC, incident_id")
                .param(crimeId)
                .query(Long.class)
                .list();
    }

    /** The reference of a crime, not cancelled, linked to the incident and in the officer's charge, if any. */
    public java.util.Optional<String> crimeInChargeOfLinkedTo(long incidentId, String officer) {
        return jdbc.sql("SELECT c.reference FROM crime.crime_incident ci JOIN crime.crime c ON c.id = ci.crime_id "
                        + "WHERE ci.incident_id = ? AND c.officer_in_charge = ? AND c.status <> 'CANCELLED' "
                        + "ORDER BY c.id LIMIT 1")
                .params(incidentId, officer)
                .query(String.class)
                .optional();
    }

    public List<CrimeHistoryEntry> history(long crimeId) {
        return jdbc.sql(
                        "SELECT version, at, actor, change, classification_code, status, reason, approved_by FROM crime.crime_history "
                                + "WHERE crime_id = ? ORDER BY version")
                .param(crimeId)
                .query((rs, n) -> new CrimeHistoryEntry(
                        rs.getInt(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        CrimeStatus.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /** Crimes recorded in [from, to) without personal fields, with the police.uk category of their classification version and latest outcome. */
    public List<Fact> facts(Instant from, Instant to) {
        return jdbc.sql(
                        "SELECT c.id, c.reference, c.classification_code, k.police_uk_category, c.occurred_from, c.recorded_at, c.latitude, "
                                + "c.longitude, c.status, (SELECT o.outcome_type FROM crime.outcome o WHERE o.crime_id = c.id ORDER BY o.id DESC LIMIT 1) "
                                + "FROM crime.crime c JOIN crime.classification k ON k.code = c.classification_code AND k.version = c.classification_version "
                                + "WHERE c.recorded_at >= ? AND c.recorded_at < ? ORDER BY c.recorded_at, c.id")
                .param(ts(from))
                .param(ts(to))
                .query((rs, n) -> new Fact(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant(),
                        rs.getObject(7, Double.class),
                        rs.getObject(8, Double.class),
                        CrimeStatus.valueOf(rs.getString(9)),
                        rs.getString(10)))
                .list();
    }

    static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    /** A crime as a search result shows it: no one named. {@code roles} and {@code total} are set only for a person's crimes. */
    public record CrimeLink(
            long personId,
            long crimeId,
            String reference,
            String classification,
            CrimeStatus status,
            Instant recordedAt,
            @Nullable String roles,
            int total) {}

    /** For each person, up to {@code perPerson} crimes they are a victim, suspect or witness of (latest recorded first), with the total. */
    public List<CrimeLink> linkedTo(Collection<Long> personIds, int perPerson) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "SELECT person_id, crime_id, reference, title, status, recorded_at, roles, total FROM ("
                                + "SELECT p.person_id, c.id AS crime_id, c.reference, k.title, c.status, c.recorded_at, "
                                + "string_agg(p.role, ',' ORDER BY p.role) AS roles, "
                                + "row_number() OVER (PARTITION BY p.person_id ORDER BY c.recorded_at DESC, c.id DESC) AS n, "
                                + "count(*) OVER (PARTITION BY p.person_id) AS total "
                                + "FROM crime.crime_person p JOIN crime.crime c ON c.id = p.crime_id "
                                + "JOIN crime.classification k ON k.code = c.classification_code AND k.version = c.classification_version "
                                + "WHERE p.person_id IN (:ids) GROUP BY p.person_id, c.id, k.title) x WHERE n <= :per ORDER BY person_id, n")
                .param("ids", personIds)
                .param("per", perPerson)
                .query((rs, n) -> new CrimeLink(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        CrimeStatus.valueOf(rs.getString(5)),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        rs.getInt(8)))
                .list();
    }

    public Optional<CrimeLink> byReference(String reference) {
        return jdbc.sql(
                        "SELECT c.id, c.reference, k.title, c.status, c.recorded_at FROM crime.crime c JOIN crime.classification k "
                                + "ON k.code = c.classification_code AND k.version = c.classification_version WHERE c.reference = ?")
                .param(reference)
                .query((rs, n) -> new CrimeLink(
                        0,
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        CrimeStatus.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(),
                        null,
                        0))
                .optional();
    }

    static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
