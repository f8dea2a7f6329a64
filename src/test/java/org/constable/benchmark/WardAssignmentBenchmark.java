package org.constable.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.constable.dashboards.domain.WardBoundaries;
import org.constable.dashboards.domain.WardMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Assigning places to wards (ADR 0034): Manchester's 32 ONS wards on the 92,666 real GMP burglary
 * points, with the dashboard's index (R-tree of bounding boxes, prepared geometries) against the
 * plain way (every ward's unprepared {@code covers}, on a sample, since it is slow). Rounds are
 * interleaved; the figure is nanoseconds per point, the median of the rounds.
 *
 * <p>Not part of {@code ./mvnw verify}: run with
 * {@code ./mvnw -B test -Dtest=WardAssignmentBenchmark -Dconstable.benchmark=true} (needs /work/shared/data/gmp).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "constable.benchmark", matches = "true")
class WardAssignmentBenchmark {

    private static final Path DATA = Path.of("/work/shared/data/gmp");
    private static final int ROUNDS = 7, PLAIN_SAMPLE = 5_000;

    @Test
    void indexedAgainstPlainPointInPolygon() throws Exception {
        Path wardsFile = DATA.resolve("manchester_wards.geojson");
        Path burglaries = DATA.resolve("gmp_bur.csv");
        assumeTrue(Files.isReadable(wardsFile) && Files.isReadable(burglaries), "GMP data not on this machine");
        String geojson = Files.readString(wardsFile);
        long loadStart = System.nanoTime();
        WardMap wards = WardBoundaries.read("manchester_wards.geojson", geojson);
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        List<double[]> points = Files.readAllLines(burglaries).stream()
                .skip(1)
                .map(l -> l.split(","))
                .map(f -> new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])})
                .toList();

        // the plain way: every ward's full boundary, unprepared, tried in turn
        GeometryFactory geometry = new GeometryFactory();
        List<Geometry> plain = wards.areas();

        long[] indexed = new long[ROUNDS], unprepared = new long[ROUNDS];
        long inside = 0;
        for (int r = 0; r < ROUNDS; r++) {
            long t = System.nanoTime();
            inside = 0;
            for (double[] p : points) {
                if (wards.wardAt(p[0], p[1]).isPresent()) {
                    inside++;
                }
            }
            indexed[r] = (System.nanoTime() - t) / points.size();
            t = System.nanoTime();
            for (int i = 0; i < PLAIN_SAMPLE; i++) {
                double[] p = points.get(i * (points.size() / PLAIN_SAMPLE));
                Point at = geometry.createPoint(new Coordinate(p[0], p[1]));
                for (Geometry g : plain) {
                    if (g.covers(at)) {
                        break;
                    }
                }
            }
            unprepared[r] = (System.nanoTime() - t) / PLAIN_SAMPLE;
        }
        Arrays.sort(indexed);
        Arrays.sort(unprepared);
        assertThat(inside).isPositive();
        BenchmarkSupport.publish(
                "WardAssignmentBenchmark",
                String.format(
                        Locale.ROOT,
                        """
                ### Ward assignment: Manchester's 32 wards, %,d GMP burglary points
                | | ns per point (median of %d rounds) | points per second |
                |---|---|---|
                | R-tree + prepared geometry (the dashboard) | %,d | %,d |
                | every ward, unprepared covers (sample of %,d) | %,d | %,d |

                %,d of %,d points in a ward; reading and indexing the boundary file (EPSG:27700 to WGS 84): %d ms.
                """,
                        points.size(),
                        ROUNDS,
                        indexed[ROUNDS / 2],
                        1_000_000_000L / Math.max(1, indexed[ROUNDS / 2]),
                        PLAIN_SAMPLE,
                        unprepared[ROUNDS / 2],
                        1_000_000_000L / Math.max(1, unprepared[ROUNDS / 2]),
                        inside,
                        points.size(),
                        loadMillis));
    }
}
