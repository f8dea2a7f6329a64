package org.constable.people.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.constable.people.domain.EntityType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links between POLE entities and the warning markers on persons and locations. */
@Repository
public class LinkStore {

    public record LinkRow(long id, EntityType fromType, long fromId, EntityType toType, long toId, String kind) {}

    public record MarkerRow(
            long id,
            EntityType subjectType,
            long subjectId,
            String marker,
            @Nullable String note,
            Instant createdAt,
            String createdBy) {}

    private final JdbcClient jdbc;

    public LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long link(EntityType fromType, long fromId, EntityType toType, long toId, String kind, Instant now) {
        return jdbc.sql(
                        "INSERT INTO people.link (from_type, from_id, to_type, to_id, kind, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(fromType.name(), fromId, toType.name(), toId, kind, Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Links touching an entity, from either end. */
    public List<LinkRow> linksOf(EntityType type, long id) {
        return jdbc.sql("SELECT id, from_type, from_id, to_type, to_id, kind FROM people.link "
                        + "WHERE (from_type = ? AND from_id = ?) OR (to_type = ? AND to_id = ?) ORDER BY id")
                .params(type.name(), id, type.name(), id)
                .query((rs, n) -> new LinkRow(
                        rs.getLong(1),
                        EntityType.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        EntityType.valueOf(rs.getString(4)),
                        rs.getLong(5),
                        rs.getString(6)))
                .list();
    }

    /** The persons linked to a location: by a person's address, or by a link either way. */
    public List<Long> personsAt(long locationId) {
        return jdbc.sql("SELECT person_id FROM people.person_address WHERE location_id = :l "
                        + "UNION SELECT from_id FROM people.link WHERE from_type = 'PERSON' AND to_type = 'LOCATION' AND to_id = :l "
                        + "UNION SELECT to_id FROM people.link WHERE to_type = 'PERSON' AND from_type = 'LOCATION' AND from_id = :l "
                        + "ORDER BY 1")
                .param("l", locationId)
                .query(Long.class)
                .list();
    }

    public long addMarker(
            EntityType type, long subjectId, String marker, @Nullable String note, Instant now, String by) {
        return jdbc.sql(
                        "INSERT INTO people.warning_marker (subject_type, subject_id, marker, note, created_at, created_by) "
                                + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .param(type.name())
                .param(subjectId)
                .param(marker)
                .param(note)
                .param(Timestamp.from(now))
                .param(by)
                .query(Long.class)
                .single();
    }

    public List<MarkerRow> markersOf(EntityType type, long subjectId) {
        return jdbc.sql(
                        "SELECT id, subject_type, subject_id, marker, note, created_at, created_by FROM people.warning_marker "
                                + "WHERE subject_type = ? AND subject_id = ? ORDER BY id")
                .params(type.name(), subjectId)
                .query((rs, n) -> new MarkerRow(
                        rs.getLong(1),
                        EntityType.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .list();
    }
}
