package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.constable.forecasting.best.BestForecasterParameters;
import org.constable.forecasting.best.BestForecasterTuning;
import org.constable.forecasting.domain.Backtest;
import org.constable.forecasting.domain.BacktestProgress;
import org.constable.forecasting.domain.BacktestReport;
import org.constable.forecasting.domain.BacktestResult;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.ForecastPeriod;
import org.constable.forecasting.domain.ProtocolDataset;
import org.constable.forecasting.domain.ProtocolFiles;
import org.constable.forecasting.methods.ForecastMethods;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Full protocol backtests of "sepp" and "constable-best" on the three datasets, one thread each,
 * with wall times set against the in-run naive count (same data, same engine) and against
 * open_cp's times from the data README. Also reproduces the daily parameter choice (tuning on
 * Chicago 2018). Run: {@code ./mvnw -B test -Dtest=BestForecasterBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
class BestForecasterBenchmark {

    static final Path FOLDER = Path.of("../shared/data/forecast-protocol");
    /** The methods per dataset: the in-run baseline first, then open_cp's best, then ours. */
    static final Map<ProtocolDataset, List<String>> METHODS = Map.of(
            ProtocolDataset.CHICAGO, List.of("naive-365d", "sepp", "constable-best"),
            ProtocolDataset.MERSEYSIDE_BURGLARY, List.of("naive", "retro-500", "constable-best"),
            ProtocolDataset.MERSEYSIDE_VIOLENCE, List.of("naive", "retro-500", "constable-best"));
    /** open_cp's wall times in seconds for a whole backtest (data README); sepp ≈ 55 min a year. */
    static final Map<String, Double> OPEN_CP_SECONDS = Map.of(
            "chicago naive-365d",
            12.0,
            "chicago sepp",
            480.0 * 365 / 53,
            "chicago sepp, every 7th day",
            480.0,
            "merseyside-burglary retro-500",
            15.0,
            "merseyside-violence retro-500",
            80.0);

    @Test
    void fullBacktestsOfSeppAndConstableBestOnAllThreeDatasets() throws Exception {
        ProtocolFiles files = new ProtocolFiles(FOLDER);
        Assumptions.assumeTrue(
                files.has(ProtocolDataset.CHICAGO), "Forecast protocol data not found at " + FOLDER.toAbsolutePath());
        String loadBefore = load();
        List<BacktestResult> results = new ArrayList<>();
        StringBuilder times = new StringBuilder(
                "| dataset | method | forecasts | wall time | × in-run naive | open_cp | open_cp / ours |\n|---|---|---|---|---|---|---|\n");
        for (ProtocolDataset dataset : ProtocolDataset.values()) {
            EventLog log = files.load(dataset);
            double baseline = 0;
            for (String method : METHODS.get(dataset)) {
                BacktestResult r = new Backtest(log, dataset.schedule())
                        .run(
                                ForecastMethods.parse(method, dataset.cadence()),
                                Backtest.PROTOCOL_COVERAGES,
                                1,
                                BacktestProgress.NONE);
                results.add(r);
                baseline = baseline == 0 ? seconds(r) : baseline;
                times.append(row(dataset.id(), method, r, baseline));
            }
            if (dataset == ProtocolDataset.CHICAGO) {
                List<ForecastPeriod> weekly = IntStream.range(0, 365)
                        .filter(i -> i % 7 == 0)
                        .mapToObj(dataset.schedule()::get)
                        .toList();
                BacktestResult r = new Backtest(log, weekly)
                        .run(
                                ForecastMethods.parse("sepp", Cadence.DAILY),
                                Backtest.PROTOCOL_COVERAGES,
                                1,
                                BacktestProgress.NONE);
                times.append(row(dataset.id(), "sepp, every 7th day", r, baseline));
                results.add(r);
            }
        }
        String report = "## Best forecaster benchmark\n\nLoad average before: " + loadBefore + "; after: " + load()
                + "\n\n" + BacktestReport.markdown(results) + "\n" + times;
        BenchmarkSupport.publish("best-forecaster", report);
    }

    @Test
    void tuningOnChicago2018ChoosesTheDailyParameters() throws Exception {
        ProtocolFiles files = new ProtocolFiles(FOLDER);
        Assumptions.assumeTrue(
                files.has(ProtocolDataset.CHICAGO), "Forecast protocol data not found at " + FOLDER.toAbsolutePath());
        StringBuilder trials = new StringBuilder("| parameters | hit rate at 5%, Chicago 2018 |\n|---|---|\n");
        long started = System.nanoTime();
        BestForecasterTuning.Outcome outcome = new BestForecasterTuning(
                        List.of(files.load(ProtocolDataset.CHICAGO)),
                        BestForecasterTuning.tuningSchedule(Cadence.DAILY),
                        2)
                .tune(t -> trials.append("| %s | %.2f%% |%n".formatted(t.parameters(), 100 * t.hitRate())));
        BenchmarkSupport.publish(
                "best-forecaster-tuning-daily",
                "## Tuning on Chicago 2018 (%d trials, %.0f s, load %s)%n%nChosen: %s, %.2f%%%n%n%s"
                        .formatted(
                                outcome.trials().size(),
                                (System.nanoTime() - started) / 1e9,
                                load(),
                                outcome.best(),
                                100 * outcome.hitRate(),
                                trials));
        assertThat(outcome.best()).isEqualTo(BestForecasterParameters.DAILY);
    }

    private static String row(String dataset, String method, BacktestResult r, double baselineSeconds) {
        Double openCp = OPEN_CP_SECONDS.get(dataset + " " + method);
        return "| %s | %s | %d | %.2f s | %.2f | %s | %s |%n"
                .formatted(
                        dataset,
                        method,
                        r.periods().size(),
                        seconds(r),
                        seconds(r) / baselineSeconds,
                        openCp == null ? "–" : "%.0f s".formatted(openCp),
                        openCp == null ? "–" : "%.0f×".formatted(openCp / seconds(r)));
    }

    private static double seconds(BacktestResult r) {
        return r.wallTime().toNanos() / 1e9;
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
