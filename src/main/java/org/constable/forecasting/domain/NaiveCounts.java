package org.constable.forecasting.domain;

import java.util.Optional;

/**
 * The baseline: risk of a cell = number of events in it over the lookback window (open_cp's
 * CountingGridKernel), on square or H3 cells alike (ADR 0061).
 */
public final class NaiveCounts implements Forecaster, CellMethod {

    private final Lookback lookback;

    public NaiveCounts(Lookback lookback) {
        this.lookback = lookback;
    }

    public Lookback lookback() {
        return lookback;
    }

    @Override
    public String name() {
        return "naive " + lookback;
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
        for (int i = lookback.firstIndex(history); i < history.size(); i++) {
            risk.add(history.cellAt(i), 1.0);
        }
        return risk.risk();
    }

    @Override
    public Optional<CellMethod> onAnyCells() {
        return Optional.of(this);
    }
}
