package org.constable.mapping.areas;

import java.util.List;
import org.constable.shared.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;
import tools.jackson.databind.json.JsonMapper;

/**
 * The force area's outline, for telling how far outside it a place lies: inside is 0; outside, the
 * great-circle distance to the nearest point of the boundary. With no area stored, nothing is outside.
 */
public final class ForceBoundary {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private record Area(Geometry shape, PreparedGeometry prepared) {}

    private final List<Area> areas;

    public ForceBoundary(List<String> geojsonAreas) {
        this.areas = geojsonAreas.stream()
                .map(g -> BeatIndex.geometry(JSON.readTree(g)))
                .map(g -> new Area(g, PreparedGeometryFactory.prepare(g)))
                .toList();
    }

    public double metresOutside(GeoPoint point) {
        if (areas.isEmpty()) {
            return 0;
        }
        Point at = GEOMETRY.createPoint(new Coordinate(point.longitude(), point.latitude()));
        double nearest = Double.MAX_VALUE;
        for (Area area : areas) {
            if (area.prepared().covers(at)) {
                return 0;
            }
            Coordinate edge = DistanceOp.nearestPoints(area.shape(), at)[0];
            nearest = Math.min(nearest, metres(point.latitude(), point.longitude(), edge.y, edge.x));
        }
        return nearest;
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
