package org.constable.forecasting.publishing.domain;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.Forecaster;
import org.constable.mapping.BritishNationalGrid;
import org.constable.shared.InvalidInput;

/**
 * A forecast of crimes (month-precision or exact-time) on a square grid of the chosen cell size laid over the
 * British National Grid, origin at the events' minimum easting and northing as in the backtest
 * protocol. The same {@link Forecaster}s as the backtests run on it; the top cells are the valid
 * cells (at least one event in the window) of highest positive risk, ties going to the higher
 * row-major index as {@code CoverageSelection} does.
 */
public final class SquareGridForecast {

    public static final double SMALLEST_CELL = 50;
    public static final double LARGEST_CELL = 2000;

    private final List<double[]> points = new ArrayList<>();
    private final List<Long> minutes = new ArrayList<>();
    private final BritishNationalGrid projection = new BritishNationalGrid();

    /** Adds one crime: the month it happened in (taken as its first minute) and where. */
    public void add(YearMonth month, double longitude, double latitude) {
        add(month.atDay(1).atStartOfDay(), longitude, latitude);
    }

    /** Adds one crime: when it happened (the force's local time) and where. */
    public void add(LocalDateTime at, double longitude, double latitude) {
        points.add(projection.metres(longitude, latitude));
        minutes.add(EventLog.minuteOf(at));
    }

    public int size() {
        return points.size();
    }

    public static void checkCellSize(double metres) {
        if (!(metres >= SMALLEST_CELL && metres <= LARGEST_CELL)) {
            throw new InvalidInput(
                    "cellSize",
                    "The cell size must be between " + (int) SMALLEST_CELL + " and " + (int) LARGEST_CELL + " metres");
        }
    }

    /** Forecasts the month after {@code lastMonth} and returns its {@code topN} cells. */
    public CellForecast.Outcome forecast(Forecaster forecaster, YearMonth lastMonth, double cellSize, int topN) {
        return forecast(
                forecaster, Cadence.MONTHLY, lastMonth.plusMonths(1).atDay(1).atStartOfDay(), cellSize, topN);
    }

    /** Forecasts the period that begins at {@code cutoff}, the methods seeing only crimes before it, and returns its {@code topN} cells. */
    public CellForecast.Outcome forecast(
            Forecaster forecaster, Cadence cadence, LocalDateTime cutoff, double cellSize, int topN) {
        checkCellSize(cellSize);
        if (points.isEmpty()) {
            throw new InvalidInput(
                    "crimeType", "No crimes with a location in the data window: nothing to forecast from");
        }
        int n = points.size();
        long[] m = new long[n];
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = minutes.get(i);
            xs[i] = points.get(i)[0];
            ys[i] = points.get(i)[1];
        }
        EventLog log = EventLog.of("published", cadence, m, xs, ys, cellSize);
        double[] risk = forecaster.risk(log.before(cutoff));
        Integer[] order =
                Arrays.stream(log.validCells()).filter(c -> risk[c] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> risk[a] != risk[b] ? Double.compare(risk[b], risk[a]) : Integer.compare(b, a));
        MappedCells map = new SquaresOnTheMap(log.grid(), projection);
        List<RankedCell> cells = new ArrayList<>();
        for (int k = 0; k < Math.min(topN, order.length); k++) {
            cells.add(map.ranked(order[k], k + 1, risk[order[k]]));
        }
        return new CellForecast.Outcome(forecaster.name(), n, cells);
    }
}
