package org.constable.forecasting.domain;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rolling-origin backtest: for each period, forecast from the events before its start and count
 * the period's events inside the top cells at each coverage level (see {@link CoverageSelection}).
 */
public final class Backtest {

    /** The protocol's coverage levels; 50% only as a sanity check. */
    public static final double[] PROTOCOL_COVERAGES = {0.01, 0.02, 0.05, 0.10, 0.20, 0.50};

    private final EventLog log;
    private final List<ForecastPeriod> periods;
    private final CoverageSelection selection;

    public Backtest(EventLog log, List<ForecastPeriod> periods) {
        this.log = log;
        this.periods = List.copyOf(periods);
        this.selection = new CoverageSelection(log);
    }

    public BacktestResult run(Forecaster forecaster) {
        return run(forecaster, PROTOCOL_COVERAGES, 1, BacktestProgress.NONE);
    }

    /**
     * Runs every period, on {@code threads} threads when more than one. An interrupted thread
     * stops the run with {@link IllegalStateException} (a cancelled background job).
     */
    public BacktestResult run(Forecaster forecaster, double[] coverages, int threads, BacktestProgress progress) {
        long started = System.nanoTime();
        int[] events = new int[periods.size()];
        int[][] hits = new int[periods.size()][];
        AtomicInteger done = new AtomicInteger();
        if (threads <= 1) {
            for (int p = 0; p < periods.size(); p++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("Backtest cancelled");
                }
                scorePeriod(forecaster, coverages, p, events, hits);
                progress.periodScored(done.incrementAndGet(), periods.size());
            }
        } else {
            runInParallel(forecaster, coverages, threads, progress, events, hits, done);
        }
        return new BacktestResult(
                log.name(),
                forecaster.name(),
                coverages.clone(),
                periods,
                events,
                hits,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void runInParallel(
            Forecaster forecaster,
            double[] coverages,
            int threads,
            BacktestProgress progress,
            int[] events,
            int[][] hits,
            AtomicInteger done) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int p = 0; p < periods.size(); p++) {
                int period = p;
                futures.add(pool.submit(() -> {
                    scorePeriod(forecaster, coverages, period, events, hits);
                    progress.periodScored(done.incrementAndGet(), periods.size());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Backtest cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = Objects.requireNonNull(e.getCause(), "an ExecutionException wraps what the task threw");
            throw new IllegalStateException("Forecast failed: " + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private void scorePeriod(Forecaster forecaster, double[] coverages, int p, int[] events, int[][] hits) {
        ForecastPeriod period = periods.get(p);
        double[] risk = forecaster.risk(log.before(period.start()));
        CoverageSelection.Cutoffs cutoffs = selection.cutoffs(risk, coverages);
        int from = log.indexAtOrAfter(period.start());
        int to = log.indexAtOrAfter(period.end());
        int[] counts = new int[coverages.length];
        for (int i = from; i < to; i++) {
            int cell = log.cell(i);
            for (int l = 0; l < coverages.length; l++) {
                if (cutoffs.selects(l, cell)) {
                    counts[l]++;
                }
            }
        }
        events[p] = to - from;
        hits[p] = counts;
    }
}
