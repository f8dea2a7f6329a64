package org.constable.forecasting.selfexciting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import org.constable.forecasting.EventsOnARow;
import org.constable.forecasting.domain.Cadence;
import org.junit.jupiter.api.Test;

class SelfExcitingForecasterTest {

    /** The window is 10 days; the first event falls before it. */
    static final double[][] EVENTS = {{12, 0}, {9.5, 0}, {3, 0}, {0.25, 0}, {6, 2}, {5.5, 2}};

    static final LocalDateTime CUTOFF = LocalDateTime.of(2019, 3, 1, 0, 0);

    @Test
    void theForecastIsTheExpectedNumberOfEventsOverTheNextDay() {
        SelfExcitingForecaster forecaster = new SelfExcitingForecaster(10, 50);
        SelfExcitingFit fit = forecaster.fit(EventsOnARow.before(CUTOFF, 3, EVENTS));
        double t = fit.theta(), w = fit.omega();

        double[] risk = forecaster.risk(EventsOnARow.before(CUTOFF, 3, EVENTS));

        // mu_c * 1 day + theta * sum over the cell's events in the window of (e^{-w a} - e^{-w (a + 1)}).
        double cell0 = fit.background()[0]
                + t
                        * (Math.exp(-w * 9.5)
                                - Math.exp(-w * 10.5)
                                + Math.exp(-w * 3)
                                - Math.exp(-w * 4)
                                + Math.exp(-w * 0.25)
                                - Math.exp(-w * 1.25));
        double cell2 = fit.background()[2]
                + t * (Math.exp(-w * 6) - Math.exp(-w * 7) + Math.exp(-w * 5.5) - Math.exp(-w * 6.5));
        assertThat(risk).hasSize(3);
        assertThat(risk[0]).isCloseTo(cell0, within(1e-12));
        assertThat(risk[1]).isZero();
        assertThat(risk[2]).isCloseTo(cell2, within(1e-12));
        assertThat(fit.background()[0] + fit.background()[2])
                .as("background never exceeds the events in the window / 10 days")
                .isLessThanOrEqualTo(5 / 10.0 + 1e-12);
    }

    @Test
    void theExpectedCountsCoverADayAWeekOrAMonthByCadence() {
        assertThat(SelfExcitingForecaster.periodDays(Cadence.DAILY)).isEqualTo(1.0);
        assertThat(SelfExcitingForecaster.periodDays(Cadence.WEEKLY)).isEqualTo(7.0);
        assertThat(SelfExcitingForecaster.periodDays(Cadence.MONTHLY)).isEqualTo(365.25 / 12);
    }

    @Test
    void theNameCarriesTheTrainingWindow() {
        assertThat(SelfExcitingForecaster.protocol().name()).isEqualTo("sepp 365 d");
    }
}
