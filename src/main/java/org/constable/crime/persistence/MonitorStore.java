package org.constable.crime.persistence;

import static org.constable.crime.persistence.CrimeStore.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The NCRS integrity monitor's rows. An incident's state is derived, never stored: RECORDED if a
 * crime names it, else DECIDED if the registrar decided, else QUEUED. Nothing is ever deleted, so
 * no incident can leave the monitor.
 */
@Repository
public class MonitorStore {

    public record Indicative(
            long incidentId,
            String reference,
            String classification,
            Instant reportedAt,
            Instant closedAt,
            String closedBy,
            String locationText,
            @Nullable Long locationId,
            @Nullable Double latitude,
            @Nullable Double longitude) {}

    public record Counts(long crimeIndicative, long recorded, long decided, long inQueue, long overdue) {}

    private static final String COLUMNS =
            "i.incident_id, i.reference, i.classification, i.reported_at, i.closed_at, i.closed_by, "
                    + "i.location_text, i.location_id, i.latitude, i.longitude";
    private static final String RECORDED =
            "EXISTS (SELECT 1 FROM crime.crime_incident ci WHERE ci.incident_id = i.incident_id)";
    private static final String DECIDED =
            "EXISTS (SELECT 1 FROM crime.ncrs_decision d WHERE d.incident_id = i.incident_id)";

    private final JdbcClient jdbc;

    public MonitorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: a redelivered closure changes nothing. */
    public void add(Indicative i) {
        jdbc.sql(
                        "INSERT INTO crime.indicative_incident (incident_id, reference, classification, reported_at, closed_at, closed_by, location_text, "
                                + "location_id, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO NOTHING")
                .param(i.incidentId())
                .param(i.reference())
                .param(i.classification())
                .param(ts(i.reportedAt()))
                .param(ts(i.closedAt()))
                .param(i.closedBy())
                .param(i.locationText())
                .param(i.locationId())
                .param(i.latitude())
                .param(i.longitude())
                .update();
    }

    public Optional<Indicative> find(long incidentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crime.indicative_incident i WHERE incident_id = ?")
                .param(incidentId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Incidents with neither a crime nor a decision, oldest report first. */
    public List<Indicative> queue() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crime.indicative_incident i WHERE NOT " + RECORDED + " AND NOT "
                        + DECIDED + " ORDER BY i.reported_at, i.incident_id")
                .query((rs, n) -> row(rs))
                .list();
    }

    public boolean recorded(long incidentId) {
        return jdbc.sql("SELECT count(*) FROM crime.crime_incident WHERE incident_id = ?")
                        .param(incidentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public boolean decided(long incidentId) {
        return jdbc.sql("SELECT count(*) FROM crime.ncrs_decision WHERE incident_id = ?")
                        .param(incidentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void decide(long incidentId, String decision, String reason, String decidedBy, Instant at) {
        jdbc.sql(
                        "INSERT INTO crime.ncrs_decision (incident_id, decision, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)")
                .param(incidentId)
                .param(decision)
                .param(reason)
                .param(decidedBy)
                .param(ts(at))
                .update();
    }

    /** The monitor's numbers for incidents reported in [from, to); overdue = in the queue and reported before {@code overdueBefore}. */
    public Counts counts(Instant from, Instant to, Instant overdueBefore) {
        return jdbc.sql(
                        "SELECT count(*), count(*) FILTER (WHERE r), count(*) FILTER (WHERE d AND NOT r), count(*) FILTER (WHERE NOT r AND NOT d), "
                                + "count(*) FILTER (WHERE NOT r AND NOT d AND reported_at < ?) FROM (SELECT i.reported_at, "
                                + RECORDED + " AS r, "
                                + DECIDED
                                + " AS d FROM crime.indicative_incident i WHERE i.reported_at >= ? AND i.reported_at < ?) s")
                .param(ts(overdueBefore))
                .param(ts(from))
                .param(ts(to))
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }

    private static Indicative row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Indicative(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, Long.class),
                rs.getObject(9, Double.class),
                rs.getObject(10, Double.class));
    }
}
