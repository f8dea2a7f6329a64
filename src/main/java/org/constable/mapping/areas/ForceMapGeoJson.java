package org.constable.mapping.areas;

import java.util.List;
import org.constable.mapping.ForceGeography.Area;
import org.constable.mapping.ForceGeography.Station;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The force's own map as one GeoJSON FeatureCollection, so that pages can draw it with no tile server. */
final class ForceMapGeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ForceMapGeoJson() {}

    static String of(List<Area> forceAreas, List<Area> beats, List<Station> stations) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Area area : forceAreas) {
            ObjectNode feature = feature(features, JSON.readTree(area.geojson()));
            feature.putObject("properties").put("kind", "force-area").put("name", area.name());
        }
        for (Area beat : beats) {
            ObjectNode feature = feature(features, JSON.readTree(beat.geojson()));
            feature.putObject("properties")
                    .put("kind", "beat")
                    .put("code", beat.code())
                    .put("name", beat.name())
                    .put("urban", beat.urban());
        }
        for (Station station : stations) {
            ObjectNode point = JSON.createObjectNode().put("type", "Point");
            point.putArray("coordinates").add(station.longitude()).add(station.latitude());
            feature(features, point)
                    .putObject("properties")
                    .put("kind", "station")
                    .put("name", station.name());
        }
        return JSON.writeValueAsString(collection);
    }

    private static ObjectNode feature(ArrayNode features, tools.jackson.databind.JsonNode geometry) {
        ObjectNode feature = features.addObject().put("type", "Feature");
        feature.set("geometry", geometry);
        return feature;
    }
}
