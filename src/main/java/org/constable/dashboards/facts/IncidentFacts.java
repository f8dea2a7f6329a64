package org.constable.dashboards.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.constable.dashboards.IncidentFact;
import org.constable.dispatch.IncidentClosed;
import org.constable.mapping.Beat;
import org.constable.mapping.ForceAreas;
import org.constable.shared.GeoPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Repository;

/**
 * The closed-incident read model. It is fed by dispatch's IncidentClosed event (through the event
 * publication registry, so a closing is not lost if dashboards fails) and copies only the fields a
 * statistic needs: the location text, which often names a person or a house, is not kept.
 */
@Repository
public class IncidentFacts {

    private final JdbcClient jdbc;
    private final ForceAreas areas;

    IncidentFacts(JdbcClient jdbc, ForceAreas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    /**
     * The id is the one this listener had before analytics was re-cut (ADR 0055): a publication the
     * registry still holds under it is completed, not orphaned, after an upgrade.
     */
    @ApplicationModuleListener(
            id = "org.constable.analytics.facts.IncidentFacts.on(org.constable.dispatch.IncidentClosed)")
    void on(IncidentClosed closed) {
        String beat = null;
        if (closed.latitude() != null && closed.longitude() != null) {
            beat = areas.beatAt(new GeoPoint(closed.latitude(), closed.longitude()))
                    .map(Beat::code)
                    .orElse(null);
        }
        jdbc.sql(
                        "INSERT INTO analytics.incident_fact (incident_id, classification, crime_indicative, reported_at, closed_at, "
                                + "latitude, longitude, beat) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET "
                                + "classification = EXCLUDED.classification, crime_indicative = EXCLUDED.crime_indicative, "
                                + "closed_at = EXCLUDED.closed_at")
                .param(closed.incidentId())
                .param(closed.classification())
                .param(closed.crimeIndicative())
                .param(Timestamp.from(closed.reportedAt()))
                .param(Timestamp.from(closed.closedAt()))
                .param(closed.latitude())
                .param(closed.longitude())
                .param(beat)
                .update();
    }

    /** Incidents reported in [from, to), oldest first. */
    public List<IncidentFact> reportedBetween(Instant from, Instant to) {
        return jdbc.sql(
                        "SELECT incident_id, classification, crime_indicative, reported_at, closed_at, latitude, longitude, beat "
                                + "FROM analytics.incident_fact WHERE reported_at >= ? AND reported_at < ? ORDER BY reported_at, incident_id")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(IncidentFacts::map)
                .list();
    }

    private static IncidentFact map(ResultSet rs, int n) throws SQLException {
        double lat = rs.getDouble("latitude");
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("longitude");
        Double longitude = rs.wasNull() ? null : lon;
        return new IncidentFact(
                rs.getLong("incident_id"),
                rs.getString("classification"),
                rs.getBoolean("crime_indicative"),
                rs.getTimestamp("reported_at").toInstant(),
                rs.getTimestamp("closed_at").toInstant(),
                latitude,
                longitude,
                rs.getString("beat"));
    }
}
