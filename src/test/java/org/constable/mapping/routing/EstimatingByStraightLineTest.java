package org.constable.mapping.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.constable.mapping.EtaMethod;
import org.constable.mapping.UnitEta;
import org.constable.mapping.UnitPosition;
import org.constable.shared.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases on the equator, where one thousandth of a degree of longitude is
 * 6,371,008.8 m × π/180 / 1000 = 111.195 m.
 */
class EstimatingByStraightLineTest {

    static final double METRES_PER_MILLIDEGREE = 6_371_008.8 * Math.PI / 180 / 1000;
    static final GeoPoint ORIGIN = new GeoPoint(0, 0);

    final StraightLineEtaEstimator estimator = new StraightLineEtaEstimator(1.4, 30);

    static UnitPosition unit(long id, double millidegreesEast) {
        return new UnitPosition(id, new GeoPoint(0, millidegreesEast / 1000));
    }

    @Test
    void aUnitTenMillidegreesAwayIsItsDistanceTimesTheRoadFactorAtThirtyKmh() {
        UnitEta eta = estimator.fastest(ORIGIN, List.of(unit(7, 10)), 1).get(0);

        double metres = 10 * METRES_PER_MILLIDEGREE * 1.4; // 1,556.73 m
        assertThat(eta.metres()).isCloseTo(metres, within(0.01));
        assertThat(eta.eta()).isEqualTo(Duration.ofMillis(Math.round(metres / (30 / 3.6) * 1000))); // 186.8 s
        assertThat(eta.eta().toMillis()).isCloseTo(186_808, within(2L));
        assertThat(eta.method()).isEqualTo(EtaMethod.STRAIGHT_LINE);
    }

    @Test
    void theRoadFactorScalesDistanceAndTime() {
        UnitEta plain = new StraightLineEtaEstimator(1.0, 30)
                .fastest(ORIGIN, List.of(unit(1, 10)), 1)
                .get(0);
        UnitEta doubled = new StraightLineEtaEstimator(2.0, 30)
                .fastest(ORIGIN, List.of(unit(1, 10)), 1)
                .get(0);

        assertThat(plain.metres()).isCloseTo(1_111.95, within(0.01));
        assertThat(doubled.metres()).isCloseTo(2 * plain.metres(), within(1e-6));
        assertThat(doubled.eta().toMillis()).isCloseTo(2 * plain.eta().toMillis(), within(1L));
    }

    @Test
    void unitsComeFastestFirstAndOnlyAsManyAsAskedFor() {
        List<UnitEta> ranked =
                estimator.fastest(ORIGIN, List.of(unit(1, 30), unit(2, -5), unit(3, 10), unit(4, 20)), 3);

        assertThat(ranked).extracting(UnitEta::unitId).containsExactly(2L, 3L, 4L);
    }

    @Test
    void unitsEquallyFarAwayAreOrderedByUnitId() {
        List<UnitEta> ranked = estimator.fastest(ORIGIN, List.of(unit(9, 10), unit(3, -10), unit(5, 10)), 3);

        assertThat(ranked).extracting(UnitEta::unitId).containsExactly(3L, 5L, 9L);
    }

    @Test
    void noCandidatesMeansNoRecommendation() {
        assertThat(estimator.fastest(ORIGIN, List.of(), 5)).isEmpty();
        assertThat(estimator.fastest(ORIGIN, List.of(unit(1, 1)), 0)).isEmpty();
    }

    @Test
    void aUnitAlreadyThereHasNoJourney() {
        assertThat(estimator.fastest(ORIGIN, List.of(unit(1, 0)), 1).get(0).eta())
                .isZero();
    }

    @Test
    void nonsenseSettingsAndLimitsAreRefused() {
        assertThatThrownBy(() -> new StraightLineEtaEstimator(0.5, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StraightLineEtaEstimator(1.4, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> estimator.fastest(ORIGIN, List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
