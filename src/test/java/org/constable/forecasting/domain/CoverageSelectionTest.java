package org.constable.forecasting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The protocol's scoring rules on a 4 x 1 grid (and a 2 x 2 one) small enough to check by hand. */
class CoverageSelectionTest {

    /** Four cells in a row, each holding one event on 2019-01-01, so all four are valid. */
    static EventLog fourCellsInARow(LocalDateTime... extraEventsInCell0) {
        int n = 4 + extraEventsInCell0.length;
        long[] minutes = new long[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < 4; i++) {
            minutes[i] = EventLog.minuteOf(LocalDate.of(2019, 1, 1).atStartOfDay());
            xs[i] = i * 250 + 10;
            ys[i] = 10;
        }
        xs[3] = 3 * 250 + 200;
        for (int k = 0; k < extraEventsInCell0.length; k++) {
            minutes[4 + k] = EventLog.minuteOf(extraEventsInCell0[k]);
            xs[4 + k] = 10;
            ys[4 + k] = 10;
        }
        return EventLog.of("row", Cadence.DAILY, minutes, xs, ys, 250);
    }

    @Test
    void theGridStartsAtTheLowestEventAndCountsWholeCells() {
        EventLog log = fourCellsInARow();
        assertThat(log.grid()).isEqualTo(new CellGrid(10, 10, 250, 4, 1));
        assertThat(log.grid().cellOf(759.9, 10)).isEqualTo(2);
        assertThat(log.grid().cellOf(760, 10)).isEqualTo(3);
        assertThat(log.validCount()).isEqualTo(4);
    }

    @Test
    void theHighestRiskCellsAreSelectedAndTheCountIsRoundedDown() {
        CoverageSelection selection = new CoverageSelection(fourCellsInARow());
        double[] risk = {3, 1, 4, 2};
        assertThat(selection.cellsAt(0.5)).isEqualTo(2);
        assertThat(selection.cellsAt(0.74)).isEqualTo(2);
        assertThat(selection.cellsAt(0.2)).isZero();
        assertThat(selection.topCells(risk, 0.5)).containsExactly(2, 0);
        assertThat(selection.topCells(risk, 0.2)).isEmpty();
    }

    @Test
    void tiesAtTheCutOffKeepTheCellsWithTheHighestRowMajorIndex() {
        CoverageSelection selection = new CoverageSelection(fourCellsInARow());
        assertThat(selection.topCells(new double[] {5, 2, 2, 2}, 0.5)).containsExactly(0, 3);
        assertThat(selection.topCells(new double[] {2, 2, 2, 1}, 0.5)).containsExactly(2, 1);
    }

    @Test
    void anAllZeroGridIsUniformSoTheHighestIndicesAreTaken() {
        CoverageSelection selection = new CoverageSelection(fourCellsInARow());
        assertThat(selection.topCells(new double[4], 0.5)).containsExactly(3, 2);
    }

    @Test
    void invalidCellsAreNeverSelectedWhateverTheirRisk() {
        // a 2 x 2 grid whose cell 1 (gx=1, gy=0) never saw an event
        long t = EventLog.minuteOf(LocalDate.of(2019, 1, 1).atStartOfDay());
        EventLog log = EventLog.of(
                "square",
                Cadence.DAILY,
                new long[] {t, t, t},
                new double[] {0, 0, 300},
                new double[] {0, 300, 300},
                250);
        assertThat(log.grid().nx()).isEqualTo(2);
        assertThat(log.isValid(1)).isFalse();
        assertThat(new CoverageSelection(log).topCells(new double[] {0, 9, 1, 0}, 0.34))
                .containsExactly(2);
    }

    @Test
    void theHitRateCountsThePeriodsEventsInsideTheSelectedCellsAndUsesOnlyEarlierEvents() {
        // cell 0 gets two more events on 2019-01-02 and one at 00:00 on 2019-01-03
        EventLog log = fourCellsInARow(
                LocalDateTime.of(2019, 1, 2, 8, 0),
                LocalDateTime.of(2019, 1, 2, 23, 59),
                LocalDateTime.of(2019, 1, 3, 0, 0));
        Forecaster countsSoFar = new Forecaster() {
            @Override
            public String name() {
                return "counts so far";
            }

            @Override
            public double[] risk(EventHistory history) {
                double[] r = new double[history.grid().cellCount()];
                for (int i = 0; i < history.size(); i++) {
                    r[history.cell(i)] += history.x(i) < 250 ? 1 : 0;
                }
                return r;
            }
        };
        List<ForecastPeriod> days = RollingOrigin.daily(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 1, 3));
        BacktestResult result =
                new Backtest(log, days).run(countsSoFar, new double[] {0.25, 0.5}, 1, BacktestProgress.NONE);
        // 2 Jan: trained on 1 Jan only (cell 0 = 1, the rest 0): top 25% = cell 0, both events hit
        assertThat(result.events()).containsExactly(2, 1);
        assertThat(result.hitRate(0, 0)).isEqualTo(1.0);
        // 3 Jan: cell 0 still ranks first (the 00:00 event of that day is not seen)
        assertThat(result.hitRate(1, 0)).isEqualTo(1.0);
        assertThat(result.meanHitRate(0.25)).isEqualTo(1.0);
        assertThat(result.pai(0.25)).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void theSpreadGivesMeanStandardDeviationAndQuartiles() {
        Spread s = Spread.of(new double[] {1, 2, 3, 4, Double.NaN});
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.mean()).isEqualTo(2.5);
        assertThat(s.sd()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
        assertThat(s.q1()).isEqualTo(1.75);
        assertThat(s.median()).isEqualTo(2.5);
        assertThat(s.q3()).isEqualTo(3.25);
    }
}
