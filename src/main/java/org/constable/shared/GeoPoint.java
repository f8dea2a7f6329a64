package org.constable.shared;

/** A WGS84 point. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || Double.isNaN(latitude)) {
            throw new InvalidInput("latitude", "latitude must be between -90 and 90");
        }
        if (longitude < -180 || longitude > 180 || Double.isNaN(longitude)) {
            throw new InvalidInput("longitude", "longitude must be between -180 and 180");
        }
    }

    /** Great-circle distance in metres (haversine). */
    public double metresTo(GeoPoint other) {
        double r = 6_371_008.8;
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitude))
                        * Math.cos(Math.toRadians(other.latitude))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }
}
