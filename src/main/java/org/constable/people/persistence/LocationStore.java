package org.constable.people.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class LocationStore {

    public record LocationData(
            @Nullable String premises,
            String street,
            @Nullable String locality,
            String town,
            @Nullable String postcode,
            @Nullable Double latitude,
            @Nullable Double longitude,
            boolean restricted) {}

    private static final String COLUMNS =
            "id, premises, street, locality, town, postcode, latitude, longitude, restricted, version";

    private final JdbcClient jdbc;

    public LocationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(LocationData l, Instant now) {
        return jdbc.sql(
                        "INSERT INTO people.location (premises, street, locality, town, postcode, latitude, longitude, restricted, "
                                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .param(l.premises())
                .param(l.street())
                .param(l.locality())
                .param(l.town())
                .param(l.postcode())
                .param(l.latitude())
                .param(l.longitude())
                .param(l.restricted())
                .param(Timestamp.from(now))
                .param(Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public boolean update(long id, int expectedVersion, LocationData l, Instant now) {
        return jdbc.sql(
                                "UPDATE people.location SET premises = ?, street = ?, locality = ?, town = ?, postcode = ?, latitude = ?, "
                                        + "longitude = ?, restricted = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                        .param(l.premises())
                        .param(l.street())
                        .param(l.locality())
                        .param(l.town())
                        .param(l.postcode())
                        .param(l.latitude())
                        .param(l.longitude())
                        .param(l.restricted())
                        .param(Timestamp.from(now))
                        .param(id)
                        .param(expectedVersion)
                        .update()
                == 1;
    }

    public Optional<LocationRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM people.location WHERE id = ?")
                .param(id)
                .query(LocationStore::map)
                .optional();
    }

    public List<LocationRow> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM people.location WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query(LocationStore::map)
                .list();
    }

    public List<LocationRow> byPostcodeOrStreet(String text, int limit) {
        String like = "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM people.location WHERE lower(postcode) LIKE ? OR lower(street) LIKE ? "
                        + "ORDER BY street, premises, id LIMIT ?")
                .params(like, like, limit)
                .query(LocationStore::map)
                .list();
    }

    /** Every address with coordinates that is not restricted: the gazetteer as a whole, without who lives there. */
    public List<LocationRow> locatedUnrestricted() {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM people.location WHERE latitude IS NOT NULL AND longitude IS NOT NULL "
                        + "AND NOT restricted ORDER BY id")
                .query(LocationStore::map)
                .list();
    }

    /** The live restriction flag of each of these locations that exists. */
    public java.util.Map<Long, Boolean> restrictionOf(java.util.Collection<Long> ids) {
        java.util.Map<Long, Boolean> flags = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return flags;
        }
        jdbc.sql("SELECT id, restricted FROM people.location WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> flags.put(rs.getLong(1), rs.getBoolean(2)))
                .list();
        return flags;
    }

    /** Lifts the restriction; false if the location was not restricted. */
    public boolean liftRestriction(long id, Instant now) {
        return jdbc.sql("UPDATE people.location SET restricted = FALSE, updated_at = ?, version = version + 1 "
                                + "WHERE id = ? AND restricted")
                        .params(Timestamp.from(now), id)
                        .update()
                == 1;
    }

    private static LocationRow map(ResultSet rs, int n) throws SQLException {
        double lat = rs.getDouble("latitude");
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("longitude");
        Double longitude = rs.wasNull() ? null : lon;
        return new LocationRow(
                rs.getLong("id"),
                rs.getString("premises"),
                rs.getString("street"),
                rs.getString("locality"),
                rs.getString("town"),
                rs.getString("postcode"),
                latitude,
                longitude,
                rs.getBoolean("restricted"),
                rs.getInt("version"));
    }
}
