package org.constable.mapping;

import java.util.Collection;
import java.util.List;
import org.constable.shared.GeoPoint;

/** Ranks units by how soon they could reach a place. Implementations are thread-safe. */
public interface EtaEstimator {

    /** The {@code limit} candidates with the shortest estimated time to reach {@code destination}, fastest first; ties by unitId. */
    List<UnitEta> fastest(GeoPoint destination, Collection<UnitPosition> candidates, int limit);

    /**
     * Does now, as positions arrive from the AVL feed, the work a later ranking would otherwise
     * do (snapping each position to the road network), so a recommendation does not pay for it.
     */
    default void prepare(Collection<GeoPoint> positions) {}
}
