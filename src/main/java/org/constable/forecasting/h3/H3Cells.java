package org.constable.forecasting.h3;

import com.uber.h3core.H3Core;
import com.uber.h3core.LengthUnit;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Uber's H3 hexagonal cells as forecasting needs them: the cell of a point, cell centres, great-circle
 * metres between centres, rings of neighbours ({@code gridDisk}) and outlines. The native library is
 * loaded once; its calls keep no state between them, so one instance serves every thread.
 */
public final class H3Cells {

    /** Resolutions offered for patrol forecasts: hexagons of about 5 km² (7) down to about 2,000 m² (11). */
    public static final int COARSEST = 7;

    public static final int FINEST = 11;

    private static volatile @Nullable H3Core core;

    private H3Cells() {}

    static H3Core core() {
        H3Core c = core;
        if (c == null) {
            synchronized (H3Cells.class) {
                c = core;
                if (c == null) {
                    try {
                        c = H3Core.newInstance();
                    } catch (IOException | UnsatisfiedLinkError e) {
                        throw new IllegalStateException(
                                "The H3 native library could not be loaded on this machine: " + e.getMessage(), e);
                    }
                    core = c;
                }
            }
        }
        return c;
    }

    /** The resolution, refused unless it is one offered for patrol forecasts. */
    public static int checkResolution(@Nullable Integer resolution) {
        if (resolution == null || resolution < COARSEST || resolution > FINEST) {
            throw new InvalidInput(
                    "h3Resolution",
                    "The H3 resolution must be a whole number from " + COARSEST
                            + " (hexagons of about 5 km²) to " + FINEST
                            + " (about 2,000 m²); 9 or 10 suit street patrols"
                            + (resolution == null ? "" : ", not " + resolution));
        }
        return resolution;
    }

    public static long cellOf(double latitude, double longitude, int resolution) {
        return core().latLngToCell(latitude, longitude, resolution);
    }

    /** (latitude, longitude) of the cell's centre. */
    public static double[] centre(long cell) {
        LatLng c = core().cellToLatLng(cell);
        return new double[] {c.lat, c.lng};
    }

    /** Great-circle distance in metres between two cells' centres. */
    public static double metresBetween(long a, long b) {
        return metresBetween(centre(a), centre(b));
    }

    /** Great-circle distance in metres between two (latitude, longitude) points, on H3's sphere. */
    public static double metresBetween(double[] a, double[] b) {
        return core().greatCircleDistance(new LatLng(a[0], a[1]), new LatLng(b[0], b[1]), LengthUnit.m);
    }

    /** The average hexagon edge in metres at a resolution; neighbouring centres lie about √3 edges apart. */
    public static double edgeMetres(int resolution) {
        return core().getHexagonEdgeLengthAvg(resolution, LengthUnit.m);
    }

    /** The cells within k steps of a cell, ring by ring: element d holds the cells exactly d steps away. */
    public static List<List<Long>> rings(long cell, int k) {
        return core().gridDiskDistances(cell, k);
    }

    /**
     * The rings around a cell out to the last one with a centre within the given metres. Cells vary in
     * size over the globe, so the guess from the average edge is checked: the next ring must lie wholly
     * beyond the distance, else the disk is widened.
     */
    public static List<List<Long>> ringsWithin(long cell, double metres) {
        int k = (int) Math.ceil(metres / (Math.sqrt(3) * edgeMetres(resolution(cell)))) + 1;
        double[] from = centre(cell);
        while (true) {
            List<List<Long>> rings = rings(cell, k);
            double nearestOfLast = rings.get(k).stream()
                    .mapToDouble(c -> metresBetween(from, centre(c)))
                    .min()
                    .orElse(Double.MAX_VALUE);
            if (nearestOfLast > metres) {
                return rings.subList(0, k);
            }
            k *= 2;
        }
    }

    public static int resolution(long cell) {
        return core().getResolution(cell);
    }

    /** The cell's corners as (longitude, latitude), in H3's order: six for a hexagon. */
    public static List<double[]> corners(long cell) {
        List<double[]> corners = new ArrayList<>();
        for (LatLng p : core().cellToBoundary(cell)) {
            corners.add(new double[] {p.lng, p.lat});
        }
        return corners;
    }

    /** The cell's outline as closed (longitude, latitude) corners: six for a hexagon, then the first again. */
    public static List<double[]> outline(long cell) {
        List<double[]> corners = corners(cell);
        corners.add(corners.get(0));
        return corners;
    }

    public static String id(long cell) {
        return core().h3ToString(cell);
    }
}
