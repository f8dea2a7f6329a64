package org.constable.dashboards.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.constable.identity.DemoMode;
import org.constable.mapping.Beat;
import org.constable.mapping.ForceAreas;
import org.constable.shared.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

/** Which wards the dashboard uses: the configured file, else synthetic ones for the demo force, else none. */
class ChoosingTheWardsTest {

    /** The demo force's map as the mapping module gives it: a force area polygon and a beat. */
    private static final String DEMO_MAP = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[-2.24,53.435],[-2.17,53.435],[-2.17,53.47],[-2.24,53.47],[-2.24,53.435]]]},
              "properties":{"kind":"force-area","name":"Demo Constabulary"}},
             {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[-2.3,53.4],[-2.2,53.4],[-2.2,53.5],[-2.3,53.4]]]},
              "properties":{"kind":"beat","code":"B1","name":"Brookside","urban":true}}]}""";

    private static ForceAreas map(String geojson) {
        return map(() -> geojson);
    }

    private static ForceAreas map(java.util.function.Supplier<String> geojson) {
        return new ForceAreas() {
            @Override
            public Optional<Beat> beatAt(GeoPoint point) {
                return Optional.empty();
            }

            @Override
            public boolean isUrban(GeoPoint point) {
                return false;
            }

            @Override
            public String forceGeoJson() {
                return geojson.get();
            }
        };
    }

    private static DemoMode demo(boolean on) {
        return new DemoMode(Boolean.toString(on), "", new MockEnvironment());
    }

    @Test
    void theDemoForceGetsSyntheticWardsOverItsAreaOnceTheAreaIsLaidOut() {
        String[] current = {"{\"type\":\"FeatureCollection\",\"features\":[]}"};
        ForceAreas force = map(() -> current[0]);
        WardAreas wards = new WardAreas("", new DefaultResourceLoader(), demo(true), force);
        assertThat(wards.current().isEmpty())
                .as("before the demo force's area exists")
                .isTrue();
        current[0] = DEMO_MAP;
        assertThat(wards.current().size()).isEqualTo(12);
        assertThat(wards.current().source()).contains("synthetic");
        assertThat(wards.current().wardAt(-2.239, 53.436).map(w -> w.code())).contains("SYN-W01");
        assertThat(wards.current().wardAt(-2.25, 53.45))
                .as("the beat outside the force area does not widen the wards")
                .isEmpty();
    }

    @Test
    void aForceThatIsNotTheDemoHasNoWardsUntilItConfiguresThem() {
        assertThat(new WardAreas(" ", new DefaultResourceLoader(), demo(false), map(DEMO_MAP))
                        .current()
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aConfiguredFileWinsAndAWrongOneStopsTheStartWithTheReason(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("wards.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"E05000001","name":"Only"},
                 "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}""");
        WardAreas configured = new WardAreas(file.toString(), new DefaultResourceLoader(), demo(true), map(DEMO_MAP));
        assertThat(configured.current().wards()).extracting(w -> w.name()).containsExactly("Only");
        assertThat(configured.current().source()).startsWith("wards.geojson");

        assertThatThrownBy(() -> new WardAreas(
                        folder.resolve("missing.geojson").toString(),
                        new DefaultResourceLoader(),
                        demo(true),
                        map(DEMO_MAP)))
                .hasMessageContaining("constable.dashboard.wards-file: cannot read")
                .hasMessageContaining("missing.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[]}");
        assertThatThrownBy(() -> new WardAreas(file.toString(), new DefaultResourceLoader(), demo(true), map(DEMO_MAP)))
                .hasMessageContaining("holds no wards");
    }
}
