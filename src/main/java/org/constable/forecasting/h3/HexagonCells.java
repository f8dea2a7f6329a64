package org.constable.forecasting.h3;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.forecasting.domain.Cells;

/**
 * H3 hexagons as {@link Cells} (ADR 0061): a cell's steps are rings of neighbours ({@code gridDisk}),
 * and a risk sheet is a map from H3 index to risk holding only the cells with a positive risk.
 */
public final class HexagonCells implements Cells<Map<Long, Double>> {

    public static final HexagonCells INSTANCE = new HexagonCells();

    private HexagonCells() {}

    @Override
    public void forEachWithinSteps(long cell, int steps, StepVisitor visitor) {
        List<List<Long>> rings = H3Cells.rings(cell, steps);
        for (int d = 0; d <= steps; d++) {
            for (long c : rings.get(d)) {
                visitor.at(c, d);
            }
        }
    }

    @Override
    public String stepsUnit() {
        return " rings";
    }

    @Override
    public String id(long cell) {
        return H3Cells.id(cell);
    }

    @Override
    public RiskSheet<Map<Long, Double>> newRiskSheet() {
        Map<Long, Double> risk = new HashMap<>();
        return new RiskSheet<>() {
            @Override
            public void add(long cell, double amount) {
                risk.merge(cell, amount, Double::sum);
            }

            @Override
            public Map<Long, Double> risk() {
                risk.values().removeIf(r -> !(r > 0));
                return risk;
            }
        };
    }

    @Override
    public ExactSheet<Map<Long, Double>> newExactSheet() {
        Map<Long, Long> sums = new HashMap<>();
        return new ExactSheet<>() {
            @Override
            public void add(long cell, long numerator) {
                sums.merge(cell, numerator, Long::sum);
            }

            @Override
            public Map<Long, Double> riskOver(long denominator) {
                Map<Long, Double> risk = new HashMap<>();
                sums.forEach((cell, sum) -> risk.put(cell, (double) sum / denominator));
                return risk;
            }
        };
    }
}
