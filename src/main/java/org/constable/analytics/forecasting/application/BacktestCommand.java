package org.constable.analytics.forecasting.application;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constable.analytics.forecasting.domain.Backtest;
import org.constable.analytics.forecasting.domain.BacktestReport;
import org.constable.analytics.forecasting.domain.BacktestResult;
import org.constable.analytics.forecasting.domain.EventLog;
import org.constable.analytics.forecasting.domain.Forecaster;
import org.constable.analytics.forecasting.domain.ProtocolDataset;
import org.constable.analytics.forecasting.methods.ForecastMethods;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --constable.command=backtest --constable.backtest.dataset=chicago|merseyside-burglary|merseyside-violence
 * [--constable.backtest.methods=naive,retro-500,...] [--constable.backtest.output=folder] [--constable.backtest.threads=n]}:
 * runs the protocol's rolling-origin backtest with a progress bar, prints the table and writes
 * backtest-DATASET.md and backtest-DATASET.csv. Exit code 0, or 2 on bad arguments.
 */
@Component
@ConditionalOnProperty(name = "constable.command", havingValue = "backtest")
class BacktestCommand implements ApplicationRunner {

    private final ProtocolData data;
    private final ApplicationContext context;
    private final String datasets;
    private final String methods;
    private final Path output;
    private final int threads;

    BacktestCommand(
            ProtocolData data,
            ApplicationContext context,
            @Value("${constable.backtest.dataset:}") String datasets,
            @Value("${constable.backtest.methods:}") String methods,
            @Value("${constable.backtest.output:target/backtest}") String output,
            @Value("${constable.backtest.threads:1}") int threads) {
        this.data = data;
        this.context = context;
        this.datasets = datasets;
        this.methods = methods;
        this.output = Path.of(output);
        this.threads = threads;
    }

    @Override
    public void run(ApplicationArguments args) {
        PrintStream out = System.out;
        int code;
        try {
            if (datasets.isBlank()) {
                throw new IllegalArgumentException(
                        "Name a dataset: --constable.backtest.dataset=chicago|merseyside-burglary|merseyside-violence");
            }
            for (String id : datasets.split(",")) {
                runOne(ProtocolDataset.byId(id.trim()), out);
            }
            code = 0;
        } catch (IllegalArgumentException e) {
            out.println("Backtest refused: " + e.getMessage());
            code = 2;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exit));
    }

    private void runOne(ProtocolDataset dataset, PrintStream out) {
        List<Forecaster> forecasters = ForecastMethods.parseList(
                methods.isBlank() ? String.join(",", ForecastMethods.referenceFor(dataset.cadence())) : methods,
                dataset.cadence());
        EventLog log = data.events(dataset);
        out.printf(
                "%s: %,d events, %d x %d cells (%d valid), %d forecasts per method%n",
                dataset.id(),
                log.size(),
                log.grid().nx(),
                log.grid().ny(),
                log.validCount(),
                dataset.schedule().size());
        List<BacktestResult> results = new ArrayList<>();
        for (Forecaster f : forecasters) {
            ConsoleProgressBar bar = new ConsoleProgressBar(out, f.name());
            BacktestResult r =
                    new Backtest(log, dataset.schedule()).run(f, Backtest.PROTOCOL_COVERAGES, threads, bar::show);
            bar.finish(r.wallTime());
            results.add(r);
        }
        String table = BacktestReport.markdown(results);
        out.println();
        out.println(table);
        try {
            Files.createDirectories(output);
            Path md = output.resolve("backtest-" + dataset.id() + ".md");
            Path csv = output.resolve("backtest-" + dataset.id() + ".csv");
            Files.writeString(md, "# Backtest of " + dataset.id() + "\n\nData: " + data.folder() + "\n\n" + table);
            Files.writeString(csv, BacktestReport.csv(results));
            out.println("Written " + md.toAbsolutePath() + " and " + csv.toAbsolutePath());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "Cannot write the results to " + output.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
