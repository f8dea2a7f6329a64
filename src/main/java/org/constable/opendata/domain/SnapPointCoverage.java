package org.constable.opendata.domain;

import java.util.ArrayList;
import java.util.List;
import org.constable.shared.GeoPoint;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * How many addresses a snap point covers, counted rather than believed. A point covers the
 * gazetteer's addresses that would be published at it: those whose nearest point of the set it is,
 * within the 20 km beyond which a place is zeroed. A set loaded from a file says how many addresses
 * each point covers; the count kept is the smaller of that claim and the gazetteer's count, so a
 * mistaken or false claim can never make a point usable that covers fewer than 8 known addresses.
 */
public final class SnapPointCoverage {

    private SnapPointCoverage() {}

    /** The points with their address counts capped at what the gazetteer's addresses support. */
    public static List<SnapPoint> counted(List<SnapPoint> declared, List<GeoPoint> addresses) {
        if (declared.isEmpty()) {
            return List.of();
        }
        int[] covered = covered(declared, addresses);
        List<SnapPoint> counted = new ArrayList<>(declared.size());
        for (int i = 0; i < declared.size(); i++) {
            SnapPoint p = declared.get(i);
            counted.add(new SnapPoint(p.name(), p.point(), Math.min(p.addresses(), covered[i])));
        }
        return counted;
    }

    /** For each point, the number of addresses whose nearest point it is, within 20 km. */
    static int[] covered(List<SnapPoint> points, List<GeoPoint> addresses) {
        Plane plane = new Plane(points);
        STRtree tree = new STRtree();
        for (int i = 0; i < points.size(); i++) {
            double[] xy = plane.of(points.get(i).point(), i);
            tree.insert(new Envelope(xy[0], xy[0], xy[1], xy[1]), xy);
        }
        tree.build();
        int[] covered = new int[points.size()];
        for (GeoPoint address : addresses) {
            double[] q = plane.of(address, -1);
            double[] nearest = (double[])
                    tree.nearestNeighbour(new Envelope(q[0], q[0], q[1], q[1]), q, SnapPointCoverage::planarDistance);
            int index = (int) nearest[2];
            if (points.get(index).point().metresTo(address) <= PoliceUkSnapPointRule.MAX_DISTANCE_METRES) {
                covered[index]++;
            }
        }
        return covered;
    }

    private static double planarDistance(ItemBoundable a, ItemBoundable b) {
        double[] p = (double[]) a.getItem();
        double[] q = (double[]) b.getItem();
        return Math.hypot(p[0] - q[0], p[1] - q[1]);
    }

    /** Degrees to approximate metres around the set's mean latitude: a force area is small enough. */
    private record Plane(double metresPerDegreeLon) {
        Plane(List<SnapPoint> points) {
            this(111_320.0
                    * Math.cos(Math.toRadians(points.stream()
                            .mapToDouble(p -> p.point().latitude())
                            .average()
                            .orElse(0))));
        }

        double[] of(GeoPoint p, int index) {
            return new double[] {p.longitude() * metresPerDegreeLon, p.latitude() * 110_574.0, index};
        }
    }
}
