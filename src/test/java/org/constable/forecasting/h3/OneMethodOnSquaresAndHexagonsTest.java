package org.constable.forecasting.h3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.CellGrid;
import org.constable.forecasting.domain.CellHistory;
import org.constable.forecasting.domain.CellMethod;
import org.constable.forecasting.domain.Cells;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.Forecaster;
import org.constable.forecasting.methods.ForecastMethods;
import org.junit.jupiter.api.Test;

/**
 * Naive counts, retrospective and prospective hotspots are written once over cells (ADR 0061): on
 * H3 hexagons the port is the very method object of the square grid, and given the same events the
 * method asks the same questions of either history (which events, which cell each is in, which cells
 * lie near), in the same order. Only the cells' answers differ.
 */
class OneMethodOnSquaresAndHexagonsTest {

    private static final LocalDateTime CUTOFF = LocalDateTime.of(2015, 4, 1, 0, 0);

    /** Months of the events, in time order; they lie a few hundred metres apart in the City of London. */
    private static final String[] MONTHS = {"2014-09", "2014-12", "2015-01", "2015-02", "2015-03", "2015-03", "2015-04"
    };

    @Test
    void theH3PortOfEachMethodIsTheSquareGridMethodItself() {
        for (String name : List.of("naive", "retro-750-4m", "prohot")) {
            Forecaster method = ForecastMethods.parse(name, Cadence.MONTHLY);
            assertThat(method.onAnyCells()).containsSame((CellMethod) method);
            assertThat(H3Methods.port(method).method()).isSameAs(method);
        }
        assertThat(ForecastMethods.parse("sepp", Cadence.MONTHLY).onAnyCells()).isEmpty();
        assertThat(ForecastMethods.parse("constable-best", Cadence.MONTHLY).onAnyCells())
                .isEmpty();
    }

    @Test
    void theSameMethodAsksTheSameOfSquaresAndOfHexagons() {
        for (String name : List.of("naive", "retro-500-6m", "prohot-2-3")) {
            CellMethod method =
                    ForecastMethods.parse(name, Cadence.MONTHLY).onAnyCells().orElseThrow();
            List<String> onSquares = new ArrayList<>();
            List<String> onHexagons = new ArrayList<>();

            method.riskOn(new Recording<>(squares(), onSquares));
            method.riskOn(new Recording<>(hexagons(), onHexagons));

            assertThat(onSquares).as(name).isNotEmpty().isEqualTo(onHexagons);
        }
    }

    @Test
    void aMethodIsNamedForTheCellsItRunsOn() {
        CellMethod prohot =
                ForecastMethods.parse("prohot", Cadence.MONTHLY).onAnyCells().orElseThrow();
        assertThat(prohot.nameOn(squares().cells())).isEqualTo("prohot d<8 dt<8");
        assertThat(prohot.nameOn(HexagonCells.INSTANCE)).isEqualTo("prohot d<8 rings dt<8");
    }

    private static long[] minutes() {
        long[] minutes = new long[MONTHS.length];
        for (int i = 0; i < MONTHS.length; i++) {
            minutes[i] = EventLog.minuteOf(
                    java.time.YearMonth.parse(MONTHS[i]).atDay(1).atStartOfDay());
        }
        return minutes;
    }

    private static CellHistory<double[]> squares() {
        int n = MONTHS.length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = 532_000 + 180 * i;
            ys[i] = 181_000 + 90 * (i % 3);
        }
        return EventLog.of("squares", Cadence.MONTHLY, minutes(), xs, ys, CellGrid.PROTOCOL_CELL_SIZE)
                .before(CUTOFF);
    }

    private static CellHistory<java.util.Map<Long, Double>> hexagons() {
        int n = MONTHS.length;
        long[] cells = new long[n];
        for (int i = 0; i < n; i++) {
            cells[i] = H3Cells.cellOf(51.5150 + 0.0008 * (i % 3), -0.0900 + 0.0026 * i, 9);
        }
        return H3History.before(CUTOFF, Cadence.MONTHLY, minutes(), cells);
    }

    /** A history that notes each question a method asks of it and of its cells, without the cell ids. */
    private record Recording<R>(CellHistory<R> history, List<String> asked) implements CellHistory<R> {

        @Override
        public Cells<R> cells() {
            Cells<R> cells = history.cells();
            return new Cells<>() {
                @Override
                public void forEachWithinSteps(long cell, int steps, StepVisitor visitor) {
                    asked.add("cells within " + steps + " steps");
                    cells.forEachWithinSteps(cell, steps, visitor);
                }

                @Override
                public String stepsUnit() {
                    return cells.stepsUnit();
                }

                @Override
                public String id(long cell) {
                    return cells.id(cell);
                }

                @Override
                public RiskSheet<R> newRiskSheet() {
                    asked.add("a risk sheet");
                    return cells.newRiskSheet();
                }

                @Override
                public ExactSheet<R> newExactSheet() {
                    asked.add("an exact sheet");
                    return cells.newExactSheet();
                }
            };
        }

        @Override
        public Cadence cadence() {
            return history.cadence();
        }

        @Override
        public LocalDateTime cutoff() {
            return history.cutoff();
        }

        @Override
        public long cutoffMinute() {
            return history.cutoffMinute();
        }

        @Override
        public int size() {
            return history.size();
        }

        @Override
        public long minute(int i) {
            asked.add("minute of " + i);
            return history.minute(i);
        }

        @Override
        public long cellAt(int i) {
            asked.add("cell of " + i);
            return history.cellAt(i);
        }

        @Override
        public int indexAtOrAfter(LocalDateTime t) {
            asked.add("first at or after " + t);
            return history.indexAtOrAfter(t);
        }

        @Override
        public int indexAtOrAfter(long minute) {
            asked.add("first at or after minute " + minute);
            return history.indexAtOrAfter(minute);
        }

        @Override
        public void forEachCellNear(int first, double metres, NearVisitor visitor) {
            asked.add("cells within " + metres + " m of the events from " + first);
            history.forEachCellNear(first, metres, visitor);
        }
    }
}
