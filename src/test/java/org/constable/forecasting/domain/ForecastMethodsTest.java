package org.constable.forecasting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import org.constable.forecasting.methods.ForecastMethods;
import org.junit.jupiter.api.Test;

/** Each method on a 20 x 20 grid of 250 m cells (origin 0,0) with a few events, checked against sums done by hand. */
class ForecastMethodsTest {

    static final CellGrid GRID = new CellGrid(0, 0, 250, 20, 20);
    static final LocalDateTime CUTOFF = LocalDateTime.of(2019, 6, 1, 0, 0);

    /** Events given as (time, x, y) triples. */
    static EventHistory history(Cadence cadence, Object... timeXY) {
        int n = timeXY.length / 3;
        long[] minutes = new long[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            minutes[i] = EventLog.minuteOf((LocalDateTime) timeXY[3 * i]);
            xs[i] = ((Number) timeXY[3 * i + 1]).doubleValue();
            ys[i] = ((Number) timeXY[3 * i + 2]).doubleValue();
        }
        return EventLog.of("hand", cadence, minutes, xs, ys, GRID, 250).before(CUTOFF);
    }

    static int cell(int gx, int gy) {
        return gy * GRID.nx() + gx;
    }

    @Test
    void naiveCountsTheEventsOfTheWindowOnlyStartInclusiveCutOffExclusive() {
        EventHistory h = history(
                Cadence.DAILY,
                CUTOFF.minusDays(28).minusMinutes(1),
                10,
                10, // just before the window
                CUTOFF.minusDays(28),
                10,
                10, // first minute of the window
                CUTOFF.minusDays(3),
                10,
                10,
                CUTOFF.minusDays(1),
                600,
                300, // cell (2, 1)
                CUTOFF,
                600,
                300); // at the cut-off: not seen
        double[] risk = new NaiveCounts(Lookback.days(28)).risk(h);
        assertThat(risk[cell(0, 0)]).isEqualTo(2);
        assertThat(risk[cell(2, 1)]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(risk).sum()).isEqualTo(3);
    }

    @Test
    void monthlyNaiveCountsWholeCalendarMonths() {
        EventHistory h = history(
                Cadence.MONTHLY,
                LocalDateTime.of(2019, 2, 1, 0, 0),
                10,
                10, // four months back: outside 3 months
                LocalDateTime.of(2019, 3, 1, 0, 0),
                10,
                10,
                LocalDateTime.of(2019, 5, 1, 0, 0),
                10,
                10);
        assertThat(new NaiveCounts(Lookback.months(3)).risk(h)[cell(0, 0)]).isEqualTo(2);
    }

    @Test
    void retroLaysAQuarticKernelMeasuredToCellCentres() {
        // one event exactly at the centre of cell (4, 4): (1125, 1125); h = 500 m
        EventHistory h = history(Cadence.DAILY, CUTOFF.minusDays(10), 1125, 1125);
        double[] risk = new RetrospectiveHotspot(500, Lookback.days(56)).risk(h);
        assertThat(risk[cell(4, 4)]).isEqualTo(1.0);
        assertThat(risk[cell(5, 4)]).isCloseTo(0.5625, within(1e-12)); // 250 m: (1 - 1/4)^2
        assertThat(risk[cell(5, 5)]).isCloseTo(0.25, within(1e-12)); // 353.6 m: (1 - 1/2)^2
        assertThat(risk[cell(6, 4)]).isZero(); // 500 m: on the edge, weight 0
        assertThat(risk[cell(6, 5)]).isZero(); // 559 m: outside
        assertThat(java.util.Arrays.stream(risk).sum()).isCloseTo(1 + 4 * 0.5625 + 4 * 0.25, within(1e-12));
    }

    @Test
    void retroIgnoresEventsOlderThanItsWindowAndAddsUpOverlaps() {
        EventHistory h = history(
                Cadence.DAILY,
                CUTOFF.minusDays(57),
                1125,
                1125,
                CUTOFF.minusDays(2),
                1125,
                1125,
                CUTOFF.minusDays(1),
                1375,
                1125);
        double[] risk = new RetrospectiveHotspot(500, Lookback.days(56)).risk(h);
        assertThat(risk[cell(4, 4)]).isCloseTo(1 + 0.5625, within(1e-12));
        assertThat(risk[cell(5, 4)]).isCloseTo(0.5625 + 1, within(1e-12));
    }

