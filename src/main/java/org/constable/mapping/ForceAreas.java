package org.constable.mapping;

import org.constable.shared.GeoPoint;

public interface ForceAreas {
    java.util.Optional<Beat> beatAt(GeoPoint point);

    boolean isUrban(GeoPoint point);

    String forceGeoJson();
}
