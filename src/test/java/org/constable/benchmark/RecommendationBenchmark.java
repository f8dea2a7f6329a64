package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.constable.mapping.EtaEstimator;
import org.constable.mapping.UnitEta;
import org.constable.mapping.UnitPosition;
import org.constable.mapping.routing.BruteForce;
import org.constable.mapping.routing.RoadEtaEstimator;
import org.constable.mapping.routing.RoadNetwork;
import org.constable.mapping.routing.StraightLineEtaEstimator;
import org.constable.shared.GeoPoint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recommendation latency (issue 3): the top 5 of 500 units by road ETA on the real Levenshulme
 * extract, next to the straight-line estimator on the same destinations and next to brute force
 * (500 GraphHopper point-to-point routes). Run with
 * {@code ./mvnw -B test -Dtest=RecommendationBenchmark -Dconstable.benchmark=true}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
class RecommendationBenchmark {

    static final Path LEVENSHULME = Path.of("../shared/data/osm/manchester-levenshulme.osm");
    static final double WEST = -2.2182, SOUTH = 53.4440, EAST = -2.1893, NORTH = 53.4598;
    static final int UNITS = 500, TOP = 5, WARM_UP = 500, RECOMMENDATIONS = 2_000, MOVED = 200, BRUTE_FORCE = 50;

    @TempDir
    Path graphs;

