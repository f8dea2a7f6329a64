package org.constable.forecasting.h3;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.forecasting.domain.Lookback;

/**
 * Retrospective hotspotting on H3 cells: every event of the lookback window lays a quartic kernel
 * (1 - d²/h²)² over the cells whose centre lies within h metres of the centre of the event's own
 * cell (great-circle metres; d = h still counts, weight 0). Unlike the square grid, where d runs
 * from the event's point, events are first counted per cell: a cell's position inside its hexagon is
 * not kept. Neighbours are found ring by ring ({@code gridDisk}) until a ring lies wholly beyond h;
 * each cell's centre is looked up once per forecast.
 */
public final class H3RetrospectiveHotspot implements H3Forecaster {

    private final double bandwidth;
    private final Lookback lookback;

    public H3RetrospectiveHotspot(double bandwidthMetres, Lookback lookback) {
        if (!(bandwidthMetres > 0)) {
            throw new IllegalArgumentException("Bandwidth must be positive");
        }
        this.bandwidth = bandwidthMetres;
        this.lookback = lookback;
    }

    @Override
    public String name() {
        return "retro " + (long) bandwidth + " m " + lookback;
    }

    @Override
    public Map<Long, Double> risk(H3History history) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = history.indexAtOrAfter(lookback.startBefore(history.cutoff())); i < history.size(); i++) {
            counts.merge(history.cell(i), 1, Integer::sum);
        }
        double h2 = bandwidth * bandwidth;
        Map<Long, Double> risk = new HashMap<>();
        Map<Long, double[]> centres = new HashMap<>();
        counts.forEach((source, n) -> {
            double[] from = centres.computeIfAbsent(source, H3Cells::centre);
            for (List<Long> ring : H3Cells.ringsWithin(source, bandwidth)) {
                for (long cell : ring) {
                    double d = H3Cells.metresBetween(from, centres.computeIfAbsent(cell, H3Cells::centre));
                    if (d * d <= h2) {
                        double w = 1 - d * d / h2;
                        risk.merge(cell, n * w * w, Double::sum);
                    }
                }
            }
        });
        risk.values().removeIf(r -> !(r > 0));
        return risk;
    }
}
