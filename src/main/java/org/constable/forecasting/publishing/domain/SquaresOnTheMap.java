package org.constable.forecasting.publishing.domain;

import java.util.List;
import org.constable.forecasting.domain.CellGrid;
import org.constable.mapping.BritishNationalGrid;

/** The square grid's cells on the map: each square's corners and centre taken from the British National Grid. */
final class SquaresOnTheMap implements MappedCells {

    private final CellGrid grid;
    private final BritishNationalGrid projection;

    SquaresOnTheMap(CellGrid grid, BritishNationalGrid projection) {
        this.grid = grid;
        this.projection = projection;
    }

    @Override
    public List<double[]> corners(long cell) {
        int gx = column(cell);
        int gy = row(cell);
        double x0 = grid.xmin() + gx * grid.cellSize();
        double y0 = grid.ymin() + gy * grid.cellSize();
        double s = grid.cellSize();
        return List.of(
                projection.degrees(x0, y0),
                projection.degrees(x0 + s, y0),
                projection.degrees(x0 + s, y0 + s),
                projection.degrees(x0, y0 + s));
    }

    @Override
    public double[] centre(long cell) {
        return projection.degrees(grid.centreX(column(cell)), grid.centreY(row(cell)));
    }

    @Override
    public String id(long cell) {
        return grid.id(cell);
    }

    private int column(long cell) {
        return (int) (cell % grid.nx());
    }

    private int row(long cell) {
        return (int) (cell / grid.nx());
    }
}
