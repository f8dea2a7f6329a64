package org.constable.mapping.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constable.mapping.UnitEta;
import org.constable.mapping.UnitPosition;
import org.constable.shared.GeoPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real OpenStreetMap extract of Levenshulme, Manchester (shared data, © OpenStreetMap
 * contributors, ODbL 1.0): 500 units at random places, and the five fastest by the one reverse
 * search must be the five fastest by 500 separate GraphHopper routes.
 */
class RecommendingOverLevenshulmesRoadsTest {

    static final Path LEVENSHULME = Path.of("../shared/data/osm/manchester-levenshulme.osm");
    static final double WEST = -2.2182, SOUTH = 53.4440, EAST = -2.1893, NORTH = 53.4598;

    @TempDir
    static Path graphs;

    static RoadNetwork network;
    static RoadEtaEstimator estimator;
    static BruteForce bruteForce;

    @BeforeAll
    static void importTheExtract() {
        Assumptions.assumeTrue(
                Files.isRegularFile(LEVENSHULME),
                "Levenshulme extract not found at " + LEVENSHULME.toAbsolutePath() + ": real-network test skipped");
        network = RoadNetwork.open(LEVENSHULME, graphs, 200);
        StraightLineEtaEstimator straightLine = new StraightLineEtaEstimator(1.4, 30);
        estimator = new RoadEtaEstimator(network, straightLine, 15, 500, Duration.ofHours(1));
        bruteForce = new BruteForce(network, straightLine, 15, 500);
    }

    @AfterAll
    static void close() {
        if (network != null) {
            network.close();
        }
    }

    static GeoPoint randomPoint(Random random) {
        return new GeoPoint(SOUTH + random.nextDouble() * (NORTH - SOUTH), WEST + random.nextDouble() * (EAST - WEST));
    }

    @Test
    void theFiveFastestOfFiveHundredUnitsAreTheFiveFastestByGraphHoppersOwnRoutes() {
        Random random = new Random(11);
        List<UnitPosition> units = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            units.add(new UnitPosition(i, randomPoint(random)));
        }
        for (int d = 0; d < 5; d++) {
            GeoPoint destination = randomPoint(random);
            List<UnitEta> byOneSearch = estimator.fastest(destination, units, 5);
            Map<Long, UnitEta> everyRoute = units.stream()
                    .map(u -> bruteForce.eta(destination, u))
                    .collect(Collectors.toMap(UnitEta::unitId, Function.identity()));
            List<UnitEta> byRoutes = FastestFirst.top(List.copyOf(everyRoute.values()), 5);

            assertThat(byOneSearch).hasSize(5);
            for (int rank = 0; rank < 5; rank++) {
                UnitEta mine = byOneSearch.get(rank);
                // rank by rank the times agree; a unit may swap places with one within rounding of the same time
                assertThat(seconds(mine))
                        .as("rank %d for %s", rank, destination)
                        .isCloseTo(seconds(byRoutes.get(rank)), within(0.5));
                assertThat(seconds(mine))
                        .as("unit %d for %s", mine.unitId(), destination)
                        .isCloseTo(seconds(everyRoute.get(mine.unitId())), within(0.5));
                assertThat(mine.method())
                        .isEqualTo(everyRoute.get(mine.unitId()).method());
            }
        }
    }

    static double seconds(UnitEta eta) {
        return eta.eta().toMillis() / 1000.0;
    }
}
