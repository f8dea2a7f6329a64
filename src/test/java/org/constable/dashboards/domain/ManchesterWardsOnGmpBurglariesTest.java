package org.constable.dashboards.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real data, when it is on this machine (skipped otherwise): the ONS boundaries of Manchester's
 * 32 wards (EPSG:27700) and 92,666 police.uk burglaries across Greater Manchester, 2016-02 to
 * 2019-01. Manchester is one of GMP's ten districts, so most burglaries lie outside its wards; each
 * is counted once, in a ward or outside.
 */
class ManchesterWardsOnGmpBurglariesTest {

    private static final Path DATA = Path.of("/work/shared/data/gmp");

    @Test
    void everyGreaterManchesterBurglaryIsInOneManchesterWardOrOutsideThem() throws Exception {
        Path wardsFile = DATA.resolve("manchester_wards.geojson");
        Path burglaries = DATA.resolve("gmp_bur.csv");
        assumeTrue(Files.isReadable(wardsFile) && Files.isReadable(burglaries), "GMP data not on this machine");

        WardMap wards = WardBoundaries.read("manchester_wards.geojson", Files.readString(wardsFile));
        assertThat(wards.size()).isEqualTo(32);
        assertThat(wards.source()).contains("EPSG:27700");

        long rows = 0, outside = 0;
        Map<String, Long> byWard = new HashMap<>();
        long started = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(burglaries, StandardCharsets.UTF_8)) {
            assertThat(in.readLine()).isEqualTo("Month,Crime.type,Longitude,Latitude");
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(",");
                rows++;
                var ward = wards.wardAt(Double.parseDouble(f[2]), Double.parseDouble(f[3]));
                if (ward.isPresent()) {
                    byWard.merge(ward.get().name(), 1L, Long::sum);
                } else {
                    outside++;
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        long inside = byWard.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(
                "Manchester wards on GMP burglaries: %d rows, %d in the 32 wards (%d wards with any), %d outside; %d ms%n",
                rows, inside, byWard.size(), outside, millis);
        byWard.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(5)
                .forEach(e -> System.out.printf("  %s: %d%n", e.getKey(), e.getValue()));

        assertThat(rows).isEqualTo(92_666);
        assertThat(inside + outside).isEqualTo(rows);
        assertThat(byWard)
                .as("every Manchester ward has had burglaries in three years")
                .hasSize(32);
        assertThat(outside).as("Manchester is one district of ten").isGreaterThan(inside);
        assertThat(inside).isGreaterThan(rows / 20);
    }
}
