package org.constable.mapping.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.constable.mapping.EtaMethod;
import org.constable.mapping.UnitEta;
import org.constable.mapping.UnitPosition;
import org.constable.shared.GeoPoint;

/** The slow reference: one GraphHopper point-to-point route per unit, plus the same off-road legs. */
public final class BruteForce {

    private final RoadNetwork network;
    private final StraightLineEtaEstimator fallback;
    private final double offRoadMetresPerSecond;
    private final double maxOffRoadMetres;

    public BruteForce(
            RoadNetwork network, StraightLineEtaEstimator fallback, double offRoadSpeedKmh, double maxOffRoadMetres) {
        this.maxOffRoadMetres = maxOffRoadMetres;
        this.network = network;
        this.fallback = fallback;
        this.offRoadMetresPerSecond = offRoadSpeedKmh / 3.6;
    }

    public UnitEta eta(GeoPoint destination, UnitPosition unit) {
        var from = network.snap(unit.position()).filter(p -> p.offRoadMetres() <= maxOffRoadMetres);
        var to = network.snap(destination).filter(p -> p.offRoadMetres() <= maxOffRoadMetres);
        if (from.isEmpty() || to.isEmpty()) {
            return fallback.estimate(destination, unit);
        }
        // routed between the points on the road: GraphHopper refuses query points outside its graph's
        // bounding box even when they are a few metres from a road inside it
        GHResponse response = network.hopper()
                .route(new GHRequest(
                                from.get().snapped().latitude(),
                                from.get().snapped().longitude(),
                                to.get().snapped().latitude(),
                                to.get().snapped().longitude())
                        .setProfile(RoadNetwork.PROFILE));
        if (response.hasErrors()) {
            return fallback.estimate(destination, unit);
        }
        double offRoad = from.get().offRoadMetres() + to.get().offRoadMetres();
        double seconds = response.getBest().getTime() / 1000.0 + offRoad / offRoadMetresPerSecond;
        return new UnitEta(
                unit.unitId(),
                Duration.ofMillis(Math.round(seconds * 1000)),
                response.getBest().getDistance() + offRoad,
                EtaMethod.ROAD);
    }

    public List<UnitEta> fastest(GeoPoint destination, Collection<UnitPosition> units, int limit) {
        List<UnitEta> all = new ArrayList<>();
        for (UnitPosition unit : units) {
            all.add(eta(destination, unit));
        }
        return FastestFirst.top(all, limit);
    }
}
