package org.constable.forecasting.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.constable.forecasting.domain.Cadence;
import org.constable.forecasting.methods.ForecastMethods;
import org.constable.forecasting.publishing.domain.Horizon;
import org.constable.forecasting.publishing.domain.RankedCell;
import org.constable.forecasting.publishing.domain.SquareGridForecast;
import org.constable.mapping.BritishNationalGrid;
import org.junit.jupiter.api.Test;

class SquareGridForecastTest {

    private final BritishNationalGrid bng = new BritishNationalGrid();

    @Test
    void projectsTheCityOfLondonToTheBritishNationalGridWithinAMetre() {
        // St Paul's Cathedral: about 532,100 E, 181,100 N
        double[] m = bng.metres(-0.0984, 51.5138);
        assertThat(m[0]).isCloseTo(532_100, within(150.0));
        assertThat(m[1]).isCloseTo(181_100, within(150.0));
        double[] back = bng.degrees(m[0], m[1]);
        assertThat(back[0]).isCloseTo(-0.0984, within(1e-6));
        assertThat(back[1]).isCloseTo(51.5138, within(1e-6));
    }

    @Test
    void theNaiveCountRanksTheCellsByTheirCrimesAndTheCellsHaveTheChosenSize() {
        for (double size : new double[] {150, 250}) {
            SquareGridForecast forecast = fixture();
            var outcome =
                    forecast.forecast(ForecastMethods.parse("naive", Cadence.MONTHLY), YearMonth.of(2015, 3), size, 10);

            assertThat(outcome.parameters())
                    .isEqualTo(ForecastMethods.parse("naive", Cadence.MONTHLY).name());
            assertThat(outcome.eventsUsed()).isEqualTo(24);
            assertThat(outcome.cells()).extracting(RankedCell::risk).containsExactly(15.0, 6.0, 3.0);
            assertThat(outcome.cells()).extracting(RankedCell::rank).containsExactly(1, 2, 3);
            RankedCell top = outcome.cells().get(0);
            double[] centre = bng.metres(top.centreLongitude(), top.centreLatitude());
            double[] hot = bng.metres(-0.0900, 51.5150);
            assertThat(Math.abs(centre[0] - hot[0])).isLessThanOrEqualTo(size / 2 + 0.01);
            assertThat(Math.abs(centre[1] - hot[1])).isLessThanOrEqualTo(size / 2 + 0.01);
            double[] sw = bng.metres(top.outline().get(0)[0], top.outline().get(0)[1]);
            double[] ne = bng.metres(top.outline().get(2)[0], top.outline().get(2)[1]);
            assertThat(ne[0] - sw[0]).isCloseTo(size, within(0.01));
            assertThat(ne[1] - sw[1]).isCloseTo(size, within(0.01));
            assertThat(top.outline().get(4)).containsExactly(top.outline().get(0));
        }
    }

    @Test
    void keepsNoMoreThanTheTopCellsAskedFor() {
        var outcome =
                fixture().forecast(ForecastMethods.parse("naive", Cadence.MONTHLY), YearMonth.of(2015, 3), 250, 2);
        assertThat(outcome.cells()).hasSize(2);
        assertThat(outcome.cells().get(0).polygonGeoJson()).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[");
    }

    @Test
    void refusesCellsTooSmallOrTooLargeAndHorizonsFinerThanAMonth() {
        assertThatThrownBy(() -> fixture()
                        .forecast(ForecastMethods.parse("naive", Cadence.MONTHLY), YearMonth.of(2015, 3), 10, 5))
                .hasMessageContaining("between 50 and 2000 metres");
        assertThatThrownBy(() -> Horizon.NEXT_WEEK.periodAfter(YearMonth.of(2015, 3)))
                .hasMessageContaining("only a next-month forecast is meaningful");
        assertThat(Horizon.parse("next-month").periodAfter(YearMonth.of(2015, 12)))
                .isEqualTo(YearMonth.of(2016, 1));
        assertThatThrownBy(() -> Horizon.parse("fortnight")).hasMessageContaining("Unknown horizon");
    }

    private static SquareGridForecast fixture() {
        SquareGridForecast f = new SquareGridForecast();
        for (int month = 1; month <= 3; month++) {
            YearMonth m = YearMonth.of(2015, month);
            for (int i = 0; i < 5; i++) {
                f.add(m, -0.0900, 51.5150);
            }
            for (int i = 0; i < 2; i++) {
                f.add(m, -0.1000, 51.5200);
            }
            f.add(m, -0.0800, 51.5100);
        }
        return f;
    }
}
