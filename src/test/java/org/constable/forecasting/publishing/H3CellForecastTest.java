package org.constable.forecasting.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.methods.ForecastMethods;
import org.constable.forecasting.publishing.domain.CellScheme;
import org.constable.forecasting.publishing.domain.H3CellForecast;
import org.constable.forecasting.publishing.domain.RankedCell;
import org.junit.jupiter.api.Test;

class H3CellForecastTest {

    @Test
    void theNaiveCountRanksHexagonsNamedByTheirH3IndexOfTheChosenResolution() {
        for (int resolution : new int[] {9, 10}) {
            var outcome = fixture(resolution)
                    .forecast(ForecastMethods.parse("naive", Cadence.MONTHLY), YearMonth.of(2015, 3), 10);

            assertThat(outcome.parameters()).isEqualTo("naive 3 mo");
            assertThat(outcome.eventsUsed()).isEqualTo(24);
            assertThat(outcome.cells()).extracting(RankedCell::risk).containsExactly(15.0, 6.0, 3.0);
            RankedCell top = outcome.cells().get(0);
            com.uber.h3core.H3Core h3 = h3();
            assertThat(top.cellId()).isEqualTo(h3.latLngToCellAddress(51.5150, -0.0900, resolution));
            assertThat(h3.getResolution(top.cellId())).isEqualTo(resolution);
            assertThat(top.outline()).hasSize(7);
            assertThat(top.outline().get(6)).containsExactly(top.outline().get(0));
            assertThat(h3.latLngToCellAddress(top.centreLatitude(), top.centreLongitude(), resolution))
                    .isEqualTo(top.cellId());
        }
    }

    @Test
    void retroAndProhotRunOnHexagonsAndTheSelfExcitingMethodIsRefused() {
        assertThat(fixture(9)
                        .forecast(ForecastMethods.parse("retro-500", Cadence.MONTHLY), YearMonth.of(2015, 3), 10)
                        .cells())
                .hasSize(3)
                .first()
                .extracting(RankedCell::risk)
                .isEqualTo(15.0);
        assertThat(fixture(9)
                        .forecast(ForecastMethods.parse("prohot", Cadence.MONTHLY), YearMonth.of(2015, 3), 10)
                        .parameters())
                .isEqualTo("prohot d<8 rings dt<8");
        assertThatThrownBy(() ->
                        fixture(9).forecast(ForecastMethods.parse("sepp", Cadence.MONTHLY), YearMonth.of(2015, 3), 10))
                .hasMessageContaining("not available on H3 cells");
    }

    @Test
    void theCellSchemeIsReadFromTextWithClearErrors() {
        assertThat(CellScheme.fromText(null, null, null)).isEqualTo(new CellScheme.Square(250));
        assertThat(CellScheme.fromText("square", 150.0, 9)).isEqualTo(new CellScheme.Square(150));
        CellScheme h3 = CellScheme.fromText("H3", 250.0, 10);
        assertThat(h3.storedName()).isEqualTo("h3");
        assertThat(h3.resolution()).isEqualTo(10);
        assertThat(h3.sizeMetres()).isBetween(60.0, 90.0);
        assertThat(h3.describe()).isEqualTo("H3 resolution 10 hexagons");
        assertThatThrownBy(() -> CellScheme.fromText("h3", null, null))
                .hasMessageContaining("H3 resolution must be a whole number from 7");
        assertThatThrownBy(() -> CellScheme.fromText("h3", null, 13)).hasMessageContaining("not 13");
        assertThatThrownBy(() -> CellScheme.fromText("triangles", null, null))
                .hasMessageContaining("Unknown cell scheme 'triangles'");
    }

    private static com.uber.h3core.H3Core h3() {
        try {
            return com.uber.h3core.H3Core.newInstance();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static H3CellForecast fixture(int resolution) {
        H3CellForecast f = new H3CellForecast(resolution);
        for (int month = 1; month <= 3; month++) {
            YearMonth m = YearMonth.of(2015, month);
            for (int i = 0; i < 5; i++) {
                f.add(m, SmallPoliceUkFixture.HOT_LON, SmallPoliceUkFixture.HOT_LAT);
            }
            for (int i = 0; i < 2; i++) {
                f.add(m, SmallPoliceUkFixture.SECOND_LON, SmallPoliceUkFixture.SECOND_LAT);
            }
            f.add(m, SmallPoliceUkFixture.THIRD_LON, SmallPoliceUkFixture.THIRD_LAT);
        }
        return f;
    }
}
