package org.constable.dashboards.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.constable.dashboards.domain.SyntheticWards;
import org.constable.dashboards.domain.WardBoundaries;
import org.constable.dashboards.domain.WardMap;
import org.constable.identity.DemoMode;
import org.constable.mapping.ForceAreas;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The force's wards for the dashboard: the GeoJSON file named by {@code constable.dashboard.wards-file}
 * (a path, or {@code classpath:...}), read once at start so that a wrong file stops the start with
 * the reason; without one, the demo force gets synthetic wards over its area; otherwise there are
 * none and the page says how to configure them.
 */
@Component
public class WardAreas {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final @Nullable WardMap configured;
    private final DemoMode demo;
    private final ForceAreas force;
    private volatile @Nullable WardMap synthetic;

    WardAreas(
            @Value("${constable.dashboard.wards-file:}") String wardsFile,
            ResourceLoader resources,
            DemoMode demo,
            ForceAreas force) {
        this.demo = demo;
        this.force = force;
        this.configured = wardsFile == null || wardsFile.isBlank() ? null : load(resources, wardsFile.strip());
    }

    private static WardMap load(ResourceLoader resources, String location) {
        Resource resource = resources.getResource(
                location.contains(":") && !location.matches("^[A-Za-z]:\\\\.*") ? location : "file:" + location);
        try (InputStream in = resource.getInputStream()) {
            return WardBoundaries.read(
                    resource.getFilename() == null ? location : resource.getFilename(),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "constable.dashboard.wards-file: cannot read " + location + " (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("constable.dashboard.wards-file: " + e.getMessage(), e);
        }
    }

    /** The wards in force now: configured, synthetic for the demo, or none. */
    public WardMap current() {
        if (configured != null) {
            return configured;
        }
        if (!demo.enabled()) {
            return WardMap.none();
        }
        WardMap wards = synthetic;
        if (wards == null) {
            Envelope area = forceArea();
            if (area.isNull()) {
                return WardMap.none(); // the demo force's area is not laid out yet
            }
            wards = SyntheticWards.over(area);
            synthetic = wards;
        }
        return wards;
    }

    private Envelope forceArea() {
        Envelope box = new Envelope();
        for (JsonNode feature : JSON.readTree(force.forceGeoJson()).path("features")) {
            if ("force-area".equals(feature.path("properties").path("kind").asString(""))) {
                expand(box, feature.path("geometry").path("coordinates"));
            }
        }
        return box;
    }

    private static void expand(Envelope box, JsonNode coordinates) {
        if (coordinates.isArray()
                && coordinates.size() >= 2
                && coordinates.get(0).isNumber()) {
            box.expandToInclude(
                    coordinates.get(0).asDouble(), coordinates.get(1).asDouble());
            return;
        }
        coordinates.forEach(c -> expand(box, c));
    }
}
