package org.constable.forecasting.h3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.domain.EventLog;
import org.constable.forecasting.domain.Lookback;
import org.constable.forecasting.domain.NaiveCounts;
import org.constable.forecasting.domain.ProspectiveHotspot;
import org.constable.forecasting.domain.RetrospectiveHotspot;
import org.constable.forecasting.methods.ForecastMethods;
import org.junit.jupiter.api.Test;

/**
 * Naive counts, retrospective and prospective hotspots on a few H3 cells in the City of London with
 * known weights: a centre cell A, a neighbour B (one ring away) and a cell C two rings from A.
 */
class ForecastingOnH3CellsTest {

    private static final LocalDateTime CUTOFF = LocalDateTime.of(2015, 4, 1, 0, 0);
    private final long a = H3Cells.cellOf(51.5150, -0.0900, 9);
    private final long b = H3Cells.rings(a, 1).get(1).get(0);
    private final long c = H3Cells.rings(a, 2).get(2).stream()
            .filter(x -> H3Cells.rings(b, 1).get(1).stream().noneMatch(x::equals))
            .findFirst()
            .orElseThrow();

    @Test
    void theNativeLibraryLoadsOnThisMachineAndGivesH3sOwnExampleCell() {
        assertThat(H3Cells.id(H3Cells.cellOf(37.775938728915946, -122.41795063018799, 9)))
                .isEqualTo("8928308280fffff");
        assertThat(H3Cells.resolution(a)).isEqualTo(9);
        assertThat(H3Cells.outline(a)).hasSize(7);
        assertThat(H3Cells.outline(a).get(6)).containsExactly(H3Cells.outline(a).get(0));
    }

    @Test
    void naiveCountsAreTheCrimesPerCellInTheLookbackWindow() {
        H3History history = history(new Object[][] {
            {"2015-03", a},
            {"2015-03", a},
            {"2015-01", a},
            {"2015-02", b},
            {"2015-02", b},
            {"2014-12", c},
            {"2015-04", c}
        });

        Map<Long, Double> risk = new NaiveCounts(Lookback.months(3)).riskOn(history);

        assertThat(risk).containsOnly(Map.entry(a, 3.0), Map.entry(b, 2.0));
    }

    @Test
    void theRetrospectiveHotspotLaysAQuarticKernelOverCellCentresWithinTheBandwidth() {
        H3History history = history(new Object[][] {
            {"2015-03", a}, {"2015-03", a}, {"2015-03", a}, {"2015-02", b}, {"2015-02", b}, {"2014-01", c}
        });
        double h = 500;

        Map<Long, Double> risk = new RetrospectiveHotspot(h, Lookback.months(6)).riskOn(history);

        double wab = quartic(haversine(a, b), h);
        assertThat(haversine(a, b)).isBetween(250.0, 450.0);
        assertThat(risk.get(a)).isCloseTo(3 + 2 * wab, within(1e-9));
        assertThat(risk.get(b)).isCloseTo(2 + 3 * wab, within(1e-9));
        Set<Long> reached = new HashSet<>();
        for (long cell : H3Cells.rings(a, 4).stream().flatMap(List::stream).toList()) {
            double expected = 3 * quartic(haversine(a, cell), h) + 2 * quartic(haversine(b, cell), h);
            assertThat(risk.getOrDefault(cell, 0.0))
                    .as("cell %s", H3Cells.id(cell))
                    .isCloseTo(expected, within(1e-9));
            if (expected > 0) {
                reached.add(cell);
            }
        }
        assertThat(risk.keySet()).isEqualTo(reached);
        assertThat(risk).doesNotContainKey(c);
    }

