package org.constable.mapping;

import org.constable.shared.GeoPoint;

public record UnitPosition(long unitId, GeoPoint position) {
}
