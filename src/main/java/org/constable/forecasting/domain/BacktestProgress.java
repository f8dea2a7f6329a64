package org.constable.forecasting.domain;

/** Told after each forecast period is scored; may be called from several threads. */
@FunctionalInterface
public interface BacktestProgress {

    BacktestProgress NONE = (done, total) -> {};

    void periodScored(int done, int total);
}
