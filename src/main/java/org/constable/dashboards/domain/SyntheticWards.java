package org.constable.dashboards.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Made-up wards for the demo force, so that the ward figures and map work on a fresh machine with
 * no boundary file: the force area's bounding box cut into a 4 x 3 grid, coded {@code SYN-Wnn} and
 * named "Synthetic ward nn" so that nobody takes them for real ones.
 */
public final class SyntheticWards {

    public static final int COLUMNS = 4, ROWS = 3;

    private SyntheticWards() {}

    public static WardMap over(Envelope area) {
        // shared edges are the same numbers on both sides, and the outer ones exactly the box's
        double[] x = edges(area.getMinX(), area.getMaxX(), COLUMNS), y = edges(area.getMinY(), area.getMaxY(), ROWS);
        List<WardMap.Ward> wards = new ArrayList<>();
        List<Geometry> areas = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            for (int col = 0; col < COLUMNS; col++) {
                int n = row * COLUMNS + col + 1;
                wards.add(new WardMap.Ward(
                        String.format(Locale.ROOT, "SYN-W%02d", n),
                        String.format(Locale.ROOT, "Synthetic ward %02d", n)));
                areas.add(WardMap.GEOMETRY.createPolygon(new Coordinate[] {
                    new Coordinate(x[col], y[row]),
                    new Coordinate(x[col + 1], y[row]),
                    new Coordinate(x[col + 1], y[row + 1]),
                    new Coordinate(x[col], y[row + 1]),
                    new Coordinate(x[col], y[row])
                }));
            }
        }
        return new WardMap("synthetic demo wards (" + wards.size() + ", not real boundaries)", wards, areas);
    }

    private static double[] edges(double from, double to, int parts) {
        double[] edges = new double[parts + 1];
        for (int i = 0; i < parts; i++) {
            edges[i] = from + (to - from) * i / parts;
        }
        edges[parts] = to;
        return edges;
    }
}
