package org.constable.forecasting.application;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.constable.forecasting.domain.Backtest;
import org.constable.forecasting.domain.BacktestResult;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.ForecastPeriod;
import org.constable.forecasting.domain.Forecaster;
import org.constable.forecasting.domain.ProtocolDataset;
import org.constable.forecasting.methods.ForecastMethods;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Backtests run in the background, one at a time on a single worker thread (the machine is
 * shared with live dispatch, so a backtest must never take every core). Jobs live in memory:
 * an analyst can leave the page and come back while the application runs; a restart forgets them.
 */
@Service
public class BacktestJobs {

    private static final int KEEP = 50;

    private final BacktestSources sources;
    private final Clock clock;
    private final Map<String, BacktestJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "backtest-worker");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    BacktestJobs(BacktestSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    public List<ProtocolDataset> datasets() {
        return sources.builtIn();
    }

    /** Where a force's own events are read from. */
    public String importFolder() {
        return sources.folder().root().toString();
    }

    /** A built-in dataset on its protocol schedule; bad dataset or method names are refused before anything runs. */
    public BacktestJob start(String datasetId, List<String> methodNames, String startedBy) {
        return startOn(sources.builtIn(datasetId, null, null, null), methodNames, startedBy);
    }

    /** Checks the methods against the data's schedule and queues the backtest. */
    public BacktestJob startOn(BacktestData data, @Nullable List<String> methodNames, String startedBy) {
        if (methodNames == null || methodNames.isEmpty()) {
            throw new InvalidInput("methods", "Choose at least one method.");
        }
        List<Forecaster> forecasters =
                ForecastMethods.parseList(String.join(",", methodNames), data.cadence(), "methods");
        BacktestJob job = new BacktestJob(UUID.randomUUID().toString(), data, methodNames, startedBy, clock.instant());
        jobs.put(job.id(), job);
        forgetOldest();
        worker.submit(() -> run(job, forecasters));
        return job;
    }

    public Optional<BacktestJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Newest first. */
    public List<BacktestJob> recent() {
        return jobs.values().stream()
                .sorted(Comparator.comparing(BacktestJob::queuedAt).reversed())
                .toList();
    }

    private void run(BacktestJob job, List<Forecaster> forecasters) {
        try {
            EventLog log = job.data().events().get();
            List<ForecastPeriod> schedule = job.data().schedule().periods();
            int perMethod = schedule.size();
            for (int m = 0; m < forecasters.size(); m++) {
                int before = m * perMethod;
                job.running(forecasters.get(m).name(), before);
                BacktestResult r = new Backtest(log, schedule)
                        .run(
                                forecasters.get(m),
                                Backtest.PROTOCOL_COVERAGES,
                                1,
                                (done, total) -> job.progressed(before + done));
                job.add(r);
            }
            job.done(clock.instant());
        } catch (RuntimeException e) {
            job.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
        }
    }

    private void forgetOldest() {
        List<BacktestJob> all = recent();
        all.stream().skip(KEEP).filter(BacktestJob::finished).forEach(j -> jobs.remove(j.id()));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
