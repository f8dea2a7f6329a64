package org.constable.forecasting.best;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import org.constable.forecasting.EventsOnARow;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.CellGrid;
import org.constable.forecasting.domain.EventHistory;
import org.constable.forecasting.methods.ForecastMethods;
import org.junit.jupiter.api.Test;

class ConstableBestForecasterTest {

    static final CellGrid LINE = new CellGrid(0, 0, 250, 5, 1);
    static final LocalDateTime CUTOFF = LocalDateTime.of(2019, 3, 1, 0, 0);

    @Test
    void eventsWeighByTheirAgeInDecayTimes() {
        double[] counts = ConstableBestForecaster.decayedCounts(
                EventsOnARow.before(CUTOFF, 5, new double[][] {{10, 0}, {20, 0}, {5, 3}}), 10);

        assertThat(counts[0]).isCloseTo(Math.exp(-1) + Math.exp(-2), within(1e-9));
        assertThat(counts[3]).isCloseTo(Math.exp(-0.5), within(1e-9));
        assertThat(counts[1]).isZero();
    }

    @Test
    void smoothingSpreadsACellOverTwoRingsWithTheRingWeightToThePowerOfTheDistance() {
        double[] values = {0, 0, 8, 0, 0};

        assertThat(ConstableBestForecaster.smooth(values, LINE, 0.5)).containsExactly(2, 4, 8, 4, 2);
        assertThat(ConstableBestForecaster.smooth(values, LINE, 0)).containsExactly(0, 0, 8, 0, 0);
    }

    @Test
    void riskIsTheLongRunShareOfACellPlusTheWeightedNearRepeatShare() {
        // Long run: cell 0 four old events, cell 4 one recent one. Near repeat only sees the recent one.
        EventHistory h =
                EventsOnARow.before(CUTOFF, 5, new double[][] {{300, 0}, {300, 0}, {300, 0}, {300, 0}, {1, 4}});
        ConstableBestForecaster forecaster =
                new ConstableBestForecaster("best", new BestForecasterParameters(100_000, 0, 0.5, 7, 0));

        double[] risk = forecaster.risk(h);

        double old = 4 * Math.exp(-300 / 100_000.0), recent = Math.exp(-1 / 100_000.0);
        assertThat(risk[0]).isCloseTo(old / (old + recent), within(1e-9));
        assertThat(risk[4]).isCloseTo(recent / (old + recent) + 0.5, within(1e-9));
        assertThat(risk[2]).isZero();
    }

    @Test
    void theMethodNamesResolveToTheTunedParametersOfTheCadence() {
        assertThat(((ConstableBestForecaster) ForecastMethods.parse("constable-best", Cadence.DAILY)).parameters())
                .isEqualTo(BestForecasterParameters.DAILY);
        assertThat(((ConstableBestForecaster) ForecastMethods.parse("constable-best", Cadence.MONTHLY)).parameters())
                .isEqualTo(BestForecasterParameters.MONTHLY);
        assertThat(ForecastMethods.parse("sepp", Cadence.DAILY).name()).isEqualTo("sepp 365 d");
        assertThat(ForecastMethods.SELECTABLE).endsWith("sepp", "constable-best");
    }

    @Test
    void parametersOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> new BestForecasterParameters(0, 0, 0, 7, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BestForecasterParameters(365, 1.5, 0, 7, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BestForecasterParameters(365, 0, -1, 7, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
