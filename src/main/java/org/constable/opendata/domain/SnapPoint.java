package org.constable.opendata.domain;

import org.constable.shared.GeoPoint;
import org.constable.shared.InvalidInput;

/** An anonymous point a published crime may be moved to, named "On or near …", and how many postal addresses it covers. */
public record SnapPoint(String name, GeoPoint point, int addresses) {

    public SnapPoint {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "A snap point needs a name.");
        }
        if (addresses < 0) {
            throw new InvalidInput("addresses", "A snap point cannot cover a negative number of addresses.");
        }
    }
}
