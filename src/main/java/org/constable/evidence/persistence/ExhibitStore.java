package org.constable.evidence.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.evidence.domain.Movement;
import org.constable.evidence.domain.MovementKind;
import org.constable.evidence.domain.Seizure;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Exhibits and their continuity entries (evidence.exhibit, evidence.continuity_entry, append-only). */
@Repository
public class ExhibitStore {

    public record ExhibitRow(
            long id,
            long crimeId,
            String reference,
            String description,
            String seizedBy,
            Instant seizedAt,
            String seizedWhere,
            String seal,
            @Nullable Long personId,
            @Nullable Long locationId,
            String recordedBy,
            Instant recordedAt) {

        public Seizure seizure() {
            return new Seizure(seizedBy, seizedAt, seizedWhere, seal);
        }
    }

    private static final String COLUMNS =
            "id, crime_id, reference, description, seized_by, seized_at, seized_where, seal,"
                    + " person_id, location_id, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    ExhibitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(ExhibitRow e) {
        return bind(
                        jdbc.sql("INSERT INTO evidence.exhibit (crime_id, reference, description, seized_by, seized_at,"
                                + " seized_where, seal, person_id, location_id, recorded_by, recorded_at)"
                                + " VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
                        e.crimeId(),
                        e.reference(),
                        e.description(),
                        e.seizedBy(),
                        Timestamp.from(e.seizedAt()),
                        e.seizedWhere(),
                        e.seal(),
                        e.personId(),
                        e.locationId(),
                        e.recordedBy(),
                        Timestamp.from(e.recordedAt()))
                .query(Long.class)
                .single();
    }

    public Optional<ExhibitRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.exhibit WHERE id = ?")
                .param(id)
                .query(ExhibitStore::row)
                .optional();
    }

    public boolean referenceTaken(long crimeId, String reference) {
        return jdbc.sql("SELECT count(*) FROM evidence.exhibit WHERE crime_id = ? AND reference = ?")
                        .params(crimeId, reference)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The latest recorded exhibits, newest first. */
    public List<ExhibitRow> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence.exhibit ORDER BY recorded_at DESC, id DESC LIMIT ?")
                .param(limit)
                .query(ExhibitStore::row)
                .list();
    }

    /** Exhibits that were ever stored in this property store (the chain says whether they still are). */
    public List<ExhibitRow> everStoredIn(long storeId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM evidence.exhibit e WHERE EXISTS (SELECT 1 FROM evidence.continuity_entry c"
                        + " WHERE c.exhibit_id = e.id AND c.store_id = ?) ORDER BY reference")
                .param(storeId)
                .query(ExhibitStore::row)
                .list();
    }

    public List<Movement> movements(long exhibitId) {
        return jdbc.sql(
                        "SELECT seq, kind, from_holder, from_place, to_holder, to_place, store_id, at, seal_seen, authority,"
                                + " in_error, note, recorded_by FROM evidence.continuity_entry WHERE exhibit_id = ? ORDER BY seq")
                .param(exhibitId)
                .query((rs, n) -> new Movement(
                        rs.getInt(1),
                        MovementKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        (Long) rs.getObject(7, Long.class),
                        rs.getTimestamp(8).toInstant(),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getBoolean(11),
                        rs.getString(12),
                        rs.getString(13)))
                .list();
    }

    /** Serialises writers of one exhibit's chain for the rest of the transaction. */
    public void lock(long exhibitId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('evidence.exhibit'), hashtext(?::text))")
                .param(exhibitId)
                .query((rs, n) -> 1)
                .list();
    }

    public void append(long exhibitId, Movement m, Instant recordedAt) {
        bind(
                        jdbc.sql(
                                "INSERT INTO evidence.continuity_entry (exhibit_id, seq, kind, from_holder, from_place,"
                                        + " to_holder, to_place, store_id, at, seal_seen, authority, in_error, note, recorded_by,"
                                        + " recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                        exhibitId,
                        m.seq(),
                        m.kind().name(),
                        m.fromHolder(),
                        m.fromPlace(),
                        m.toHolder(),
                        m.toPlace(),
                        m.storeId(),
                        Timestamp.from(m.at()),
                        m.sealSeen(),
                        m.authority(),
                        m.inError(),
                        m.note(),
                        m.recordedBy(),
                        Timestamp.from(recordedAt))
                .update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, @Nullable Object... values) {
        JdbcClient.StatementSpec bound = spec;
        for (Object v : values) {
            bound = bound.param(v);
        }
        return bound;
    }

    private static ExhibitRow row(ResultSet rs, int n) throws SQLException {
        return new ExhibitRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7),
                rs.getString(8),
                (Long) rs.getObject(9, Long.class),
                (Long) rs.getObject(10, Long.class),
                rs.getString(11),
                rs.getTimestamp(12).toInstant());
    }
}