    @Test
    void prohotWeighsByChebyshevCellsAndWholeWeeksBack() {
        // cell (4, 4), 10 days back = 1 whole week
        EventHistory h = history(Cadence.DAILY, CUTOFF.minusDays(10), 1100, 1050);
        double[] risk = ProspectiveHotspot.classic().risk(h);
        assertThat(risk[cell(4, 4)]).isEqualTo(1.0 / 2);
        assertThat(risk[cell(5, 5)]).isEqualTo(1.0 / (2 * 2)); // diagonal neighbour: d = 1
        assertThat(risk[cell(11, 4)]).isEqualTo(1.0 / (8 * 2)); // d = 7
        assertThat(risk[cell(12, 4)]).isZero(); // d = 8: beyond the bandwidth
        assertThat(risk[cell(0, 0)]).isEqualTo(1.0 / (5 * 2)); // d = 4, clipped at the grid edge
    }

    @Test
    void prohotCountsEventsUpToButNotIncludingEightWeeksBack() {
        EventHistory h = history(
                Cadence.DAILY,
                CUTOFF.minusDays(56),
                1125,
                1125, // dt = 8: weightless
                CUTOFF.minusDays(56).plusMinutes(1),
                1125,
                1125, // dt = 7
                CUTOFF.minusMinutes(1),
                1125,
                1125); // dt = 0
        double[] risk = ProspectiveHotspot.classic().risk(h);
        assertThat(risk[cell(4, 4)]).isCloseTo(1.0 / 8 + 1.0, within(1e-15));
    }

    @Test
    void monthlyProhotCountsWholeMonthsFromTheEndOfTheEventsMonth() {
        EventHistory h = history(
                Cadence.MONTHLY,
                LocalDateTime.of(2018, 9, 1, 0, 0),
                1125,
                1125, // ended 8 months before: weightless
                LocalDateTime.of(2018, 10, 1, 0, 0),
                1125,
                1125, // ended 7 months before: 1/8
                LocalDateTime.of(2019, 5, 1, 0, 0),
                1375,
                1125); // last month: dt = 0, next cell 1/2
        double[] risk = ProspectiveHotspot.classic().risk(h);
        assertThat(risk[cell(4, 4)]).isCloseTo(1.0 / 8 + 1.0 / 2, within(1e-15));
        assertThat(risk[cell(5, 4)]).isCloseTo(1.0 / 16 + 1.0, within(1e-15));
    }

    @Test
    void monthlyProhotWithAMidMonthCutOffCountsThatMonthsEarlierEventsAsLastMonths() {
        LocalDateTime midMonth = LocalDateTime.of(2019, 6, 16, 0, 0);
        long[] minutes = {
            EventLog.minuteOf(LocalDateTime.of(2019, 5, 20, 9, 0)),
            EventLog.minuteOf(LocalDateTime.of(2019, 6, 15, 23, 0))
        };
        EventHistory h = EventLog.of(
                        "exact",
                        Cadence.MONTHLY,
                        minutes,
                        new double[] {1125, 1125},
                        new double[] {1125, 1125},
                        GRID,
                        250)
                .before(midMonth);
        double[] risk = ProspectiveHotspot.classic().risk(h);
        // 15 June: dt = 0 (weight 1); 20 May: dt = 1 (weight 1/2)
        assertThat(risk[cell(4, 4)]).isCloseTo(1.0 + 1.0 / 2, within(1e-15));
    }

    @Test
    void aWeeklyCadenceUsesTheDayWindowsOfExactTimeData() {
        assertThat(ForecastMethods.parse("naive", Cadence.WEEKLY).name()).isEqualTo("naive 28 d");
        assertThat(ForecastMethods.parse("retro-500", Cadence.WEEKLY).name()).isEqualTo("retro 500 m 56 d");
        assertThat(ForecastMethods.parse("constable-best", Cadence.WEEKLY).name())
                .isEqualTo(
                        ForecastMethods.parse("constable-best", Cadence.DAILY).name());
        assertThat(ForecastMethods.referenceFor(Cadence.WEEKLY)).contains("naive-365d");
    }

    @Test
    void methodNamesResolveToTheProtocolWindowsOfTheCadence() {
        assertThat(ForecastMethods.parse("naive", Cadence.DAILY).name()).isEqualTo("naive 28 d");
        assertThat(ForecastMethods.parse("naive", Cadence.MONTHLY).name()).isEqualTo("naive 3 mo");
        assertThat(ForecastMethods.parse("retro-500", Cadence.DAILY).name()).isEqualTo("retro 500 m 56 d");
        assertThat(ForecastMethods.parse("retro-1000", Cadence.MONTHLY).name()).isEqualTo("retro 1000 m 6 mo");
        assertThat(ForecastMethods.parse("naive-365d", Cadence.DAILY).name()).isEqualTo("naive 365 d");
        assertThat(ForecastMethods.parse("prohot", Cadence.DAILY).name()).isEqualTo("prohot d<8 dt<8");
        assertThatThrownBy(() -> ForecastMethods.parse("crystal-ball", Cadence.DAILY))
                .hasMessageContaining("Unknown method 'crystal-ball'");
    }
}
