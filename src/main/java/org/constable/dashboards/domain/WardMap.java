package org.constable.dashboards.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The force's wards as polygons in WGS 84 (longitude, latitude), indexed for point-in-polygon
 * look-ups: an R-tree of the wards' bounding boxes finds the few candidates, and each candidate's
 * prepared geometry decides. The rule (ADR 0034): a point belongs to a ward when the ward
 * <em>covers</em> it, that is inside or on its boundary; a point in a hole of a ward is not in that
 * ward; a point on the boundary shared by two wards belongs to the one with the lower code, so the
 * answer never depends on the order of the look-up. A point in no ward is "outside known wards".
 */
public final class WardMap {

    public record Ward(String code, String name) {}

    private record Indexed(Ward ward, Geometry area, PreparedGeometry prepared) {}

    static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** About 5 metres: what the drawn map loses against the boundaries used for counting. */
    private static final double DRAWING_TOLERANCE_DEGREES = 0.00005;

    private final List<Indexed> wards = new ArrayList<>();
    private final STRtree tree = new STRtree();
    private final String source;

    /** {@code source} says where the wards came from, for the page (a file name, "synthetic demo wards"). */
    public WardMap(String source, List<Ward> wards, List<Geometry> areas) {
        if (wards.size() != areas.size()) {
            throw new IllegalArgumentException("Every ward needs exactly one area.");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < wards.size(); i++) {
            Ward ward = wards.get(i);
            Geometry area = areas.get(i);
            if (!codes.add(ward.code())) {
                throw new IllegalArgumentException("The ward code " + ward.code() + " appears twice.");
            }
            if (!(area instanceof Polygon || area instanceof org.locationtech.jts.geom.MultiPolygon)
                    || area.isEmpty()) {
                throw new IllegalArgumentException("The ward " + ward.code() + " must be a Polygon or MultiPolygon.");
            }
            Indexed indexed = new Indexed(ward, area, PreparedGeometryFactory.prepare(area));
            this.wards.add(indexed);
            tree.insert(area.getEnvelopeInternal(), indexed);
        }
        this.wards.sort(Comparator.comparing(i -> i.ward().code()));
        tree.build();
        this.source = source;
    }

    public static WardMap none() {
        return new WardMap("", List.of(), List.of());
    }

    public boolean isEmpty() {
        return wards.isEmpty();
    }

    public int size() {
        return wards.size();
    }

    public String source() {
        return source;
    }

    /** The wards in code order. */
    public List<Ward> wards() {
        return wards.stream().map(Indexed::ward).toList();
    }

    /** The wards' full boundaries in WGS 84, in code order; copies, so the index cannot be changed through them. */
    public List<Geometry> areas() {
        return wards.stream().map(i -> i.area().copy()).toList();
    }

    /** The ward covering the point (see the class comment for the boundary rule), if any. */
    public Optional<Ward> wardAt(double longitude, double latitude) {
        if (wards.isEmpty() || !Double.isFinite(longitude) || !Double.isFinite(latitude)) {
            return Optional.empty();
        }
        Point at = GEOMETRY.createPoint(new Coordinate(longitude, latitude));
        @SuppressWarnings("unchecked")
        List<Indexed> near = tree.query(new Envelope(longitude, longitude, latitude, latitude));
        Indexed found = null;
        for (Indexed candidate : near) {
            if ((found == null || candidate.ward().code().compareTo(found.ward().code()) < 0)
                    && candidate.prepared().covers(at)) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found).map(Indexed::ward);
    }

    /**
     * The wards as a GeoJSON FeatureCollection in WGS 84 with properties {@code code} and {@code name},
     * simplified by about 5 metres for drawing (the counting uses the full boundaries).
     */
    public String geoJson() {
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < wards.size(); i++) {
            Indexed w = wards.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"type\":\"Feature\",\"properties\":{\"code\":")
                    .append(quoted(w.ward().code()))
                    .append(",\"name\":")
                    .append(quoted(w.ward().name()))
                    .append("},\"geometry\":");
            geometry(TopologyPreservingSimplifier.simplify(w.area(), DRAWING_TOLERANCE_DEGREES), out);
            out.append('}');
        }
        return out.append("]}").toString();
    }

    private static void geometry(Geometry g, StringBuilder out) {
        if (g instanceof Polygon p) {
            out.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(p, out);
            out.append('}');
            return;
        }
        out.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (i > 0) {
                out.append(',');
            }
            polygon((Polygon) g.getGeometryN(i), out);
        }
        out.append("]}");
    }

    private static void polygon(Polygon p, StringBuilder out) {
        out.append('[');
        ring(p.getExteriorRing().getCoordinates(), out);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            out.append(',');
            ring(p.getInteriorRingN(i).getCoordinates(), out);
        }
        out.append(']');
    }

    private static void ring(Coordinate[] coordinates, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(String.format(Locale.ROOT, "[%.6f,%.6f]", coordinates[i].x, coordinates[i].y));
        }
        out.append(']');
    }

    private static String quoted(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20) {
                q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
