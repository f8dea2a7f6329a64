package org.constable.forecasting.application;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constable.forecasting.domain.Backtest;
import org.constable.forecasting.domain.BacktestReport;
import org.constable.forecasting.domain.BacktestResult;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.Forecaster;
import org.constable.forecasting.methods.ForecastMethods;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --constable.command=backtest} with one source of events:
 * <ul>
 *   <li>{@code --constable.backtest.dataset=chicago|merseyside-burglary|merseyside-violence} (comma-separated
 *       for several), the protocol's built-in datasets;</li>
 *   <li>{@code --constable.backtest.events=<file> --constable.backtest.crs=<EPSG code>
 *       [--constable.backtest.grid-crs=<EPSG code>]}, a CSV of time (or month), x, y in the import folder;</li>
 *   <li>{@code --constable.backtest.policeuk=<folder> --constable.backtest.crime-type=<type>}, police.uk
 *       street-level files in the import folder;</li>
 * </ul>
 * and the schedule {@code --constable.backtest.cadence=daily|weekly|monthly --constable.backtest.first=...
 * --constable.backtest.last=...} (required for a force's own data; for a built-in dataset it replaces the
 * protocol's), {@code [--constable.backtest.methods=naive,retro-500,...] [--constable.backtest.output=folder]
 * [--constable.backtest.threads=n]}: runs the rolling-origin backtest with a progress bar, prints the table and
 * writes backtest-NAME.md and backtest-NAME.csv. Exit code 0, or 2 when the request or the data is refused.
 */
@Component
@ConditionalOnProperty(name = "constable.command", havingValue = "backtest")
class BacktestCommand implements ApplicationRunner {

    /** What the command was asked, as the properties give it. */
    record Request(
            String datasets,
            String events,
            String crs,
            String gridCrs,
            String policeUk,
            String crimeType,
            String cadence,
            String first,
            String last,
            String methods) {}

    private final BacktestSources sources;
    private final ApplicationContext context;
    private final Request request;
    private final Path output;
    private final int threads;

    BacktestCommand(
            BacktestSources sources,
            ApplicationContext context,
            @Value("${constable.backtest.dataset:}") String datasets,
            @Value("${constable.backtest.events:}") String events,
            @Value("${constable.backtest.crs:}") String crs,
            @Value("${constable.backtest.grid-crs:}") String gridCrs,
            @Value("${constable.backtest.policeuk:}") String policeUk,
            @Value("${constable.backtest.crime-type:}") String crimeType,
            @Value("${constable.backtest.cadence:}") String cadence,
            @Value("${constable.backtest.first:}") String first,
            @Value("${constable.backtest.last:}") String last,
            @Value("${constable.backtest.methods:}") String methods,
            @Value("${constable.backtest.output:target/backtest}") String output,
            @Value("${constable.backtest.threads:1}") int threads) {
        this(
                sources,
                context,
                new Request(datasets, events, crs, gridCrs, policeUk, crimeType, cadence, first, last, methods),
                Path.of(output),
                threads);
    }

    BacktestCommand(BacktestSources sources, ApplicationContext context, Request request, Path output, int threads) {
        this.sources = sources;
        this.context = context;
        this.request = request;
        this.output = output;
        this.threads = threads;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exit = runAndReport(System.out);
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exit));
    }

    int runAndReport(PrintStream out) {
        try {
            for (BacktestData data : chosen()) {
                runOne(data, out);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            out.println("Backtest refused: " + e.getMessage());
            return 2;
        }
    }

    private List<BacktestData> chosen() {
        Request r = request;
        int sourcesGiven = (blank(r.datasets()) ? 0 : 1) + (blank(r.events()) ? 0 : 1) + (blank(r.policeUk()) ? 0 : 1);
        if (sourcesGiven != 1) {
            throw new IllegalArgumentException("Name one source of events: --constable.backtest.dataset="
                    + "chicago|merseyside-burglary|merseyside-violence, or --constable.backtest.events=<CSV file in the"
                    + " import folder> with --constable.backtest.crs=<EPSG code>, or --constable.backtest.policeuk="
                    + "<folder in the import folder> with --constable.backtest.crime-type=<police.uk crime type>.");
        }
        if (!blank(r.events())) {
            return List.of(sources.eventsFile(r.events(), r.crs(), r.gridCrs(), r.cadence(), r.first(), r.last()));
        }
        if (!blank(r.policeUk())) {
            return List.of(sources.policeUk(r.policeUk(), r.crimeType(), r.first(), r.last()));
        }
        List<BacktestData> all = new ArrayList<>();
        for (String id : r.datasets().split(",")) {
            all.add(sources.builtIn(id.trim(), r.cadence(), r.first(), r.last()));
        }
        return all;
    }

    private void runOne(BacktestData data, PrintStream out) {
        List<Forecaster> forecasters = ForecastMethods.parseList(
                blank(request.methods())
                        ? String.join(",", ForecastMethods.referenceFor(data.cadence()))
                        : request.methods(),
                data.cadence());
        EventLog log = data.events().get();
        out.printf(
                "%s: %,d events, %d x %d cells (%d valid), schedule %s%n",
                data.description(),
                log.size(),
                log.grid().nx(),
                log.grid().ny(),
                log.validCount(),
                data.schedule().describe());
        List<BacktestResult> results = new ArrayList<>();
        for (Forecaster f : forecasters) {
            ConsoleProgressBar bar = new ConsoleProgressBar(out, f.name());
            BacktestResult r = new Backtest(log, data.schedule().periods())
                    .run(f, Backtest.PROTOCOL_COVERAGES, threads, bar::show);
            bar.finish(r.wallTime());
            results.add(r);
        }
        String table = BacktestReport.markdown(results);
        out.println();
        out.println(table);
        try {
            Files.createDirectories(output);
            Path md = output.resolve("backtest-" + data.name() + ".md");
            Path csv = output.resolve("backtest-" + data.name() + ".csv");
            Files.writeString(
                    md,
                    "# Backtest of " + data.name() + "\n\nData: " + data.description() + "\n\nSchedule: "
                            + data.schedule().describe() + "\n\n" + table);
            Files.writeString(csv, BacktestReport.csv(results));
            out.println("Written " + md.toAbsolutePath() + " and " + csv.toAbsolutePath());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write the results to " + output.toAbsolutePath(), e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
