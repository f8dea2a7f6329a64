package org.constable.opendata.domain;

import org.constable.shared.GeoPoint;

/** An anonymous point a published crime may be moved to, named "On or near …", and how many postal addresses it covers. */
public record SnapPoint(String name, GeoPoint point, int addresses) {

    public SnapPoint {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A snap point needs a name.");
        }
        if (addresses < 0) {
            throw new IllegalArgumentException("A snap point cannot cover a negative number of addresses.");
        }
    }
}
