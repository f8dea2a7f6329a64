package org.constable.forecasting.application;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.constable.forecasting.domain.BacktestResult;
import org.jspecify.annotations.Nullable;

/**
 * One backtest started from the analyst's page: its progress over all periods of all its
 * methods, then its results or the reason it failed. Updated by the worker thread, read by pages.
 */
public final class BacktestJob {

    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    private final String id;
    private final BacktestData data;
    private final List<String> methods;
    private final String startedBy;
    private final Instant queuedAt;
    private final int totalPeriods;
    private final List<BacktestResult> results = new CopyOnWriteArrayList<>();
    private volatile Status status = Status.QUEUED;
    private volatile int donePeriods;
    private volatile String currentMethod = "";
    private volatile @Nullable String failure;
    private volatile @Nullable Instant finishedAt;

    BacktestJob(String id, BacktestData data, List<String> methods, String startedBy, Instant queuedAt) {
        this.id = id;
        this.data = data;
        this.methods = List.copyOf(methods);
        this.startedBy = startedBy;
        this.queuedAt = queuedAt;
        this.totalPeriods = methods.size() * data.schedule().periods().size();
    }

    public String id() {
        return id;
    }

    /** What it runs on, and on which schedule. */
    public BacktestData data() {
        return data;
    }

    public List<String> methods() {
        return methods;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Status status() {
        return status;
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    public int donePeriods() {
        return donePeriods;
    }

    public int totalPeriods() {
        return totalPeriods;
    }

    public int percent() {
        return totalPeriods == 0 ? 100 : donePeriods * 100 / totalPeriods;
    }

    public String currentMethod() {
        return currentMethod;
    }

    public List<BacktestResult> results() {
        return List.copyOf(results);
    }

    public @Nullable String failure() {
        return failure;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    void running(String method, int periodsBefore) {
        status = Status.RUNNING;
        currentMethod = method;
        donePeriods = periodsBefore;
    }

    void progressed(int periods) {
        donePeriods = periods;
    }

    void add(BacktestResult result) {
        results.add(result);
    }

    void done(Instant at) {
        donePeriods = totalPeriods;
        status = Status.DONE;
        finishedAt = at;
    }

    void failed(String reason, Instant at) {
        failure = reason;
        status = Status.FAILED;
        finishedAt = at;
    }
}
