package org.constable.dashboards.domain;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.constable.mapping.BritishNationalGrid;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads ward boundaries from a GeoJSON FeatureCollection, as the ONS publishes them: Polygon or
 * MultiPolygon features in British National Grid metres (EPSG:27700, said by the file's {@code crs}
 * member) or in WGS 84 longitude/latitude (no {@code crs}, or CRS84/EPSG:4326). The code is the
 * property {@code WDnnCD} (any year) or {@code code}; the name {@code WDnnNM} or {@code name}.
 * A file without a {@code crs} whose coordinates cannot be degrees is refused rather than guessed.
 */
public final class WardBoundaries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("(?i)wd\\d{2}cd|code");
    private static final Pattern NAME = Pattern.compile("(?i)wd\\d{2}nm|name");

    private WardBoundaries() {}

    public static WardMap read(String source, String geojson) {
        JsonNode root;
        try {
            root = JSON.readTree(geojson);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + " is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new IllegalArgumentException(source + " must be a GeoJSON FeatureCollection of wards.");
        }
        boolean grid = britishNationalGrid(
                source, root.path("crs").path("properties").path("name").asString(""));
        BritishNationalGrid bng = grid ? new BritishNationalGrid() : null;
        List<WardMap.Ward> wards = new ArrayList<>();
        List<Geometry> areas = new ArrayList<>();
        int n = 0;
        for (JsonNode feature : root.path("features")) {
            n++;
            String code = property(feature.path("properties"), CODE);
            if (code == null) {
                throw new IllegalArgumentException(
                        source + ": feature " + n + " has no ward code (a WDnnCD or code property).");
            }
            String name = property(feature.path("properties"), NAME);
            wards.add(new WardMap.Ward(code, name == null ? code : name));
            areas.add(geometry(source, code, feature.path("geometry"), bng));
        }
        if (wards.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no wards.");
        }
        return new WardMap(
                source + " (" + wards.size() + " wards" + (grid ? ", EPSG:27700" : ", WGS 84") + ")", wards, areas);
    }

    private static boolean britishNationalGrid(String source, String crs) {
        if (crs.isBlank() || crs.endsWith("CRS84") || crs.endsWith(":4326")) {
            return false;
        }
        if (crs.endsWith(":27700")) {
            return true;
        }
        throw new IllegalArgumentException(
                source + " is in " + crs + ": only EPSG:27700 and WGS 84 ward boundaries are understood.");
    }

    private static @Nullable String property(JsonNode properties, Pattern key) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (key.matcher(e.getKey()).matches()
                    && e.getValue().isString()
                    && !e.getValue().asString().isBlank()) {
                return e.getValue().asString().strip();
            }
        }
        return null;
    }

    private static Geometry geometry(String source, String code, JsonNode geometry, @Nullable BritishNationalGrid bng) {
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        try {
            return switch (type) {
                case "Polygon" -> polygon(coordinates, bng);
                case "MultiPolygon" -> {
                    Polygon[] parts = new Polygon[coordinates.size()];
                    for (int i = 0; i < parts.length; i++) {
                        parts[i] = polygon(coordinates.get(i), bng);
                    }
                    yield WardMap.GEOMETRY.createMultiPolygon(parts);
                }
                default ->
                    throw new IllegalArgumentException(
                            "it is a " + (type.isEmpty() ? "feature without a geometry" : type));
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": ward " + code
                    + " must be a Polygon or MultiPolygon of closed rings (" + e.getMessage() + ").");
        }
    }

    private static Polygon polygon(JsonNode rings, @Nullable BritishNationalGrid bng) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon without rings");
        }
        LinearRing shell = ring(rings.get(0), bng);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), bng);
        }
        return WardMap.GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, @Nullable BritishNationalGrid bng) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode p = positions.get(i);
            if (!p.path(0).isNumber() || !p.path(1).isNumber()) {
                throw new IllegalArgumentException("a position that is not two numbers");
            }
            double x = p.get(0).asDouble(), y = p.get(1).asDouble();
            if (bng != null) {
                double[] degrees = bng.degrees(x, y);
                x = degrees[0];
                y = degrees[1];
            } else if (Math.abs(x) > 180 || Math.abs(y) > 90) {
                throw new IllegalArgumentException(
                        "coordinates beyond longitude and latitude without a crs saying EPSG:27700");
            }
            coordinates[i] = new Coordinate(x, y);
        }
        return WardMap.GEOMETRY.createLinearRing(coordinates);
    }
}
