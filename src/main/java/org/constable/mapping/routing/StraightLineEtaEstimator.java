package org.constable.mapping.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.constable.mapping.EtaEstimator;
import org.constable.mapping.EtaMethod;
import org.constable.mapping.UnitEta;
import org.constable.mapping.UnitPosition;
import org.constable.shared.GeoPoint;

/**
 * Great-circle distance times a road factor, at an average speed. The estimate used when there is no
 * road network, and for units the road network cannot place.
 */
public final class StraightLineEtaEstimator implements EtaEstimator {

    private final double roadFactor;
    private final double metresPerSecond;

    public StraightLineEtaEstimator(double roadFactor, double speedKmh) {
        if (!(roadFactor >= 1)) {
            throw new IllegalArgumentException("road factor must be at least 1: " + roadFactor);
        }
        if (!(speedKmh > 0)) {
            throw new IllegalArgumentException("speed must be positive: " + speedKmh);
        }
        this.roadFactor = roadFactor;
        this.metresPerSecond = speedKmh / 3.6;
    }

    public UnitEta estimate(GeoPoint destination, UnitPosition unit) {
        double metres = unit.position().metresTo(destination) * roadFactor;
        return new UnitEta(
                unit.unitId(),
                Duration.ofMillis(Math.round(metres / metresPerSecond * 1000)),
                metres,
                EtaMethod.STRAIGHT_LINE);
    }

    @Override
    public List<UnitEta> fastest(GeoPoint destination, Collection<UnitPosition> candidates, int limit) {
        FastestFirst.checkLimit(limit);
        List<UnitEta> etas = new ArrayList<>(candidates.size());
        for (UnitPosition unit : candidates) {
            etas.add(estimate(destination, unit));
        }
        return FastestFirst.top(etas, limit);
    }
}
