package org.constable.forecasting.h3;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.forecasting.domain.ProspectiveHotspot;

/**
 * Prospective hotspotting (Bowers, Johnson and Pease) on H3 cells: risk of a cell = Σ 1/((1+d)(1+dt))
 * over past events, d the number of H3 steps (rings of {@code gridDisk}) between the event's cell and
 * this one, the hexagonal counterpart of the square grid's Chebyshev distance in cells; dt as in
 * {@link ProspectiveHotspot}, whose weights and exact integer sums are reused. The space bandwidth is
 * therefore a number of rings: about √3 hexagon edges each (some 350 m at resolution 9).
 */
public final class H3ProspectiveHotspot implements H3Forecaster {

    private final ProspectiveHotspot weights;

    public H3ProspectiveHotspot(ProspectiveHotspot weights) {
        this.weights = weights;
    }

    @Override
    public String name() {
        return "prohot d<" + weights.spaceBandwidth() + " rings dt<" + weights.timeBandwidth();
    }

    @Override
    public Map<Long, Double> risk(H3History history) {
        Map<Long, Long> sums = new HashMap<>();
        int reach = weights.spaceBandwidth() - 1;
        for (int i = history.indexAtOrAfter(weights.windowStartMinute(history.cadence(), history.cutoff()));
                i < history.size();
                i++) {
            int dt = ProspectiveHotspot.unitsBefore(history.cadence(), history.cutoffMinute(), history.minute(i));
            if (dt < 0 || dt >= weights.timeBandwidth()) {
                continue;
            }
            List<List<Long>> rings = H3Cells.rings(history.cell(i), reach);
            for (int d = 0; d <= reach; d++) {
                for (long cell : rings.get(d)) {
                    sums.merge(cell, weights.numerator(d, dt), Long::sum);
                }
            }
        }
        Map<Long, Double> risk = new HashMap<>();
        sums.forEach((cell, sum) -> risk.put(cell, (double) sum / weights.commonDenominator()));
        return risk;
    }
}
