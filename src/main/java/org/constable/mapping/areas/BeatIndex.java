package org.constable.mapping.areas;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.constable.mapping.Beat;
import org.constable.shared.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Beats as JTS polygons in an R-tree, for point-in-polygon look-ups. Coordinates are GeoJSON's
 * (longitude, latitude). A point on the boundary of two beats belongs to the one with the lower code,
 * so the answer never depends on the order of the look-up.
 */
public final class BeatIndex {

    /** A beat as stored: its GeoJSON geometry (Polygon or MultiPolygon) as text. */
    public record StoredBeat(String code, String name, boolean urban, String geojson) {}

    private record Indexed(Beat beat, PreparedGeometry area) {}

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final STRtree tree = new STRtree();
    private final int size;

    public BeatIndex(List<StoredBeat> beats) {
        for (StoredBeat stored : beats) {
            Geometry area = geometry(JSON.readTree(stored.geojson()));
            tree.insert(
                    area.getEnvelopeInternal(),
                    new Indexed(
                            new Beat(stored.code(), stored.name(), stored.urban()),
                            PreparedGeometryFactory.prepare(area)));
        }
        tree.build();
        size = beats.size();
    }

    public int size() {
        return size;
    }

    public Optional<Beat> beatAt(GeoPoint point) {
        Point at = GEOMETRY.createPoint(new Coordinate(point.longitude(), point.latitude()));
        @SuppressWarnings("unchecked")
        List<Indexed> near = tree.query(at.getEnvelopeInternal());
        return near.stream().filter(i -> i.area().covers(at)).map(Indexed::beat).min(Comparator.comparing(Beat::code));
    }

    static Geometry geometry(JsonNode geojson) {
        String type = geojson.path("type").asString();
        JsonNode coordinates = geojson.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[coordinates.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coordinates.get(i));
                }
                yield GEOMETRY.createMultiPolygon(parts);
            }
            default -> throw new IllegalArgumentException("A beat must be a Polygon or MultiPolygon, not " + type);
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Coordinate(
                    positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
        }
        return GEOMETRY.createLinearRing(coordinates);
    }
}
