package org.constable.people.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class VehicleStore {

    public record VehicleRow(
            long id,
            String vrm,
            @Nullable String make,
            @Nullable String model,
            @Nullable String colour,
            boolean restricted,
            int version) {}

    private final JdbcClient jdbc;

    public VehicleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            String vrm,
            @Nullable String make,
            @Nullable String model,
            @Nullable String colour,
            boolean restricted,
            Instant now) {
        return jdbc.sql("INSERT INTO people.vehicle (vrm, make, model, colour, restricted, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .param(vrm)
                .param(make)
                .param(model)
                .param(colour)
                .param(restricted)
                .param(Timestamp.from(now))
                .param(Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public boolean update(
            long id,
            int expectedVersion,
            String vrm,
            @Nullable String make,
            @Nullable String model,
            @Nullable String colour,
            boolean restricted,
            Instant now) {
        return jdbc.sql(
                                "UPDATE people.vehicle SET vrm = ?, make = ?, model = ?, colour = ?, restricted = ?, updated_at = ?, "
                                        + "version = version + 1 WHERE id = ? AND version = ?")
                        .param(vrm)
                        .param(make)
                        .param(model)
                        .param(colour)
                        .param(restricted)
                        .param(Timestamp.from(now))
                        .param(id)
                        .param(expectedVersion)
                        .update()
                == 1;
    }

    public Optional<VehicleRow> find(long id) {
        return jdbc.sql("SELECT id, vrm, make, model, colour, restricted, version FROM people.vehicle WHERE id = ?")
                .param(id)
                .query((rs, n) -> new VehicleRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getInt(7)))
                .optional();
    }

    public List<VehicleRow> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "SELECT id, vrm, make, model, colour, restricted, version FROM people.vehicle WHERE id IN (:ids) ORDER BY id")
                .param("ids", ids)
                .query((rs, n) -> new VehicleRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getInt(7)))
                .list();
    }
    /** Lifts the restriction; false if the vehicle was not restricted. */
    public boolean liftRestriction(long id, Instant now) {
        return jdbc.sql("UPDATE people.vehicle SET restricted = FALSE, updated_at = ?, version = version + 1 "
                                + "WHERE id = ? AND restricted")
                        .params(Timestamp.from(now), id)
                        .update()
                == 1;
    }
}