    @Test
    void theProspectiveHotspotWeighsByRingsAndMonthsAsBowersJohnsonAndPease() {
        H3History history = history(new Object[][] {{"2015-03", a}, {"2015-02", b}, {"2014-12", a}});
        Set<Long> aRing = new HashSet<>(H3Cells.rings(a, 1).get(1));
        Set<Long> bRing = new HashSet<>(H3Cells.rings(b, 1).get(1));
        long both = aRing.stream().filter(bRing::contains).findFirst().orElseThrow();
        long aOnly = aRing.stream()
                .filter(x -> x != b && !bRing.contains(x))
                .findFirst()
                .orElseThrow();
        long bOnly = bRing.stream()
                .filter(x -> x != a && !aRing.contains(x))
                .findFirst()
                .orElseThrow();

        Map<Long, Double> risk = new ProspectiveHotspot(2, 2).riskOn(history);

        // A: its own March crime (d 0, dt 0) and B's February one (d 1, dt 1): 1 + 1/4
        assertThat(risk.get(a)).isEqualTo(1.25);
        assertThat(risk.get(b)).isEqualTo(0.5 + 0.5);
        assertThat(risk.get(both)).isEqualTo(0.5 + 0.25);
        assertThat(risk.get(aOnly)).isEqualTo(0.5);
        assertThat(risk.get(bOnly)).isEqualTo(0.25);
        assertThat(risk).hasSize(10).doesNotContainKey(c);
    }

    @Test
    void theSquareGridMethodsArePortedWithTheirParametersAndTheOthersAreRefusedNamingTheSupportedOnes() {
        assertThat(H3Methods.port(ForecastMethods.parse("naive", Cadence.MONTHLY))
                        .name())
                .isEqualTo("naive 3 mo");
        assertThat(H3Methods.port(ForecastMethods.parse("retro-750-4m", Cadence.MONTHLY))
                        .name())
                .isEqualTo("retro 750 m 4 mo");
        assertThat(H3Methods.port(ForecastMethods.parse("prohot", Cadence.MONTHLY))
                        .name())
                .isEqualTo("prohot d<8 rings dt<8");
        assertThatThrownBy(() -> H3Methods.port(ForecastMethods.parse("sepp", Cadence.MONTHLY)))
                .hasMessageContaining("not available on H3 cells")
                .hasMessageContaining("naive, retro-<metres> and prohot");
        assertThatThrownBy(() -> H3Methods.port(ForecastMethods.parse("constable-best", Cadence.MONTHLY)))
                .hasMessageContaining("not available on H3 cells");
    }

    @Test
    void resolutionsOutsideSevenToElevenAreRefusedWithTheSensibleRange() {
        for (Integer r : new Integer[] {null, 6, 12, 15}) {
            assertThatThrownBy(() -> H3Cells.checkResolution(r))
                    .hasMessageContaining("from 7")
                    .hasMessageContaining("to 11");
        }
        H3Cells.checkResolution(7);
        H3Cells.checkResolution(11);
    }

    /** Rows of {month, cell}; the history is cut off at 2015-04-01, so the April crime is not seen. */
    private static H3History history(Object[][] rows) {
        long[] minutes = new long[rows.length];
        long[] cells = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            minutes[i] = EventLog.minuteOf(
                    YearMonth.parse((String) rows[i][0]).atDay(1).atStartOfDay());
            cells[i] = (Long) rows[i][1];
        }
        return H3History.before(CUTOFF, Cadence.MONTHLY, minutes, cells);
    }

    private static double quartic(double d, double h) {
        return d > h ? 0 : Math.pow(1 - d * d / (h * h), 2);
    }

    /** Great-circle metres between cell centres on H3's sphere (radius 6,371,007.18 m). */
    private static double haversine(long p, long q) {
        double[] x = H3Cells.centre(p);
        double[] y = H3Cells.centre(q);
        double dLat = Math.toRadians(y[0] - x[0]);
        double dLon = Math.toRadians(y[1] - x[1]);
        double s = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(x[0])) * Math.cos(Math.toRadians(y[0])) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_007.180918475 * Math.asin(Math.sqrt(s));
    }
}
