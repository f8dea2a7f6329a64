package org.constable.dispatch.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.constable.dispatch.IncidentStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class IncidentStore {

    static final String COLUMNS =
            "id, reference, opened_at, opened_by, call_type, summary, grade, attend_by, urban, beat, "
                    + "location_text, latitude, longitude, location_id, location_unverified, required_skills, status, "
                    + "closing_classification, crime_indicative, closed_at, first_assigned_at, first_arrived_at, version";

    public record NewRow(
            Instant openedAt,
            String openedBy,
            String callType,
            String summary,
            String grade,
            @Nullable Instant attendBy,
            boolean urban,
            @Nullable String beat,
            String locationText,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable Long locationId,
            boolean locationUnverified,
            @Nullable Long cell,
            String requiredSkills) {}

    private final JdbcClient jdbc;

    public IncidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts and gives the incident its reference (INC-yyyymmdd-id) in one statement. */
    public IncidentRow insert(NewRow r) {
        long id = jdbc.sql("SELECT nextval('dispatch.incident_id_seq')")
                .query(Long.class)
                .single();
        String reference = "INC-"
                + java.time.format.DateTimeFormatter.BASIC_ISO_DATE
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(r.openedAt())
                + "-" + id;
        jdbc.sql(
                        "INSERT INTO dispatch.incident (id, reference, opened_at, opened_by, call_type, summary, grade, attend_by, urban, beat, "
                                + "location_text, latitude, longitude, location_id, location_unverified, cell, required_skills) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(id)
                .param(reference)
                .param(ts(r.openedAt()))
                .param(r.openedBy())
                .param(r.callType())
                .param(r.summary())
                .param(r.grade())
                .param(ts(r.attendBy()))
                .param(r.urban())
                .param(r.beat())
                .param(r.locationText())
                .param(r.latitude())
                .param(r.longitude())
                .param(r.locationId())
                .param(r.locationUnverified())
                .param(r.cell())
                .param(r.requiredSkills())
                .update();
        return find(id).orElseThrow();
    }

    public Optional<IncidentRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch.incident WHERE id = ?")
                .param(id)
                .query(IncidentStore::map)
                .optional();
    }

    /** Locks the incident row for a change. */
    public Optional<IncidentRow> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch.incident WHERE id = ? FOR UPDATE")
                .param(id)
                .query(IncidentStore::map)
                .optional();
    }

    public List<IncidentRow> open() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch.incident WHERE status = 'OPEN' ORDER BY opened_at")
                .query(IncidentStore::map)
                .list();
    }

    public List<IncidentRow> inCells(List<Long> cells, @Nullable Instant since, boolean openOnly, int limit) {
        if (since == null && !openOnly) {
            // The newest rows of each cell from incident_cell (cell, opened_at DESC), then the newest of those:
            // the same rows as the query below, but ORDER BY opened_at ... LIMIT over an IN list of cells lets
            // the planner walk incident_opened backwards across the whole table instead, which over a million
            // incidents took hundreds of milliseconds wherever the cells are not busy (HistoryLookupBenchmark).
            return jdbc.sql("SELECT " + COLUMNS + " FROM unnest(ARRAY[:cells]::bigint[]) AS c(cell) CROSS JOIN LATERAL "
                            + "(SELECT " + COLUMNS
                            + " FROM dispatch.incident i WHERE i.cell = c.cell ORDER BY i.opened_at DESC LIMIT :limit) x "
                            + "ORDER BY opened_at DESC LIMIT :limit")
                    .param("cells", cells)
                    .param("limit", limit)
                    .query(IncidentStore::map)
                    .list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch.incident WHERE cell IN (:cells) "
                        + "AND (CAST(:since AS TIMESTAMPTZ) IS NULL OR opened_at >= :since) "
                        + "AND (NOT :openOnly OR status = 'OPEN') ORDER BY opened_at DESC LIMIT :limit")
                .param("cells", cells)
                .param("since", since == null ? null : ts(since))
                .param("openOnly", openOnly)
                .param("limit", limit)
                .query(IncidentStore::map)
                .list();
    }

    public List<IncidentRow> atLocation(long locationId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM dispatch.incident WHERE location_id = ? ORDER BY opened_at DESC LIMIT ?")
                .params(locationId, limit)
                .query(IncidentStore::map)
                .list();
    }

    public List<IncidentRow> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch.incident WHERE id = ANY(?) ORDER BY opened_at DESC")
                .param(asArray(ids))
                .query(IncidentStore::map)
                .list();
    }

    public Optional<IncidentRow> byReference(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch.incident WHERE reference = ?")
                .param(reference)
                .query(IncidentStore::map)
                .optional();
    }

    public Set<Long> existing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM dispatch.incident WHERE id = ANY(?)")
                .param(asArray(ids))
                .query(Long.class)
                .list());
    }

    /**
     * The ids as one array parameter: a list of ids written out as {@code IN (?, ?, ...)} is one bind
     * parameter each, and PostgreSQL's protocol refuses a statement with more than 65,535 of them (a
     * force's calls of a few weeks, when the calls are reconciled with their incidents).
     */
    private static Long[] asArray(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    public void changeGrade(long id, String grade, @Nullable Instant attendBy) {
        jdbc.sql("UPDATE dispatch.incident SET grade = ?, attend_by = ?, version = version + 1 WHERE id = ?")
                .param(grade)
                .param(ts(attendBy))
                .param(id)
                .update();
    }

    public void markAssigned(long id, Instant at) {
        jdbc.sql(
                        "UPDATE dispatch.incident SET first_assigned_at = COALESCE(first_assigned_at, ?), version = version + 1 WHERE id = ?")
                .param(ts(at))
                .param(id)
                .update();
    }

    public void markArrived(long id, Instant at) {
        jdbc.sql(
                        "UPDATE dispatch.incident SET first_arrived_at = COALESCE(first_arrived_at, ?), version = version + 1 WHERE id = ?")
                .param(ts(at))
                .param(id)
                .update();
    }

    public void close(long id, String classification, boolean crimeIndicative, Instant at, String by) {
        jdbc.sql(
                        "UPDATE dispatch.incident SET status = 'CLOSED', closing_classification = ?, crime_indicative = ?, closed_at = ?, "
                                + "closed_by = ?, version = version + 1 WHERE id = ? AND status = 'OPEN'")
                .param(classification)
                .param(crimeIndicative)
                .param(ts(at))
                .param(by)
                .param(id)
                .update();
    }

    /** Whether any incident has been closed. */
    public boolean anyClosed() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dispatch.incident WHERE status <> 'OPEN')")
                .query(Boolean.class)
                .single();
    }

    static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static @Nullable Double dbl(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static IncidentRow map(ResultSet rs, int n) throws SQLException {
        long loc = rs.getLong("location_id");
        Long locationId = rs.wasNull() ? null : loc;
        boolean crime = rs.getBoolean("crime_indicative");
        Boolean crimeIndicative = rs.wasNull() ? null : crime;
        return new IncidentRow(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"),
                rs.getString("call_type"),
                rs.getString("summary"),
                rs.getString("grade"),
                instant(rs, "attend_by"),
                rs.getBoolean("urban"),
                rs.getString("beat"),
                rs.getString("location_text"),
                dbl(rs, "latitude"),
                dbl(rs, "longitude"),
                locationId,
                rs.getBoolean("location_unverified"),
                rs.getString("required_skills"),
                IncidentStatus.valueOf(rs.getString("status")),
                rs.getString("closing_classification"),
                crimeIndicative,
                instant(rs, "closed_at"),
                instant(rs, "first_assigned_at"),
                instant(rs, "first_arrived_at"),
                rs.getInt("version"));
    }
}
