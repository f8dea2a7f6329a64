package org.constable.mapping.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.constable.mapping.EtaEstimator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration's choice, without starting the application. */
class ChoosingHowEtasAreEstimatedTest {

    @TempDir
    Path dataDir;

    static RoutingProperties properties(String osmFile) {
        return new RoutingProperties(osmFile, 1.4, 30, 15, 500, Duration.ofHours(1), 0);
    }

    @Test
    void withNoOsmFileTheEstimatesAreByStraightLine() {
        RoutingConfiguration configuration = new RoutingConfiguration();
        try (var holder = configuration.roadNetworkHolder(properties(" "), dataDir.toString())) {
            EtaEstimator estimator = configuration.etaEstimator(properties(" "), holder);
            assertThat(estimator).isInstanceOf(StraightLineEtaEstimator.class);
        }
    }

    @Test
    void withAnOsmFileTheEstimatesAreByRoadAndTheGraphIsKeptUnderTheDataDirectory() throws Exception {
        String osm = Path.of(getClass()
                        .getResource("/mapping/river-with-one-bridge.osm")
                        .toURI())
                .toString();
        RoutingConfiguration configuration = new RoutingConfiguration();
        try (var holder = configuration.roadNetworkHolder(properties(osm), dataDir.toString())) {
            EtaEstimator estimator = configuration.etaEstimator(properties(osm), holder);
            assertThat(estimator).isInstanceOf(RoadEtaEstimator.class);
            assertThat(holder.network().folder().getParent()).isEqualTo(dataDir.resolve("graphhopper"));
            try (var files = Files.list(holder.network().folder())) {
                assertThat(files).isNotEmpty();
            }
        }
    }
}
