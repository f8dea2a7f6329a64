package org.constable.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Fixtures for contact and command-and-control tests: units inserted directly (the demo force is off
 * in tests), a fresh patch of ground per test so incidents of other tests are never "nearby", and
 * call bodies as JSON.
 */
@Component
public class CommandAndControl {

    private static final AtomicInteger AREAS = new AtomicInteger();
    private static final AtomicInteger CALLSIGNS = new AtomicInteger();

    /** The tables a call or a dispatch action writes to. */
    public static final String[] TABLES = {
        "contact.call", "dispatch.incident", "dispatch.assignment", "dispatch.incident_log"
    };

    private final DatabaseAdmin db;

    public CommandAndControl(DatabaseAdmin db) {
        this.db = db;
    }

    /** A point about 11 km from every other test's area (latitude steps of 0.1 degree). */
    public record Area(double latitude, double longitude) {
        /** A point {@code northMetres} north and {@code eastMetres} east of the area's centre. */
        public Area offset(double northMetres, double eastMetres) {
            return new Area(
                    latitude + northMetres / 111_320.0,
                    longitude + eastMetres / (111_320.0 * Math.cos(Math.toRadians(latitude))));
        }
    }

    public static Area freshArea() {
        int n = AREAS.incrementAndGet();
        return new Area(50.0 + (n % 60) * 0.1, -3.0 + (n / 60) * 0.2);
    }

    public static String callsign(String prefix) {
        return prefix + CALLSIGNS.incrementAndGet() + "-"
                + Long.toString(System.nanoTime() % 100000, 36).toUpperCase(Locale.ROOT);
    }

    /** Inserts a unit through a privileged connection and returns its id. */
    public long unit(String callsign, String skills, String status, Area at) {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO dispatch.unit (callsign, station, kind, skills, status, latitude, longitude) "
                                + "VALUES (?, 'Test Station', 'RESPONSE_CAR', ?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, callsign);
            ps.setString(2, skills);
            ps.setString(3, status);
            ps.setDouble(4, at.latitude());
            ps.setDouble(5, at.longitude());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long available(String skills, Area at) {
        return unit(callsign("TU"), skills, "AVAILABLE", at);
    }

    /** Row counts of the contact and dispatch tables, in the order of {@link #TABLES}. */
    public long[] counts() {
        long[] counts = new long[TABLES.length];
        for (int i = 0; i < TABLES.length; i++) {
            counts[i] = db.count("SELECT count(*) FROM " + TABLES[i]);
        }
        return counts;
    }

    public static String thrive(String threat, String harm, String risk, String vulnerability) {
        return "{\"threat\":{\"level\":\"" + threat + "\",\"note\":\"t\"},\"harm\":{\"level\":\"" + harm + "\"},"
                + "\"risk\":{\"level\":\"" + risk + "\"},\"investigation\":{\"level\":\"LOW\"},"
                + "\"vulnerability\":{\"level\":\"" + vulnerability + "\"},\"engagement\":{\"level\":\"MEDIUM\"}}";
    }

    /** A 999 call at a point with the given THRIVE; {@code extra} is spliced in as further JSON fields. */
    public static String callAt(Area at, String thrive, String extra) {
        return "{\"channel\":\"EMERGENCY_999\",\"caller\":{\"anonymous\":false,\"name\":\"Cal Ler\",\"phone\":\"07700900123\"},"
                + "\"location\":{\"latitude\":" + at.latitude() + ",\"longitude\":" + at.longitude()
                + ",\"text\":\"Near the test point\"},"
                + "\"whatHappened\":\"A fight outside the shop\",\"callType\":\"ASSAULT\",\"thrive\":" + thrive
                + (extra == null || extra.isBlank() ? "" : "," + extra) + "}";
    }
}
