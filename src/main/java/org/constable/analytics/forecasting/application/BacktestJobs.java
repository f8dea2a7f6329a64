package org.constable.analytics.forecasting.application;

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
import org.constable.analytics.forecasting.domain.Backtest;
import org.constable.analytics.forecasting.domain.BacktestResult;
import org.constable.analytics.forecasting.domain.EventLog;
import org.constable.analytics.forecasting.domain.Forecaster;
import org.constable.analytics.forecasting.domain.ProtocolDataset;
import org.constable.analytics.forecasting.methods.ForecastMethods;
import org.springframework.stereotype.Service;

/**
 * Backtests run in the background, one at a time on a single worker thread (the machine is
 * shared with live dispatch, so a backtest must never take every core). Jobs live in memory:
 * an analyst can leave the page and come back while the application runs; a restart forgets them.
 */
@Service
public class BacktestJobs {

    private static final int KEEP = 50;

    private final ProtocolData data;
    private final Clock clock;
    private final Map<String, BacktestJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "backtest-worker");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    BacktestJobs(ProtocolData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    public List<ProtocolDataset> datasets() {
        return data.available();
    }

    /** Checks the request and queues it; bad dataset or method names are refused before anything runs. */
    public BacktestJob start(String datasetId, List<String> methodNames, String startedBy) {
        if (datasetId == null || datasetId.isBlank()) {
            throw new IllegalArgumentException("Choose a dataset.");
        }
        ProtocolDataset dataset = ProtocolDataset.byId(datasetId);
        if (!data.available().contains(dataset)) {
            throw new IllegalArgumentException(
                    "The data for " + dataset.id() + " is not installed in " + data.folder() + ".");
        }
        if (methodNames == null || methodNames.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one method.");
        }
        List<Forecaster> forecasters = ForecastMethods.parseList(String.join(",", methodNames), dataset.cadence());
        BacktestJob job =
                new BacktestJob(UUID.randomUUID().toString(), dataset, methodNames, startedBy, clock.instant());
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
            EventLog log = data.events(job.dataset());
            int perMethod = job.dataset().schedule().size();
            for (int m = 0; m < forecasters.size(); m++) {
                int before = m * perMethod;
                job.running(forecasters.get(m).name(), before);
                BacktestResult r = new Backtest(log, job.dataset().schedule())
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
