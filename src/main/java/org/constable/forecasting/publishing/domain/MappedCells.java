package org.constable.forecasting.publishing.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a published forecast as a map draws them, whatever the cell scheme: where a cell's
 * corners and centre lie in longitude and latitude, and its name. Squares of the British National
 * Grid ({@link SquaresOnTheMap}) and H3 hexagons ({@link HexagonsOnTheMap}) answer it; a ranked cell
 * is drawn from those answers in one place, {@link #ranked} (ADR 0061).
 */
public interface MappedCells {

    /** The cell's corners as (longitude, latitude), in order round the cell, the first not repeated. */
    List<double[]> corners(long cell);

    /** The cell's centre as (longitude, latitude). */
    double[] centre(long cell);

    /** The name a person reads for the cell. */
    String id(long cell);

    /** The one way a forecast's cell is drawn: its corners closed into an outline, its centre and its id. */
    default RankedCell ranked(long cell, int rank, double risk) {
        List<double[]> outline = new ArrayList<>(corners(cell));
        outline.add(outline.get(0));
        double[] centre = centre(cell);
        return new RankedCell(rank, id(cell), risk, centre[1], centre[0], outline);
    }
}
