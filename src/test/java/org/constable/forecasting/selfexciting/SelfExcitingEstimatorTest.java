package org.constable.forecasting.selfexciting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SelfExcitingEstimatorTest {

    /**
     * Three events over a window of 2 days: cell 0 at days 0 and 1, cell 1 at day 0.5. From
     * theta 0.5, omega 1/day, mu = half of each cell's count over the window (0.5 and 0.25):
     * the second event of cell 0 has intensity 0.5 + 0.5 e^-1, so it is background with
     * probability 0.5 / (0.5 + 0.5 e^-1) and triggered otherwise, at a delay of exactly 1 day.
     */
    @Test
    void oneEmStepOnThreeEventsMatchesTheHandComputation() {
        double pBackground = 0.5 / (0.5 + 0.5 * Math.exp(-1));
        double pTriggered = 1 - pBackground;

        SelfExcitingFit fit = new SelfExcitingEstimator(1)
                .fit(new double[] {0, 1, 0.5}, new int[] {0, 1}, new int[] {0, 2, 3}, 2.0, 2, null);

        assertThat(fit.iterations()).isEqualTo(1);
        assertThat(fit.background()[0]).isCloseTo((1 + pBackground) / 2, within(1e-12));
        assertThat(fit.background()[1]).isCloseTo(1 / 2.0, within(1e-12));
        assertThat(fit.theta()).isCloseTo(pTriggered / 3, within(1e-12));
        assertThat(fit.omega()).isCloseTo(1.0, within(1e-12)); // the only trigger delay is 1 day
    }

    @Test
    void theRecursiveStepEqualsTheSumOverEveryPairOfEvents() {
        Random random = new Random(7);
        double window = 30;
        double[] times = new double[40];
        int[] cells = {3, 8};
        int[] start = {0, 25, 40};
        for (int k = 0; k < 2; k++) {
            for (int j = start[k]; j < start[k + 1]; j++) {
                times[j] = window * random.nextDouble();
            }
            java.util.Arrays.sort(times, start[k], start[k + 1]);
        }
        SelfExcitingFit warm = new SelfExcitingFit(new double[] {0, 0, 0, 0.4, 0, 0, 0, 0, 0.2, 0}, 0.3, 0.7, 0);

        SelfExcitingFit step = new SelfExcitingEstimator(1).fit(times, cells, start, window, 10, warm);

        // The textbook E-step: p_ij = theta omega e^{-omega (t_j - t_i)} / lambda(t_j) over all pairs i < j.
        double triggered = 0, delay = 0;
        double[] background = new double[10];
        for (int k = 0; k < 2; k++) {
            double mu = warm.background()[cells[k]];
            for (int j = start[k]; j < start[k + 1]; j++) {
                double[] p = new double[j - start[k]];
                double lambda = mu;
                for (int i = start[k]; i < j; i++) {
                    p[i - start[k]] = 0.3 * 0.7 * Math.exp(-0.7 * (times[j] - times[i]));
                    lambda += p[i - start[k]];
                }
                background[cells[k]] += mu / lambda;
                for (int i = start[k]; i < j; i++) {
                    triggered += p[i - start[k]] / lambda;
                    delay += p[i - start[k]] / lambda * (times[j] - times[i]);
                }
            }
        }
        assertThat(step.background()[3]).isCloseTo(background[3] / window, within(1e-12));
        assertThat(step.background()[8]).isCloseTo(background[8] / window, within(1e-12));
        assertThat(step.theta()).isCloseTo(triggered / 40, within(1e-12));
        assertThat(step.omega()).isCloseTo(triggered / delay, within(1e-9));
    }

    @Test
    void burstsOfRepeatsAreFoundToBeTriggeredAndEvenlySpreadEventsAreNot() {
        // Evenly spread: one event a day in each of two cells, nothing to explain by triggering.
        double[] even = new double[200];
        for (int j = 0; j < 200; j++) {
            even[j] = j % 100 + 0.5;
        }
        SelfExcitingFit calm =
                new SelfExcitingEstimator(500).fit(even, new int[] {0, 1}, new int[] {0, 100, 200}, 100, 2, null);
        // Bursts: every 10 days an event followed by two repeats within the hour.
        double[] bursts = new double[30];
        for (int b = 0; b < 10; b++) {
            bursts[3 * b] = 10 * b + 1;
            bursts[3 * b + 1] = 10 * b + 1.01;
            bursts[3 * b + 2] = 10 * b + 1.03;
        }
        SelfExcitingFit bursty =
                new SelfExcitingEstimator(500).fit(bursts, new int[] {0}, new int[] {0, 30}, 100, 1, null);

        assertThat(calm.theta()).isLessThan(0.05);
        assertThat(bursty.theta()).isGreaterThan(0.5);
        assertThat(1 / bursty.omega()).as("mean delay in days").isLessThan(0.1);
    }
}
