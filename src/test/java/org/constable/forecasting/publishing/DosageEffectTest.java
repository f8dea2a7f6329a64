package org.constable.forecasting.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.constable.forecasting.publishing.domain.DataSource;
import org.constable.forecasting.publishing.domain.DosageEffect;
import org.constable.forecasting.publishing.domain.Horizon;
import org.constable.forecasting.publishing.domain.PatrolDosage;
import org.constable.forecasting.publishing.domain.PublishedForecast;
import org.constable.forecasting.publishing.domain.RankedCell;
import org.junit.jupiter.api.Test;

/**
 * Two top cells, one patrolled for 30 + 20 minutes in the period and 15 minutes the day before;
 * crimes: 2 in the patrolled cell, 1 in the other, 3 elsewhere. Every figure can be counted by hand.
 */
class DosageEffectTest {

    private static final Instant DAY_START = Instant.parse("2026-11-22T00:00:00Z"); // GMT in November

    @Test
    void crimesInPatrolledAndUnpatrolledTopCellsAndElsewhereAreCountedBesideMinutesAndScores() {
        PublishedForecast f = new PublishedForecast(
                7,
                "Vehicle crime",
                Horizon.NEXT_DAY,
                DataSource.RECORDED_EXACT,
                "naive",
                "naive 28 d",
                LocalDate.parse("2026-11-15"),
                LocalDate.parse("2026-11-21"),
                LocalDate.parse("2026-11-22"),
                LocalDate.parse("2026-11-22"),
                PublishedForecast.SQUARE_GRID,
                250,
                null,
                4,
                "analyst",
                DAY_START,
                List.of(square(1, "g-0-0", 3.0, 0, 0), square(2, "g-4-0", 1.0, 4, 0)));
        List<PatrolDosage> patrols = List.of(
                patrol("g-0-0", DAY_START.plusSeconds(10 * 3600), 30),
                patrol("g-0-0", DAY_START.plusSeconds(15 * 3600), 20),
                patrol("g-0-0", DAY_START.minusSeconds(14 * 3600), 15));
        List<double[]> crimes =
                List.of(at(0.2, 0.3), at(0.9, 0.9), at(4.5, 0.5), at(2.5, 0.5), at(0.5, 3.5), at(-1, -1));

        DosageEffect e = DosageEffect.of(f, patrols, crimes, DAY_START.plusSeconds(30 * 3600));

        assertThat(e.patrolledTopCells()).isEqualTo(new DosageEffect.Group("Top cells with patrol", 1, 50L, 3.0, 2));
        assertThat(e.unpatrolledTopCells())
                .isEqualTo(new DosageEffect.Group("Top cells without patrol", 1, 0L, 1.0, 1));
        assertThat(e.restOfArea()).isEqualTo(new DosageEffect.Group("Rest of the area", null, null, null, 3));
        assertThat(e.minutesOutsidePeriod()).isEqualTo(15);
        assertThat(e.periodComplete()).isTrue();
        assertThat(e.cells())
                .extracting(DosageEffect.CellEffect::crimesHappened)
                .containsExactly(2, 1);
        assertThat(e.caveat()).contains("Observational").contains("not assigned to cells at random");
    }

    @Test
    void aPeriodNotYetOverIsSaidToBePartial() {
        PublishedForecast f = new PublishedForecast(
                8,
                "Vehicle crime",
                Horizon.NEXT_DAY,
                DataSource.RECORDED_EXACT,
                "naive",
                "naive 28 d",
                LocalDate.parse("2026-11-15"),
                LocalDate.parse("2026-11-21"),
                LocalDate.parse("2026-11-22"),
                LocalDate.parse("2026-11-22"),
                PublishedForecast.SQUARE_GRID,
                250,
                null,
                4,
                "analyst",
                DAY_START,
                List.of(square(1, "g-0-0", 3.0, 0, 0)));
        assertThat(DosageEffect.of(f, List.of(), List.of(), DAY_START.plusSeconds(3600))
                        .periodComplete())
                .isFalse();
    }

    /** A unit square cell (in degrees, for counting by hand) with its south-west corner at (x, y). */
    private static RankedCell square(int rank, String id, double risk, double x, double y) {
        return new RankedCell(
                rank,
                id,
                risk,
                y + 0.5,
                x + 0.5,
                List.of(
                        new double[] {x, y},
                        new double[] {x + 1, y},
                        new double[] {x + 1, y + 1},
                        new double[] {x, y + 1},
                        new double[] {x, y}));
    }

    private static PatrolDosage patrol(String cell, Instant start, int minutes) {
        return new PatrolDosage(0, 7, cell, "Alpha 1", start, minutes, "officer", start.plusSeconds(minutes * 60L));
    }

    private static double[] at(double lon, double lat) {
        return new double[] {lon, lat};
    }
}
