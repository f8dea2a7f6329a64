package org.constable.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.constable.mapping.areas.ForceBoundary;
import org.constable.shared.GeoPoint;
import org.junit.jupiter.api.Test;

class TellingHowFarOutsideTheForceAPlaceIsTest {

    private static final String SQUARE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[-2.24,53.43],[-2.17,53.43],[-2.17,53.47],[-2.24,53.47],[-2.24,53.43]]]}";

    @Test
    void aPlaceInsideIsNotOutside() {
        assertThat(new ForceBoundary(List.of(SQUARE)).metresOutside(new GeoPoint(53.45, -2.20)))
                .isZero();
    }

    @Test
    void aPlaceFarSouthIsTheDistanceToTheBoundary() {
        // 3.24 degrees of latitude south of the southern edge: about 360 km
        double metres = new ForceBoundary(List.of(SQUARE)).metresOutside(new GeoPoint(50.19, -2.20));

        assertThat(metres).isCloseTo(360_300, within(1_000.0));
    }

    @Test
    void withNoForceAreaNothingIsOutside() {
        assertThat(new ForceBoundary(List.of()).metresOutside(new GeoPoint(10, 10)))
                .isZero();
    }
}
