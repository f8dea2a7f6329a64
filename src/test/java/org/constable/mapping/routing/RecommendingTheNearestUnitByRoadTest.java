package org.constable.mapping.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constable.mapping.EtaMethod;
import org.constable.mapping.UnitEta;
import org.constable.mapping.UnitPosition;
import org.constable.shared.GeoPoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over a hand-made network (src/test/resources/mapping/river-with-one-bridge.osm): a river runs
 * north-south between West Bank Road and East Bank Road, and the only crossing is Mill Bridge at the
 * north end, 2.2 km from the southern ends.
 */
class RecommendingTheNearestUnitByRoadTest {

    static final GeoPoint SOUTH_END_OF_WEST_BANK = new GeoPoint(53.4405, -2.2011);
    static final double OFF_ROAD_KMH = 15;

    @TempDir
    static Path graphs;

    static RoadNetwork network;
    static RoadEtaEstimator estimator;
    static BruteForce bruteForce;

    @BeforeAll
    static void importTheFixture() throws URISyntaxException {
        Path osm = Path.of(RecommendingTheNearestUnitByRoadTest.class
                .getResource("/mapping/river-with-one-bridge.osm")
                .toURI());
        network = RoadNetwork.open(osm, graphs, 0);
        StraightLineEtaEstimator straightLine = new StraightLineEtaEstimator(1.4, 30);
        estimator = new RoadEtaEstimator(network, straightLine, OFF_ROAD_KMH, 500, Duration.ofHours(1));
        bruteForce = new BruteForce(network, straightLine, OFF_ROAD_KMH, 500);
    }

    @AfterAll
    static void close() {
        network.close();
    }

    @Test
    void theUnitAcrossTheRiverIsNearestByStraightLineButNotFastestByRoad() {
        UnitPosition acrossTheRiver = new UnitPosition(1, new GeoPoint(53.4405, -2.1991));
        UnitPosition upTheSameBank = new UnitPosition(2, new GeoPoint(53.4500, -2.2011));
        assertThat(acrossTheRiver.position().metresTo(SOUTH_END_OF_WEST_BANK))
                .isLessThan(upTheSameBank.position().metresTo(SOUTH_END_OF_WEST_BANK));

        List<UnitEta> ranked = estimator.fastest(SOUTH_END_OF_WEST_BANK, List.of(acrossTheRiver, upTheSameBank), 2);

        assertThat(ranked).extracting(UnitEta::unitId).containsExactly(2L, 1L);
        assertThat(ranked).extracting(UnitEta::method).containsOnly(EtaMethod.ROAD);
        // across the river means up to the bridge and back: 4.4 km on the bank roads, or 5 km by the faster Western
        // Avenue
        assertThat(ranked.get(1).metres()).isBetween(4_400.0, 5_100.0);
    }

    @Test
    void etasArePositiveAndGrowWithTheDistanceAlongTheRoad() {
        List<UnitPosition> upTheWestBank = List.of(
                new UnitPosition(10, new GeoPoint(53.4450, -2.2011)),
                new UnitPosition(11, new GeoPoint(53.4500, -2.2011)),
                new UnitPosition(12, new GeoPoint(53.4550, -2.2011)),
                new UnitPosition(13, new GeoPoint(53.4590, -2.1991)));

        List<UnitEta> ranked = estimator.fastest(SOUTH_END_OF_WEST_BANK, upTheWestBank, 4);

        assertThat(ranked).extracting(UnitEta::unitId).containsExactly(10L, 11L, 12L, 13L);
        assertThat(ranked).allSatisfy(eta -> assertThat(eta.eta()).isPositive());
        assertThat(ranked).extracting(UnitEta::metres).isSorted();
    }

    @Test
    void everyRoadEtaEqualsGraphHoppersOwnRouteForThatUnit() {
        List<UnitPosition> units = List.of(
                new UnitPosition(1, new GeoPoint(53.4405, -2.1991)),
                new UnitPosition(2, new GeoPoint(53.4500, -2.2011)),
                new UnitPosition(3, new GeoPoint(53.4470, -2.2039)),
                new UnitPosition(4, new GeoPoint(53.4580, -2.2025)),
                new UnitPosition(5, new GeoPoint(53.4420, -2.2011)),
                new UnitPosition(6, new GeoPoint(53.4402, -2.2010)),
                new UnitPosition(7, new GeoPoint(53.4600, -2.1990)));
        for (GeoPoint destination :
                List.of(SOUTH_END_OF_WEST_BANK, new GeoPoint(53.4520, -2.1991), new GeoPoint(53.4600, -2.2040))) {
            Map<Long, UnitEta> byRoad = estimator.fastest(destination, units, units.size()).stream()
                    .collect(Collectors.toMap(UnitEta::unitId, Function.identity()));
            assertThat(byRoad).hasSize(units.size());
            for (UnitPosition unit : units) {
                UnitEta expected = bruteForce.eta(destination, unit);
                UnitEta actual = byRoad.get(unit.unitId());
                assertThat(actual.method()).isEqualTo(EtaMethod.ROAD);
                assertThat(actual.eta().toMillis() / 1000.0)
                        .as("unit %d to %s", unit.unitId(), destination)
                        .isCloseTo(expected.eta().toMillis() / 1000.0, within(0.5));
                assertThat(actual.metres()).isCloseTo(expected.metres(), within(2.0));
            }
        }
    }

    @Test
    void aUnitTheRoadNetworkCannotPlaceIsEstimatedByStraightLineAndSaysSo() {
        UnitPosition farAway = new UnitPosition(9, new GeoPoint(53.4500, -2.1800));
        UnitPosition onTheRoad = new UnitPosition(2, new GeoPoint(53.4500, -2.2011));

        List<UnitEta> ranked = estimator.fastest(SOUTH_END_OF_WEST_BANK, List.of(farAway, onTheRoad), 5);

        assertThat(ranked).extracting(UnitEta::unitId).containsExactly(2L, 9L);
        assertThat(ranked).extracting(UnitEta::method).containsExactly(EtaMethod.ROAD, EtaMethod.STRAIGHT_LINE);
    }

    @Test
    void onlyTheRequestedNumberAreReturnedFastestFirst() {
        List<UnitPosition> units = List.of(
                new UnitPosition(1, new GeoPoint(53.4405, -2.1991)),
                new UnitPosition(2, new GeoPoint(53.4500, -2.2011)),
                new UnitPosition(3, new GeoPoint(53.4420, -2.2011)));

        assertThat(estimator.fastest(SOUTH_END_OF_WEST_BANK, units, 1))
                .extracting(UnitEta::unitId)
                .containsExactly(3L);
        assertThat(estimator.fastest(SOUTH_END_OF_WEST_BANK, units, 0)).isEmpty();
        assertThat(estimator.fastest(SOUTH_END_OF_WEST_BANK, List.of(), 5)).isEmpty();
    }

    @Test
    void theImportedGraphIsReusedOnTheNextStart() throws URISyntaxException {
        Path osm = Path.of(
                getClass().getResource("/mapping/river-with-one-bridge.osm").toURI());
        try (RoadNetwork again = RoadNetwork.open(osm, graphs, 0)) {
            assertThat(again.folder()).isEqualTo(network.folder());
            assertThat(again.nodes()).isEqualTo(network.nodes());
        }
    }
}
