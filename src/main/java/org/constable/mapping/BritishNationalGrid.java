package org.constable.mapping;

import org.locationtech.proj4j.BasicCoordinateTransform;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Longitude/latitude (WGS 84) to and from metres on the British National Grid (EPSG:27700), so
 * that grid cells are true squares of the chosen size. Transforms are not thread-safe, so each
 * instance is meant for one forecast.
 */
public final class BritishNationalGrid {

    private static final CRSFactory CRS = new CRSFactory();
    private final CoordinateTransform toMetres;
    private final CoordinateTransform toDegrees;

    public BritishNationalGrid() {
        CoordinateReferenceSystem wgs84 = CRS.createFromName("EPSG:4326");
        CoordinateReferenceSystem bng = CRS.createFromName("EPSG:27700");
        toMetres = new BasicCoordinateTransform(wgs84, bng);
        toDegrees = new BasicCoordinateTransform(bng, wgs84);
    }

    /** (easting, northing) in metres. */
    public double[] metres(double longitude, double latitude) {
        ProjCoordinate out = toMetres.transform(new ProjCoordinate(longitude, latitude), new ProjCoordinate());
        return new double[] {out.x, out.y};
    }

    /** (longitude, latitude) in degrees. */
    public double[] degrees(double easting, double northing) {
        ProjCoordinate out = toDegrees.transform(new ProjCoordinate(easting, northing), new ProjCoordinate());
        return new double[] {out.x, out.y};
    }
}