    @Test
    void recommendTheFiveFastestOfFiveHundredUnits() throws Exception {
        Assumptions.assumeTrue(
                Files.isRegularFile(LEVENSHULME),
                "Levenshulme extract not found at " + LEVENSHULME.toAbsolutePath() + ": benchmark skipped");
        long t0 = System.nanoTime();
        RoadNetwork.open(LEVENSHULME, graphs, 200).close();
        double importMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        try (RoadNetwork network = RoadNetwork.open(LEVENSHULME, graphs, 200)) {
            double loadMs = (System.nanoTime() - t0) / 1e6;
            StraightLineEtaEstimator straightLine = new StraightLineEtaEstimator(1.4, 30);
            RoadEtaEstimator road = new RoadEtaEstimator(network, straightLine, 15, 500, Duration.ofHours(1));
            BruteForce bruteForce = new BruteForce(network, straightLine, 15, 500);

            Random random = new Random(3);
            List<UnitPosition> units = randomUnits(random);
            for (int i = 0; i < WARM_UP; i++) {
                GeoPoint destination = randomPoint(random);
                road.fastest(destination, units, TOP);
                straightLine.fastest(destination, units, TOP);
            }
            long[] roadNanos = new long[RECOMMENDATIONS], lineNanos = new long[RECOMMENDATIONS];
            for (int i = 0; i < RECOMMENDATIONS; i++) {
                GeoPoint destination = randomPoint(random);
                roadNanos[i] = time(road, destination, units);
                lineNanos[i] = time(straightLine, destination, units);
            }
            // every unit somewhere new on every recommendation: no remembered snaps
            long[] movedNanos = new long[MOVED];
            for (int i = 0; i < MOVED; i++) {
                movedNanos[i] = time(road, randomPoint(random), randomUnits(random));
            }
            // every unit somewhere new, but snapped when its position arrived (as the AVL feed does)
            long[] preparedNanos = new long[MOVED];
            for (int i = 0; i < MOVED; i++) {
                List<UnitPosition> fresh = randomUnits(random);
                road.prepare(fresh.stream().map(UnitPosition::position).toList());
                preparedNanos[i] = time(road, randomPoint(random), fresh);
            }
            long[] bruteNanos = new long[BRUTE_FORCE], oneSearchNanos = new long[BRUTE_FORCE];
            int agreeing = 0;
            for (int i = 0; i < BRUTE_FORCE; i++) {
                GeoPoint destination = randomPoint(random);
                long start = System.nanoTime();
                List<UnitEta> expected = bruteForce.fastest(destination, units, TOP);
                bruteNanos[i] = System.nanoTime() - start;
                start = System.nanoTime();
                List<UnitEta> actual = road.fastest(destination, units, TOP);
                oneSearchNanos[i] = System.nanoTime() - start;
                if (sameTimes(expected, actual)) {
                    agreeing++;
                }
            }
            String report = report(
                    importMs,
                    loadMs,
                    network.nodes(),
                    roadNanos,
                    lineNanos,
                    movedNanos,
                    preparedNanos,
                    bruteNanos,
                    oneSearchNanos,
                    agreeing);
            System.out.println(report);
            Path out = Path.of("target", "benchmarks", "recommendation.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            assertThat(agreeing)
                    .as("top %d by one search equals top %d by brute force", TOP, TOP)
                    .isEqualTo(BRUTE_FORCE);
        }
    }

    static long time(EtaEstimator estimator, GeoPoint destination, List<UnitPosition> units) {
        long start = System.nanoTime();
        List<UnitEta> top = estimator.fastest(destination, units, TOP);
        long nanos = System.nanoTime() - start;
        if (top.size() != TOP) {
            throw new IllegalStateException("expected " + TOP + " units, got " + top);
        }
        return nanos;
    }

    static boolean sameTimes(List<UnitEta> expected, List<UnitEta> actual) {
        for (int i = 0; i < TOP; i++) {
            if (Math.abs(expected.get(i).eta().toMillis() - actual.get(i).eta().toMillis()) > 500) {
                return false;
            }
        }
        return true;
    }

    static List<UnitPosition> randomUnits(Random random) {
        List<UnitPosition> units = new ArrayList<>(UNITS);
        for (int i = 1; i <= UNITS; i++) {
            units.add(new UnitPosition(i, randomPoint(random)));
        }
        return units;
    }

    static GeoPoint randomPoint(Random random) {
        return new GeoPoint(SOUTH + random.nextDouble() * (NORTH - SOUTH), WEST + random.nextDouble() * (EAST - WEST));
    }

    static double percentileMs(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static String row(String name, int count, long[] nanos) {
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %.2f | %.2f | %.2f |%n",
                name,
                count,
                percentileMs(nanos, 50),
                percentileMs(nanos, 95),
                percentileMs(nanos, 99));
    }

    static String report(
            double importMs,
            double loadMs,
            int nodes,
            long[] road,
            long[] line,
            long[] moved,
            long[] prepared,
            long[] brute,
            long[] oneSearch,
            int agreeing) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "Levenshulme extract: %,d graph nodes; import %.0f ms, load of the imported graph %.0f ms%n%n",
                nodes,
                importMs,
                loadMs));
        s.append("| Top 5 of 500 units | Recommendations | p50 (ms) | p95 (ms) | p99 (ms) |\n|---|---|---|---|---|\n");
        s.append(row("by road (one reverse search)", road.length, road));
        s.append(row("by straight line", line.length, line));
        s.append(row("by road, every unit moved (no remembered snaps)", moved.length, moved));
        s.append(row("by road, every unit moved, snapped when its AVL position arrived", prepared.length, prepared));
        s.append(row("by road, brute force (500 GraphHopper routes)", brute.length, brute));
        s.append(row("by road (one reverse search), same 50 destinations", oneSearch.length, oneSearch));
        s.append(String.format(
                Locale.ROOT,
                "%nRoad ÷ straight line: p50 %.1f×, p95 %.1f×, p99 %.1f×. "
                        + "Brute force ÷ one search (same 50 destinations): p50 %.0f×. "
                        + "Top 5 equal to brute force (each ETA within 0.5 s): %d of %d.%n",
                percentileMs(road, 50) / percentileMs(line, 50),
                percentileMs(road, 95) / percentileMs(line, 95),
                percentileMs(road, 99) / percentileMs(line, 99),
                percentileMs(brute, 50) / percentileMs(oneSearch, 50),
                agreeing,
                brute.length));
        s.append(String.format(
                Locale.ROOT,
                "Target p95 under 20 ms by road: %s (p95 %.2f ms).%n",
                percentileMs(road, 95) < 20 ? "met" : "NOT met",
                percentileMs(road, 95)));
        return s.toString();
    }
}
