package org.constable.mapping;

import java.util.Optional;
import org.constable.shared.GeoPoint;

/** The force's geography as other modules need it: which beat a place is in, and the map to draw. */
public interface ForceAreas {

    /** The beat containing the point, if any. */
    Optional<Beat> beatAt(GeoPoint point);

    /** Whether the point lies in an urban beat; outside every beat it is not (the rural target applies). */
    boolean isUrban(GeoPoint point);

    /**
     * How far outside the force area the point lies, in metres: 0 inside it, and 0 when no force
     * area is stored (nothing can then be said to be outside).
     */
    default double metresOutside(GeoPoint point) {
        return 0;
    }

    /** A GeoJSON FeatureCollection: the force area, the beats (properties code, name, urban) and the stations (points). */
    String forceGeoJson();
}
