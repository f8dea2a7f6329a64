package org.constable.mapping;

import java.util.Objects;
import org.constable.shared.GeoPoint;

/** Where a unit is now, as the dispatcher knows it (the unit itself is dispatch's business). */
public record UnitPosition(long unitId, GeoPoint position) {

    public UnitPosition {
        Objects.requireNonNull(position, "position");
    }
}
