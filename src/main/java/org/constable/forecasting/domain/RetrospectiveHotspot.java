package org.constable.forecasting.domain;

import java.util.Optional;

/**
 * Retrospective hotspotting: every event of the lookback window lays a quartic kernel
 * (1 - d²/h²)² over the cells whose centre lies within h of it (d = h still counts, weight 0);
 * times inside the window are ignored. Which cells an event reaches, and from where, is the cells'
 * business ({@link CellHistory#forEachCellNear}): on the square grid d runs from the event's point
 * and each event visits only the cells of its bounding square; on H3 hexagons events are counted
 * per cell and d runs between cell centres in great-circle metres (ADR 0032, 0061).
 */
public final class RetrospectiveHotspot implements Forecaster, CellMethod {

    private final double bandwidth;
    private final Lookback lookback;

    public RetrospectiveHotspot(double bandwidthMetres, Lookback lookback) {
        if (!(bandwidthMetres > 0)) {
            throw new IllegalArgumentException("Bandwidth must be positive");
        }
        this.bandwidth = bandwidthMetres;
        this.lookback = lookback;
    }

    public double bandwidthMetres() {
        return bandwidth;
    }

    public Lookback lookback() {
        return lookback;
    }

    @Override
    public String name() {
        return "retro " + (long) bandwidth + " m " + lookback;
    }

    @Override
    public String nameOn(Cells<?> cells) {
        return name();
    }

    @Override
    public double[] risk(EventHistory history) {
        return riskOn(history);
    }

    @Override
    public <R> R riskOn(CellHistory<R> history) {
        Cells.RiskSheet<R> risk = history.cells().newRiskSheet();
        double h2 = bandwidth * bandwidth;
        history.forEachCellNear(lookback.firstIndex(history), bandwidth, (cell, d2, events) -> {
            if (d2 <= h2) {
                double w = 1 - d2 / h2;
                risk.add(cell, events * w * w);
            }
        });
        return risk.risk();
    }

    @Override
    public Optional<CellMethod> onAnyCells() {
        return Optional.of(this);
    }
}
