package org.constable.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The demo force's counts of calls and crimes: the same seed gives the same counts and leaves the generator where it did. */
class DrawingPoissonCountsTest {

    @Test
    void aCountOfKTakesKPlusOneValuesFromTheGenerator() {
        Random drawn = new Random(42), counted = new Random(42);
        for (int i = 0; i < 200; i++) {
            int k = PoissonCounts.draw(drawn, 3.5);
            for (int used = 0; used <= k; used++) {
                counted.nextDouble();
            }
            assertThat(drawn.nextInt()).as("draw " + i).isEqualTo(counted.nextInt());
        }
    }

    @Test
    void theCountsAverageTheMean() {
        Random random = new Random(7);
        double mean = IntStream.range(0, 20_000)
                .map(i -> PoissonCounts.draw(random, 4.0))
                .average()
                .orElseThrow();
        assertThat(mean).isBetween(3.9, 4.1);
    }

    @Test
    void aMeanOfNothingCountsNothing() {
        assertThat(PoissonCounts.draw(new Random(1), 0.0)).isZero();
    }
}
