package org.constable.dispatch.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.dispatch.domain.UnitStatus;
import org.constable.shared.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UnitStore {

    public record UnitRow(
            long id,
            String callsign,
            String station,
            String kind,
            String skills,
            UnitStatus status,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable Instant positionAt) {

        /** Where the unit last said it was, or null before its first position. */
        public @Nullable GeoPoint position() {
            return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
        }
    }

    private static final String COLUMNS =
            "id, callsign, station, kind, skills, status, latitude, longitude, position_at";

    private final JdbcClient jdbc;

    public UnitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UnitRow> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch.unit ORDER BY callsign")
                .query(UnitStore::map)
                .list();
    }

    public List<UnitRow> available() {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM dispatch.unit WHERE status = 'AVAILABLE' AND latitude IS NOT NULL ORDER BY id")
                .query(UnitStore::map)
                .list();
    }

    public Optional<UnitRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch.unit WHERE id = ?")
                .param(id)
                .query(UnitStore::map)
                .optional();
    }

    public Optional<UnitRow> byCallsign(String callsign) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch.unit WHERE callsign = ?")
                .param(callsign)
                .query(UnitStore::map)
                .optional();
    }

    public Optional<UnitRow> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch.unit WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UnitStore::map)
                .optional();
    }

    public void setStatus(long id, UnitStatus status) {
        jdbc.sql("UPDATE dispatch.unit SET status = ? WHERE id = ?")
                .params(status.name(), id)
                .update();
    }

    /** Moves a unit only forward in time, so a late batch never overwrites a newer position. */
    public boolean setPosition(String callsign, double lat, double lon, Instant at) {
        return jdbc.sql("UPDATE dispatch.unit SET latitude = ?, longitude = ?, position_at = ? "
                                + "WHERE callsign = ? AND (position_at IS NULL OR position_at < ?)")
                        .params(lat, lon, Timestamp.from(at), callsign, Timestamp.from(at))
                        .update()
                == 1;
    }

    public Optional<Long> unitCrewedBy(long userId) {
        return jdbc.sql("SELECT unit_id FROM dispatch.crew WHERE user_id = ?")
                .param(userId)
                .query(Long.class)
                .optional();
    }

    public void crew(long userId, long unitId) {
        jdbc.sql(
                        "INSERT INTO dispatch.crew (user_id, unit_id) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET unit_id = EXCLUDED.unit_id")
                .params(userId, unitId)
                .update();
    }

    private static UnitRow map(ResultSet rs, int n) throws SQLException {
        return new UnitRow(
                rs.getLong("id"),
                rs.getString("callsign"),
                rs.getString("station"),
                rs.getString("kind"),
                rs.getString("skills"),
                UnitStatus.valueOf(rs.getString("status")),
                IncidentStore.dbl(rs, "latitude"),
                IncidentStore.dbl(rs, "longitude"),
                IncidentStore.instant(rs, "position_at"));
    }
}
