package org.constable.dashboards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.constable.mapping.BritishNationalGrid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which ward a place is in (ADR 0034): inside, outside, in a hole, in either part of a ward in two
 * pieces, and on a boundary, where the ward covering the point with the lowest code has it.
 */
class AssigningPlacesToWardsTest {

    /*
     * Wards on a 0..4 x 0..3 degree plan (WGS 84):
     *   E05000002 "Holed"  the square 0..2 x 0..2 with a hole 0.5..1.5 x 0.5..1.5
     *   E05000001 "Island" the hole exactly, so its edge is shared with Holed
     *   E05000003 "Split"  two squares 2..3 x 0..1 and 3.5..4 x 2..3 (a MultiPolygon)
     */
    private static final String PLAN = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{"WD22CD":"E05000002","WD22NM":"Holed"},"geometry":{"type":"Polygon","coordinates":[
               [[0,0],[2,0],[2,2],[0,2],[0,0]],[[0.5,0.5],[1.5,0.5],[1.5,1.5],[0.5,1.5],[0.5,0.5]]]}},
             {"type":"Feature","properties":{"code":"E05000001","name":"Island"},"geometry":{"type":"Polygon","coordinates":[
               [[0.5,0.5],[1.5,0.5],[1.5,1.5],[0.5,1.5],[0.5,0.5]]]}},
             {"type":"Feature","properties":{"wd23cd":"E05000003","wd23nm":"Split"},"geometry":{"type":"MultiPolygon","coordinates":[
               [[[2,0],[3,0],[3,1],[2,1],[2,0]]],[[[3.5,2],[4,2],[4,3],[3.5,3],[3.5,2]]]]}}]}""";

    private final WardMap wards = WardBoundaries.read("plan.geojson", PLAN);

    private Optional<String> at(double longitude, double latitude) {
        return wards.wardAt(longitude, latitude).map(WardMap.Ward::name);
    }

    @Test
    void aPlaceInsideAWardIsInThatWardAndOneOutsideEveryWardIsInNone() {
        assertThat(wards.size()).isEqualTo(3);
        assertThat(wards.wards()).extracting(WardMap.Ward::code).containsExactly("E05000001", "E05000002", "E05000003");
        assertThat(at(0.25, 0.25)).contains("Holed");
        assertThat(at(1.75, 1.9)).contains("Holed");
        assertThat(at(-0.1, 1)).isEmpty();
        assertThat(at(2.5, 1.5))
                .as("inside the bounding box of Split, outside both its parts")
                .isEmpty();
        assertThat(at(3.2, 2.5)).isEmpty();
    }

    @Test
    void aPlaceInAWardsHoleIsNotInThatWardButInTheWardThatFillsIt() {
        assertThat(at(1, 1)).contains("Island");
        WardMap holedAlone = WardBoundaries.read("holed.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":"E05000002","name":"Holed"},"geometry":{"type":"Polygon","coordinates":[
                   [[0,0],[2,0],[2,2],[0,2],[0,0]],[[0.5,0.5],[1.5,0.5],[1.5,1.5],[0.5,1.5],[0.5,0.5]]]}}]}""");
        assertThat(holedAlone.wardAt(1, 1))
                .as("nothing fills the hole: outside known wards")
                .isEmpty();
        assertThat(holedAlone.wardAt(0.25, 1).map(WardMap.Ward::name)).contains("Holed");
        assertThat(holedAlone.wardAt(0.5, 1).map(WardMap.Ward::name))
                .as("the hole's edge is the ward's boundary")
                .contains("Holed");
    }

    @Test
    void aPlaceInEitherPartOfAWardInTwoPiecesIsInThatWard() {
        assertThat(at(2.5, 0.5)).contains("Split");
        assertThat(at(3.75, 2.5)).contains("Split");
    }

    @Test
    void onABoundaryThePlaceBelongsToTheCoveringWardWithTheLowestCode() {
        // the hole's edge is Holed's boundary and Island's: E05000001 < E05000002
        assertThat(at(0.5, 1)).contains("Island");
        assertThat(at(1.5, 1.5)).as("a corner of both").contains("Island");
        // Holed's outer edge shared with Split at x = 2, 0 <= y <= 1: E05000002 < E05000003
        assertThat(at(2, 0.5)).contains("Holed");
        // an edge nobody shares still counts as inside
        assertThat(at(0, 1)).contains("Holed");
        assertThat(at(2, 1.5)).contains("Holed");
        assertThat(at(4, 3)).contains("Split");
        // the answer does not depend on the order of the file
        String reversed = "{\"type\":\"FeatureCollection\",\"features\":["
                + String.join(
                        ",",
                        List.of(
                                PLAN.substring(
                                        PLAN.indexOf("{\"type\":\"Feature\",\"properties\":{\"wd23cd\""),
                                        PLAN.lastIndexOf("]}")),
                                PLAN.substring(
                                        PLAN.indexOf("{\"type\":\"Feature\",\"properties\":{\"code\""),
                                        PLAN.indexOf(",\n {\"type\":\"Feature\",\"properties\":{\"wd23cd\"")),
                                PLAN.substring(
                                        PLAN.indexOf("{\"type\":\"Feature\",\"properties\":{\"WD22CD\""),
                                        PLAN.indexOf(",\n {\"type\":\"Feature\",\"properties\":{\"code\""))))
                + "]}";
        WardMap other = WardBoundaries.read("reversed.geojson", reversed);
        assertThat(other.wardAt(0.5, 1).map(WardMap.Ward::code)).contains("E05000001");
        assertThat(other.wardAt(2, 0.5).map(WardMap.Ward::code)).contains("E05000002");
    }

    @Test
    void britishNationalGridBoundariesAreReadInMetresAndMatchedInDegrees() {
        BritishNationalGrid bng = new BritishNationalGrid();
        // a 1.6 km square on the grid around central Manchester (E 383000..384600, N 397400..399000)
        String grid = """
                {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::27700"}},"features":[
                 {"type":"Feature","properties":{"wd22cd":"E05099999","wd22nm":"Grid square"},"geometry":{"type":"Polygon","coordinates":[
                  [[383000,397400],[384600,397400],[384600,399000],[383000,399000],[383000,397400]]]}}]}""";
        WardMap square = WardBoundaries.read("grid.geojson", grid);
        double[] centre = bng.degrees(383800, 398200);
        double[] justWest = bng.degrees(382990, 398200);
        double[] justInside = bng.degrees(383010, 398200);
        assertThat(square.wardAt(centre[0], centre[1]).map(WardMap.Ward::name)).contains("Grid square");
        assertThat(square.wardAt(justInside[0], justInside[1])).isPresent();
        assertThat(square.wardAt(justWest[0], justWest[1])).isEmpty();
        assertThat(square.source()).contains("EPSG:27700").contains("1 wards");
    }

    @Test
    void wrongFilesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> WardBoundaries.read("a.geojson", "not json"))
                .hasMessageContaining("a.geojson is not JSON");
        assertThatThrownBy(() -> WardBoundaries.read("b.geojson", "{\"type\":\"Feature\"}"))
                .hasMessageContaining("FeatureCollection");
        assertThatThrownBy(() -> WardBoundaries.read("c.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}"))
                .hasMessageContaining("holds no wards");
        assertThatThrownBy(() -> WardBoundaries.read("d.geojson", PLAN.replace("\"WD22CD\":\"E05000002\",", "")))
                .hasMessageContaining("feature 1 has no ward code");
        assertThatThrownBy(() -> WardBoundaries.read("e.geojson", PLAN.replace("\"E05000003\"", "\"E05000002\"")))
                .hasMessageContaining("E05000002 appears twice");
        assertThatThrownBy(() -> WardBoundaries.read(
                        "f.geojson", PLAN.replace("[[2,0],[3,0],[3,1],[2,1],[2,0]]", "[[2,0],[3,0],[3,1],[2,1]]")))
                .hasMessageContaining("ward E05000003 must be a Polygon or MultiPolygon of closed rings");
        assertThatThrownBy(
                        () -> WardBoundaries.read("g.geojson", PLAN.replace("[[0,0],[2,0]", "[[383000,397400],[2,0]")))
                .hasMessageContaining("without a crs saying EPSG:27700");
        assertThatThrownBy(
                        () -> WardBoundaries.read(
                                "h.geojson",
                                PLAN.replace(
                                        "{\"type\":\"FeatureCollection\",",
                                        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:3857\"}},")))
                .hasMessageContaining("only EPSG:27700 and WGS 84");
        assertThatThrownBy(() -> WardBoundaries.read(
                        "i.geojson", PLAN.replace("\"type\":\"MultiPolygon\"", "\"type\":\"LineString\"")))
                .hasMessageContaining("it is a LineString");
    }

    @Test
    void theDemoForcesSyntheticWardsCoverItsAreaWithNoGapAndNoOverlap() {
        Envelope area = new Envelope(-2.2400, -2.1700, 53.4350, 53.4700);
        WardMap demo = SyntheticWards.over(area);
        assertThat(demo.size()).isEqualTo(12);
        assertThat(demo.source()).contains("synthetic").contains("not real");
        assertThat(demo.wards()).allSatisfy(w -> assertThat(w.name()).startsWith("Synthetic ward"));
        for (int i = 0; i <= 40; i++) {
            for (int j = 0; j <= 40; j++) {
                double lon = area.getMinX() + area.getWidth() * i / 40,
                        lat = area.getMinY() + area.getHeight() * j / 40;
                assertThat(demo.wardAt(lon, lat)).as("%s,%s", lon, lat).isPresent();
            }
        }
        assertThat(demo.wardAt(area.getMinX(), area.getMinY()).map(WardMap.Ward::code))
                .contains("SYN-W01");
        assertThat(demo.wardAt(area.getMaxX(), area.getMaxY()).map(WardMap.Ward::code))
                .contains("SYN-W12");
        assertThat(demo.wardAt(area.getMinX() - 0.001, area.getMinY())).isEmpty();
    }

    @Test
    void theDrawnMapIsGeoJsonInDegreesWithEveryWard() {
        JsonNode drawn = JsonMapper.builder().build().readTree(wards.geoJson());
        assertThat(drawn.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(drawn.get("features")).hasSize(3);
        assertThat(drawn.get("features").get(0).get("properties").get("code").asString())
                .isEqualTo("E05000001");
        assertThat(drawn.get("features").get(1).get("geometry").get("coordinates"))
                .as("the hole is kept")
                .hasSize(2);
        assertThat(drawn.get("features").get(2).get("geometry").get("type").asString())
                .isEqualTo("MultiPolygon");
        assertThat(WardMap.none().geoJson()).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
    }
}
