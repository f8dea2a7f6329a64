package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.h3core.AreaUnit;
import com.uber.h3core.H3Core;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.forecasting.domain.Backtest;
import org.constable.forecasting.domain.BacktestProgress;
import org.constable.forecasting.domain.BacktestResult;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.ForecastPeriod;
import org.constable.forecasting.domain.ProtocolDataset;
import org.constable.forecasting.domain.ProtocolFiles;
import org.constable.forecasting.h3.H3Forecaster;
import org.constable.forecasting.h3.H3History;
import org.constable.forecasting.h3.H3Methods;
import org.constable.forecasting.methods.ForecastMethods;
import org.constable.mapping.BritishNationalGrid;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The forecast protocol on Merseyside burglary (21 monthly forecasts, 2020-01..2021-09) on the
 * protocol's 250 m squares and on H3 hexagons of resolutions 9 and 10, for naive, retro and prohot:
 * the mean hit rate at 5% of the valid cells, the area that covers, and, because hexagons and
 * squares differ in size, the H3 hit rate when the top hexagons cover the same area as the squares'
 * 5%. Run: {@code ./mvnw -B test -Dtest=H3AgainstSquareCellsBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
class H3AgainstSquareCellsBenchmark {

    static final Path FOLDER = Path.of("../shared/data/forecast-protocol");
    static final List<String> METHODS = List.of("naive", "retro-500", "retro-1000", "prohot");
    static final int[] RESOLUTIONS = {9, 10};
    static final double COVERAGE = 0.05;

    @Test
    void merseysideBurglaryOnSquaresAndOnHexagons() throws Exception {
        ProtocolFiles files = new ProtocolFiles(FOLDER);
        ProtocolDataset dataset = ProtocolDataset.MERSEYSIDE_BURGLARY;
        Assumptions.assumeTrue(files.has(dataset), "Forecast protocol data not found at " + FOLDER.toAbsolutePath());
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        EventLog log = files.load(dataset);
        H3Core h3 = H3Core.newInstance();
        BritishNationalGrid bng = new BritishNationalGrid();
        double[][] lonLat = new double[log.size()][];
        for (int i = 0; i < log.size(); i++) {
            lonLat[i] = bng.degrees(log.x(i), log.y(i));
        }
        long[] minutes = new long[log.size()];
        Arrays.setAll(minutes, log::minute);
        double squareArea = Math.floor(log.validCount() * COVERAGE) * 250.0 * 250.0;

        StringBuilder table = new StringBuilder(
                "| method | cells | valid cells | hit rate at 5% of cells | area at 5% | hit rate at the squares' area | wall time |\n"
                        + "|---|---|---|---|---|---|---|\n");
        for (String name : METHODS) {
            long started = System.nanoTime();
            BacktestResult square = new Backtest(log, dataset.schedule())
                    .run(
                            ForecastMethods.parse(name, dataset.cadence()),
                            new double[] {COVERAGE},
                            1,
                            BacktestProgress.NONE);
            table.append("| %s | 250 m squares | %d | %.1f%% | %.1f km² | – | %.1f s |%n"
                    .formatted(
                            name,
                            log.validCount(),
                            100 * square.meanHitRate(COVERAGE),
                            squareArea / 1e6,
                            (System.nanoTime() - started) / 1e9));
            for (int resolution : RESOLUTIONS) {
                started = System.nanoTime();
                long[] cells = new long[log.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = h3.latLngToCell(lonLat[i][1], lonLat[i][0], resolution);
                }
                Score s = score(
                        h3,
                        H3Methods.port(ForecastMethods.parse(name, dataset.cadence())),
                        dataset,
                        minutes,
                        cells,
                        squareArea);
                table.append("| %s | H3 resolution %d | %d | %.1f%% | %.1f km² | %.1f%% | %.1f s |%n"
                        .formatted(
                                name,
                                resolution,
                                s.validCells(),
                                100 * s.hitRate(),
                                s.area() / 1e6,
                                100 * s.hitRateAtSquareArea(),
                                (System.nanoTime() - started) / 1e9));
                assertThat(s.hitRate()).isBetween(0.0, 1.0);
            }
        }
        BenchmarkSupport.publish(
                "h3-against-square-cells",
                "## H3 against square cells, Merseyside burglary (load average before: " + loadBefore + ")\n\n"
                        + table);
    }

    record Score(int validCells, double hitRate, double area, double hitRateAtSquareArea) {}

    /** Mean over the protocol's periods: top 5% of valid hexagons (ties to the higher index), and top hexagons up to the squares' area. */
    private static Score score(
            H3Core h3, H3Forecaster method, ProtocolDataset dataset, long[] minutes, long[] cells, double squareArea) {
        Set<Long> valid = new HashSet<>();
        Arrays.stream(cells).forEach(valid::add);
        int n = (int) Math.floor(valid.size() * COVERAGE);
        double hits = 0, hitsAtArea = 0, area = 0;
        int scored = 0;
        for (ForecastPeriod period : dataset.schedule()) {
            long from = EventLog.minuteOf(period.start());
            long to = EventLog.minuteOf(period.end());
            Map<Long, Double> risk = method.risk(H3History.before(period.start(), dataset.cadence(), minutes, cells));
            List<Long> ranked = valid.stream()
                    .sorted(Comparator.<Long>comparingDouble(c -> risk.getOrDefault(c, 0.0))
                            .reversed()
                            .thenComparing(Comparator.<Long>reverseOrder()))
                    .toList();
            Set<Long> top = new HashSet<>(ranked.subList(0, n));
            Set<Long> sameArea = new HashSet<>();
            double covered = 0;
            for (long c : ranked) {
                double a = h3.cellArea(c, AreaUnit.m2);
                if (covered + a > squareArea) {
                    break;
                }
                covered += a;
                sameArea.add(c);
            }
            area += top.stream().mapToDouble(c -> h3.cellArea(c, AreaUnit.m2)).sum();
            int events = 0, inTop = 0, inSameArea = 0;
            for (int i = 0; i < minutes.length; i++) {
                if (minutes[i] >= from && minutes[i] < to) {
                    events++;
                    inTop += top.contains(cells[i]) ? 1 : 0;
                    inSameArea += sameArea.contains(cells[i]) ? 1 : 0;
                }
            }
            if (events > 0) {
                hits += (double) inTop / events;
                hitsAtArea += (double) inSameArea / events;
                scored++;
            }
        }
        return new Score(valid.size(), hits / scored, area / dataset.schedule().size(), hitsAtArea / scored);
    }
}
