package org.constable.forecasting.publishing.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.Forecaster;
import org.constable.forecasting.h3.H3Cells;
import org.constable.forecasting.h3.H3Forecaster;
import org.constable.forecasting.h3.H3History;
import org.constable.forecasting.h3.H3Methods;
import org.constable.shared.InvalidInput;

/**
 * A forecast of crimes (month-precision or exact-time) on H3 hexagons of one resolution (ADR 0032): each crime goes
 * to the cell holding its point, the method's H3 port ranks the cells, and the top cells are, as on
 * the square grid, cells with at least one crime in the window and a positive risk; ties go to the
 * higher H3 index. Cells are named by their H3 index.
 */
public final class H3CellForecast implements CellForecast {

    private final int resolution;
    private final List<Long> minutes = new ArrayList<>();
    private final List<Long> cells = new ArrayList<>();

    public H3CellForecast(int resolution) {
        H3Cells.checkResolution(resolution);
        this.resolution = resolution;
    }

    @Override
    public void add(LocalDateTime at, double longitude, double latitude) {
        minutes.add(EventLog.minuteOf(at));
        cells.add(H3Cells.cellOf(latitude, longitude, resolution));
    }

    @Override
    public int size() {
        return cells.size();
    }

    @Override
    public Outcome forecast(Forecaster forecaster, Cadence cadence, LocalDateTime cutoff, int topN) {
        H3Forecaster method = H3Methods.port(forecaster);
        if (cells.isEmpty()) {
            throw new InvalidInput(
                    "crimeType", "No crimes with a location in the data window: nothing to forecast from");
        }
        H3History history = H3History.before(
                cutoff,
                cadence,
                minutes.stream().mapToLong(Long::longValue).toArray(),
                cells.stream().mapToLong(Long::longValue).toArray());
        Map<Long, Double> risk = method.risk(history);
        Set<Long> valid = new HashSet<>(cells);
        Function<Long, Double> score = c -> Objects.requireNonNull(risk.get(c), "only cells with a risk are ranked");
        List<Long> order = valid.stream()
                .filter(c -> risk.getOrDefault(c, 0.0) > 0)
                .sorted((a, b) -> score.apply(a).equals(score.apply(b))
                        ? Long.compare(b, a)
                        : Double.compare(score.apply(b), score.apply(a)))
                .limit(topN)
                .toList();
        List<RankedCell> top = new ArrayList<>();
        for (long cell : order) {
            top.add(HexagonsOnTheMap.INSTANCE.ranked(cell, top.size() + 1, score.apply(cell)));
        }
        return new Outcome(method.name(), cells.size(), top);
    }
}
