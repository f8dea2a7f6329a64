package org.constable.mapping;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The force area, beats and stations as stored. */
@Repository
public class ForceGeography {

    public record Station(long id, String name, double latitude, double longitude) {}

    /** A stored polygon: the force area (code null, not urban) or a beat. */
    public record Area(@Nullable String code, String name, boolean urban, String geojson) {}

    private final JdbcClient jdbc;
    private final java.util.concurrent.atomic.AtomicLong version = new java.util.concurrent.atomic.AtomicLong();

    public ForceGeography(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves on with every change made here, so the areas kept in memory are read again. */
    public long version() {
        return version.get();
    }

    public boolean empty() {
        return jdbc.sql("SELECT count(*) FROM mapping.force_area")
                        .query(Long.class)
                        .single()
                == 0;
    }

    public void addForceArea(String name, String geojson) {
        jdbc.sql("INSERT INTO mapping.force_area (name, geojson) VALUES (?, ?)")
                .params(name, geojson)
                .update();
        version.incrementAndGet();
    }

    public void addBeat(String code, String name, boolean urban, String geojson) {
        jdbc.sql("INSERT INTO mapping.beat (code, name, urban, geojson) VALUES (?, ?, ?, ?)")
                .params(code, name, urban, geojson)
                .update();
        version.incrementAndGet();
    }

    public void addStation(String name, double lat, double lon) {
        jdbc.sql("INSERT INTO mapping.station (name, latitude, longitude) VALUES (?, ?, ?)")
                .params(name, lat, lon)
                .update();
        version.incrementAndGet();
    }

    public List<Station> stations() {
        return jdbc.sql("SELECT id, name, latitude, longitude FROM mapping.station ORDER BY id")
                .query((rs, n) -> new Station(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)))
                .list();
    }

    public List<Area> forceAreas() {
        return jdbc.sql("SELECT name, geojson FROM mapping.force_area ORDER BY id")
                .query((rs, n) -> new Area(null, rs.getString(1), false, rs.getString(2)))
                .list();
    }

    public List<Area> beats() {
        return jdbc.sql("SELECT code, name, urban, geojson FROM mapping.beat ORDER BY code")
                .query((rs, n) -> new Area(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .list();
    }

    public long beatCount() {
        return jdbc.sql("SELECT count(*) FROM mapping.beat").query(Long.class).single();
    }
}
