package org.constable.mapping.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.constable.mapping.EtaEstimator;
import org.constable.mapping.EtaMethod;
import org.constable.mapping.UnitEta;
import org.constable.mapping.UnitPosition;
import org.constable.mapping.routing.RoadNetwork.RoadPoint;
import org.constable.shared.GeoPoint;

/**
 * ETAs by road: one search from the destination over the reversed road network reaches every
 * candidate at once (instead of one route per unit), then the legs between each point and its road
 * are added at the off-road speed. Units the network cannot place or reach get the straight-line
 * estimate and say so.
 */
public final class RoadEtaEstimator implements EtaEstimator {

    /** Unit positions change slowly compared with how often they are ranked, so their snaps are remembered. */
    private static final int SNAP_CACHE_LIMIT = 50_000;

    private static final Optional<RoadPoint> NOWHERE = Optional.empty();

    private final RoadNetwork network;
    private final StraightLineEtaEstimator fallback;
    private final double offRoadMetresPerSecond;
    private final double maxRoadSeconds;
    private final double maxOffRoadMetres;
    private final Map<GeoPoint, Optional<RoadPoint>> snaps = new ConcurrentHashMap<>();

    public RoadEtaEstimator(
            RoadNetwork network,
            StraightLineEtaEstimator fallback,
            double offRoadSpeedKmh,
            double maxOffRoadMetres,
            Duration maxRoadTime) {
        if (!(offRoadSpeedKmh > 0)) {
            throw new IllegalArgumentException("off-road speed must be positive: " + offRoadSpeedKmh);
        }
        this.network = network;
        this.fallback = fallback;
        this.offRoadMetresPerSecond = offRoadSpeedKmh / 3.6;
        this.maxRoadSeconds = maxRoadTime.toMillis() / 1000.0;
        this.maxOffRoadMetres = maxOffRoadMetres;
    }

    @Override
    public List<UnitEta> fastest(GeoPoint destination, Collection<UnitPosition> candidates, int limit) {
        FastestFirst.checkLimit(limit);
        if (limit == 0 || candidates.isEmpty()) {
            return List.of();
        }
        Optional<RoadPoint> target = network.snap(destination).filter(this::nearEnough);
        if (target.isEmpty()) {
            return fallback.fastest(destination, candidates, limit);
        }
        Map<Long, UnitPosition> units = new LinkedHashMap<>();
        for (UnitPosition unit : candidates) {
            units.putIfAbsent(unit.unitId(), unit);
        }
        List<UnitEta> etas = new ArrayList<>(units.size());
        List<UnitPosition> placed = new ArrayList<>(units.size());
        List<RoadPoint> roadPoints = new ArrayList<>(units.size());
        for (UnitPosition unit : units.values()) {
            Optional<RoadPoint> at = snapCached(unit.position());
            if (at.isPresent()) {
                placed.add(unit);
                roadPoints.add(at.get());
            } else {
                etas.add(fallback.estimate(destination, unit));
            }
        }
        ReverseSearch search = new ReverseSearch(
                network.graph(),
                network.weighting(),
                target.get(),
                roadPoints,
                offRoadMetresPerSecond,
                maxRoadSeconds,
                limit);
        search.run();
        for (int i = 0; i < placed.size(); i++) {
            UnitPosition unit = placed.get(i);
            if (search.reached(i)) {
                long millis = Math.round(search.seconds(i) * 1000);
                etas.add(new UnitEta(unit.unitId(), Duration.ofMillis(millis), search.metres(i), EtaMethod.ROAD));
            } else if (!search.knownSlower(i)) {
                etas.add(fallback.estimate(destination, unit));
            }
        }
        return FastestFirst.top(etas, limit);
    }

    @Override
    public void prepare(java.util.Collection<GeoPoint> positions) {
        positions.forEach(this::snapCached);
    }

    /** GraphHopper snaps to the nearest road however far away it is; a point far from every road is not on this network. */
    private boolean nearEnough(RoadPoint point) {
        return point.offRoadMetres() <= maxOffRoadMetres;
    }

    private Optional<RoadPoint> snapCached(GeoPoint point) {
        Optional<RoadPoint> known = snaps.get(point);
        if (known != null) {
            return known;
        }
        if (snaps.size() >= SNAP_CACHE_LIMIT) {
            snaps.clear();
        }
        Optional<RoadPoint> found = network.snap(point).filter(this::nearEnough);
        snaps.put(point, found.isPresent() ? found : NOWHERE);
        return found;
    }
}
