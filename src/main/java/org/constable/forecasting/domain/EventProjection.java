package org.constable.forecasting.domain;

import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.units.Units;

/**
 * Puts events given in a named coordinate reference system (an EPSG code) onto a grid in metres,
 * as the forecast protocol does (police.uk: EPSG:4326 to EPSG:27700). Coordinates already in a
 * projected system measured in metres are kept as they are; longitude and latitude are projected
 * onto the grid's system, British National Grid unless another is named. A system measured in
 * anything but metres is refused: the protocol's cells are 250 metres.
 */
public final class EventProjection {

    /** British National Grid: where a force in Great Britain draws its cells. */
    public static final int BRITISH_NATIONAL_GRID = 27700;

    private static final CRSFactory CRS = new CRSFactory();

    private final int source;
    private final int grid;
    private final @Nullable CoordinateTransform transform;

    private EventProjection(int source, int grid, @Nullable CoordinateTransform transform) {
        this.source = source;
        this.grid = grid;
        this.transform = transform;
    }

    /**
     * @param sourceEpsg the system the x, y of the events are in
     * @param gridEpsg the metric system of the grid, or null for the source itself when it is
     *     metric and British National Grid when it is longitude and latitude
     */
    public static EventProjection of(int sourceEpsg, @Nullable Integer gridEpsg) {
        CoordinateReferenceSystem from = system(sourceEpsg, "crs");
        int target = gridEpsg != null ? gridEpsg : from.isGeographic() ? BRITISH_NATIONAL_GRID : sourceEpsg;
        String targetField = gridEpsg != null ? "gridCrs" : "crs";
        CoordinateReferenceSystem to = system(target, targetField);
        if (to.isGeographic() || !Units.METRES.equals(to.getProjection().getUnits())) {
            throw new InvalidInput(
                    targetField,
                    "EPSG:" + target + " is not measured in metres; the grid needs a"
                            + " projected system in metres (for example 27700, British National Grid).");
        }
        return new EventProjection(
                sourceEpsg, target, target == sourceEpsg ? null : new BasicCoordinateTransform(from, to));
    }

    /** Reads "27700" or "EPSG:27700". */
    public static int code(@Nullable String text) {
        return code(text, "crs");
    }

    /** Reads "27700" or "EPSG:27700", a refusal naming the request's {@code field}. */
    public static int code(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(
                    field, "Name the coordinate system of x and y as an EPSG code, for example 27700 or 4326.");
        }
        String digits = text.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^EPSG:", "");
        if (!digits.matches("\\d{4,6}")) {
            throw new InvalidInput(
                    field,
                    "An EPSG code is a number such as 27700 (British National Grid) or"
                            + " 4326 (longitude and latitude).");
        }
        return Integer.parseInt(digits);
    }

    private static CoordinateReferenceSystem system(int epsg, String field) {
        try {
            return CRS.createFromName("EPSG:" + epsg);
        } catch (RuntimeException e) {
            throw new InvalidInput(field, "EPSG:" + epsg + " is not a coordinate system this server knows.");
        }
    }

    public int source() {
        return source;
    }

    public int grid() {
        return grid;
    }

    /** Projects the points in place; x is longitude and y latitude for a geographic source. */
    public void apply(double[] xs, double[] ys, int n) {
        if (transform == null) {
            return;
        }
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        for (int i = 0; i < n; i++) {
            in.x = xs[i];
            in.y = ys[i];
            transform.transform(in, out);
            xs[i] = out.x;
            ys[i] = out.y;
        }
    }
}
