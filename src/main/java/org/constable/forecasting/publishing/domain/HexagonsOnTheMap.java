package org.constable.forecasting.publishing.domain;

import java.util.List;
import org.constable.forecasting.h3.H3Cells;
import org.constable.forecasting.h3.HexagonCells;

/** H3 hexagons on the map: corners and centre as H3 gives them, named by their H3 index. */
final class HexagonsOnTheMap implements MappedCells {

    static final HexagonsOnTheMap INSTANCE = new HexagonsOnTheMap();

    private HexagonsOnTheMap() {}

    @Override
    public List<double[]> corners(long cell) {
        return H3Cells.corners(cell);
    }

    @Override
    public double[] centre(long cell) {
        double[] latLng = H3Cells.centre(cell);
        return new double[] {latLng[1], latLng[0]};
    }

    @Override
    public String id(long cell) {
        return HexagonCells.INSTANCE.id(cell);
    }
}
