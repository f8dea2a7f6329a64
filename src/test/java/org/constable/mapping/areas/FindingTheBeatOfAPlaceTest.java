package org.constable.mapping.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.constable.mapping.Beat;
import org.constable.shared.GeoPoint;
import org.junit.jupiter.api.Test;

/** Two square beats side by side, the western one urban with a park cut out of it. */
class FindingTheBeatOfAPlaceTest {

    static final String TOWN_WITH_A_PARK = "{\"type\":\"Polygon\",\"coordinates\":["
            + "[[-2.24,53.43],[-2.22,53.43],[-2.22,53.45],[-2.24,53.45],[-2.24,53.43]],"
            + "[[-2.235,53.435],[-2.230,53.435],[-2.230,53.440],[-2.235,53.440],[-2.235,53.435]]]}";
    static final String FARMLAND = "{\"type\":\"MultiPolygon\",\"coordinates\":["
            + "[[[-2.22,53.43],[-2.20,53.43],[-2.20,53.45],[-2.22,53.45],[-2.22,53.43]]]]}";

    final BeatIndex index = new BeatIndex(List.of(
            new BeatIndex.StoredBeat("B2", "Farmland", false, FARMLAND),
            new BeatIndex.StoredBeat("B1", "Town", true, TOWN_WITH_A_PARK)));

    @Test
    void aPointInsideABeatIsInThatBeat() {
        assertThat(index.beatAt(new GeoPoint(53.445, -2.225))).contains(new Beat("B1", "Town", true));
        assertThat(index.beatAt(new GeoPoint(53.445, -2.205))).contains(new Beat("B2", "Farmland", false));
    }

    @Test
    void aPointOutsideEveryBeatIsInNone() {
        assertThat(index.beatAt(new GeoPoint(53.46, -2.21))).isEmpty();
        assertThat(index.beatAt(new GeoPoint(53.4375, -2.2325)))
                .as("in the park, a hole in the town beat")
                .isEmpty();
    }

    @Test
    void aPointOnTheBoundaryOfTwoBeatsBelongsToTheLowerCode() {
        assertThat(index.beatAt(new GeoPoint(53.44, -2.22))).map(Beat::code).contains("B1");
    }

    @Test
    void aBeatThatIsNotAnAreaIsRefused() {
        assertThatThrownBy(() -> new BeatIndex(List.of(new BeatIndex.StoredBeat(
                        "X", "Line", true, "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
