package org.constable.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.constable.forecasting.domain.Backtest;
import org.constable.forecasting.domain.BacktestResult;
import org.constable.forecasting.domain.EventHistory;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.Forecaster;
import org.constable.forecasting.domain.ProtocolDataset;
import org.constable.forecasting.domain.ProtocolFiles;
import org.constable.forecasting.methods.ForecastMethods;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Every reference method on every protocol dataset: mean hit rates next to open_cp's (data
 * README), and the wall time of the whole backtest (median of three after a warm-up run) next to
 * open_cp's time on this machine. Same-run baseline: the naive count done the straightforward way
 * (every forecast scans all earlier events, no window index), to show what the window index buys.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
class HotspotBacktestBenchmark {

    static final Path FOLDER = Path.of("../shared/data/forecast-protocol");

    /** open_cp (README): hit rate 5%, 10%, PAI 5%, seconds (NaN = not given). */
    static final Map<String, double[]> OPEN_CP = Map.ofEntries(
            Map.entry("chicago naive", new double[] {13.5, 26.3, 2.71, 2}),
            Map.entry("chicago naive-365d", new double[] {23.7, 37.7, 4.74, 12}),
            Map.entry("chicago retro-1000", new double[] {19.3, 31.8, 3.85, 170}),
            Map.entry("chicago retro-500", new double[] {20.4, 33.3, 4.08, 185}),
            Map.entry("chicago prohot", new double[] {16.8, 29.4, 3.35, 432}),
            Map.entry("merseyside-burglary naive", new double[] {17.6, 26.4, 3.52, Double.NaN}),
            Map.entry("merseyside-burglary retro-1000", new double[] {21.2, 31.1, 4.24, 17}),
            Map.entry("merseyside-burglary retro-500", new double[] {21.7, 32.1, 4.34, 15}),
            Map.entry("merseyside-burglary prohot", new double[] {19.5, 29.1, 3.90, 43}),
            Map.entry("merseyside-violence naive", new double[] {24.3, 37.7, 4.86, Double.NaN}),
            Map.entry("merseyside-violence retro-1000", new double[] {20.4, 32.8, 4.08, 71}),
            Map.entry("merseyside-violence retro-500", new double[] {23.0, 36.0, 4.60, 80}),
            Map.entry("merseyside-violence prohot", new double[] {16.6, 28.0, 3.31, 240}));

    @Test
    void everyReferenceMethodOnEveryDataset() throws Exception {
        Assumptions.assumeTrue(
                Files.isDirectory(FOLDER), "Forecast protocol data not found at " + FOLDER.toAbsolutePath());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        StringBuilder report = new StringBuilder();
        report.append(
                "| dataset | method | hit rate 5% (open_cp) | hit rate 10% (open_cp) | PAI 5% (open_cp) | "
                        + "wall s, median of 3 (CPU s) | open_cp s | open_cp / Constable |\n|---|---|---|---|---|---|---|---|\n");
        StringBuilder baseline = new StringBuilder();
        for (ProtocolDataset d : ProtocolDataset.values()) {
            EventLog log = new ProtocolFiles(FOLDER).load(d);
            for (String method : ForecastMethods.referenceFor(d.cadence())) {
                Forecaster f = ForecastMethods.parse(method, d.cadence());
                Backtest backtest = new Backtest(log, d.schedule());
                backtest.run(f); // warm-up
                long[] wall = new long[3];
                long[] cpuNanos = new long[3];
                BacktestResult r = null;
                for (int i = 0; i < 3; i++) {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    r = backtest.run(f);
                    cpuNanos[i] = cpu.getCurrentThreadCpuTime() - c0;
                    wall[i] = r.wallTime().toNanos();
                }
                double wallS = median(wall) / 1e9;
                double[] ref = OPEN_CP.get(d.id() + " " + method);
                report.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %.1f%% (%.1f%%) | %.1f%% (%.1f%%) | %.2f (%.2f) | %.3f (%.3f) | %s | %s |%n",
                        d.id(),
                        r.method(),
                        100 * r.meanHitRate(0.05),
                        ref[0],
                        100 * r.meanHitRate(0.10),
                        ref[1],
                        r.pai(0.05),
                        ref[2],
                        wallS,
                        median(cpuNanos) / 1e9,
                        Double.isNaN(ref[3]) ? "–" : String.format(Locale.ROOT, "%.0f", ref[3]),
                        Double.isNaN(ref[3]) ? "–" : String.format(Locale.ROOT, "%.0fx", ref[3] / wallS)));
                if (method.equals("naive")) {
                    Forecaster scanAll = new ScanEverything(f);
                    backtest.run(scanAll);
                    long[] base = new long[3];
                    for (int i = 0; i < 3; i++) {
                        base[i] = backtest.run(scanAll).wallTime().toNanos();
                    }
                    baseline.append(String.format(
                            Locale.ROOT,
                            "| %s | %.3f | %.3f | %.1fx |%n",
                            d.id(),
                            median(base) / 1e9,
                            wallS,
                            (double) median(base) / (wallS * 1e9)));
                }
            }
        }
        report.append(
                        "\nSame-run baseline, naive count: every forecast scanning all earlier events vs the window index\n\n"
                                + "| dataset | scan all, wall s | window index, wall s | ratio |\n|---|---|---|---|\n")
                .append(baseline);
        BenchmarkSupport.publish("hotspot-backtests", report.toString());
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The same counts as the naive method, found by testing every event before the cut-off. */
    private record ScanEverything(Forecaster naive) implements Forecaster {

        @Override
        public String name() {
            return "scan-all " + naive.name();
        }

        @Override
        public double[] risk(EventHistory history) {
            double[] risk = new double[history.grid().cellCount()];
            long from = EventLog.minuteOf(windowStart(history));
            for (int i = 0; i < history.size(); i++) {
                if (history.minute(i) >= from) {
                    risk[history.cell(i)]++;
                }
            }
            return risk;
        }

        private LocalDateTime windowStart(EventHistory history) {
            return naive.name().endsWith(" d")
                    ? history.cutoff().minusDays(28)
                    : history.cutoff().minusMonths(3);
        }
    }
}
