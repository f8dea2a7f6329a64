package org.constable.forecasting.publishing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.constable.forecasting.domain.CellGrid;
import org.constable.forecasting.h3.H3Cells;
import org.constable.mapping.BritishNationalGrid;
import org.junit.jupiter.api.Test;

/**
 * A square of the British National Grid and an H3 hexagon are drawn by the same path: corners from
 * the cell scheme, closed into an outline, with the centre and the name; each as it was drawn before.
 */
class DrawingACellOfAForecastOneWayForEveryShapeTest {

    private final BritishNationalGrid bng = new BritishNationalGrid();

    @Test
    void aSquareIsItsFourCornersOnTheNationalGridClosedWithItsCentreAndName() {
        CellGrid grid = new CellGrid(530_000, 180_000, 250, 10, 8);
        long cell = 3 * 10 + 4; // column 4, row 3

        RankedCell drawn = new SquaresOnTheMap(grid, bng).ranked(cell, 2, 0.5);

        double x0 = 530_000 + 4 * 250;
        double y0 = 180_000 + 3 * 250;
        assertThat(drawn.outline()).hasSize(5);
        assertThat(drawn.outline().get(0)).containsExactly(bng.degrees(x0, y0));
        assertThat(drawn.outline().get(1)).containsExactly(bng.degrees(x0 + 250, y0));
        assertThat(drawn.outline().get(2)).containsExactly(bng.degrees(x0 + 250, y0 + 250));
        assertThat(drawn.outline().get(3)).containsExactly(bng.degrees(x0, y0 + 250));
        assertThat(drawn.outline().get(4)).containsExactly(drawn.outline().get(0));
        double[] centre = bng.degrees(grid.centreX(4), grid.centreY(3));
        assertThat(drawn.centreLongitude()).isEqualTo(centre[0]);
        assertThat(drawn.centreLatitude()).isEqualTo(centre[1]);
        assertThat(drawn.cellId()).isEqualTo(grid.id(cell));
        assertThat(drawn.rank()).isEqualTo(2);
        assertThat(drawn.risk()).isEqualTo(0.5);
    }

    @Test
    void aHexagonIsItsSixCornersFromH3ClosedWithItsCentreAndName() {
        long cell = H3Cells.cellOf(51.5155, -0.0922, 9);

        RankedCell drawn = HexagonsOnTheMap.INSTANCE.ranked(cell, 1, 3.0);

        List<double[]> before = H3Cells.outline(cell);
        assertThat(drawn.outline()).hasSize(7);
        for (int i = 0; i < before.size(); i++) {
            assertThat(drawn.outline().get(i)).containsExactly(before.get(i));
        }
        assertThat(drawn.centreLatitude()).isEqualTo(H3Cells.centre(cell)[0]);
        assertThat(drawn.centreLongitude()).isEqualTo(H3Cells.centre(cell)[1]);
        assertThat(drawn.cellId()).isEqualTo(H3Cells.id(cell));
        assertThat(drawn.polygonGeoJson()).startsWith("{\"type\":\"Polygon\"");
    }
}
