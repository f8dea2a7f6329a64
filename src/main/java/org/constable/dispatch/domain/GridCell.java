package org.constable.dispatch.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A coarse square-ish grid (about 220 m) over WGS84 used to index incidents by place without
 * PostGIS: a radius search reads only the cells the circle can touch, then filters exactly.
 */
public final class GridCell {

    static final double LAT_STEP = 0.002;
    static final double LON_STEP = 0.0033;
    private static final long WIDTH = 1_000_000L;

    private GridCell() {}

    public static long of(double latitude, double longitude) {
        long y = (long) Math.floor((latitude + 90) / LAT_STEP);
        long x = (long) Math.floor((longitude + 180) / LON_STEP);
        return y * WIDTH + x;
    }

    /** Every cell a circle of {@code radiusMetres} around the point may overlap. */
    public static List<Long> covering(double latitude, double longitude, double radiusMetres) {
        double dLat = radiusMetres / 111_320.0;
        double dLon = radiusMetres / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(latitude))));
        long y0 = (long) Math.floor((latitude - dLat + 90) / LAT_STEP),
                y1 = (long) Math.floor((latitude + dLat + 90) / LAT_STEP);
        long x0 = (long) Math.floor((longitude - dLon + 180) / LON_STEP),
                x1 = (long) Math.floor((longitude + dLon + 180) / LON_STEP);
        if ((y1 - y0 + 1) * (x1 - x0 + 1) > 400) {
            throw new IllegalArgumentException("radius too large for a place search: " + radiusMetres + " m");
        }
        List<Long> cells = new ArrayList<>();
        for (long y = y0; y <= y1; y++) {
            for (long x = x0; x <= x1; x++) {
                cells.add(y * WIDTH + x);
            }
        }
        return cells;
    }
}
