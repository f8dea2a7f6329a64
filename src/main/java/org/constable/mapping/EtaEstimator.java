package org.constable.mapping;

import org.constable.shared.GeoPoint;

public interface EtaEstimator {
    /** The {@code limit} candidates with the shortest estimated time to reach {@code destination}, fastest first; ties by unitId. */
    java.util.List<UnitEta> fastest(GeoPoint destination, java.util.Collection<UnitPosition> candidates, int limit);
}
