package org.constable.mapping.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import org.constable.mapping.EtaMethod;
import org.constable.mapping.UnitEta;
import org.constable.mapping.UnitPosition;
import org.constable.shared.GeoPoint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The slow reference: one GraphHopper point-to-point route per unit, plus the same off-road legs. */
public final class BruteForce {

    private final RoadNetwork network;
    private final StraightLineEtaEstimator fallback;
    private final double offRoadMetresPerSecond;

    public BruteForce(RoadNetwork network, StraightLineEtaEstimator fallback, double offRoadSpeedKmh) {
        this.network = network;
        this.fallback = fallback;
        this.offRoadMetresPerSecond = offRoadSpeedKmh / 3.6;
    }

    public UnitEta eta(GeoPoint destination, UnitPosition unit) {
        GHResponse response = network.hopper().route(new GHRequest(unit.position().latitude(), unit.position().longitude(),
                destination.latitude(), destination.longitude()).setProfile(RoadNetwork.PROFILE));
        if (response.hasErrors()) {
            return fallback.estimate(destination, unit);
        }
        double offRoad = network.snap(unit.position()).orElseThrow().offRoadMetres()
                + network.snap(destination).orElseThrow().offRoadMetres();
        double seconds = response.getBest().getTime() / 1000.0 + offRoad / offRoadMetresPerSecond;
        return new UnitEta(unit.unitId(), Duration.ofMillis(Math.round(seconds * 1000)),
                response.getBest().getDistance() + offRoad, EtaMethod.ROAD);
    }

    public List<UnitEta> fastest(GeoPoint destination, Collection<UnitPosition> units, int limit) {
        List<UnitEta> all = new ArrayList<>();
        for (UnitPosition unit : units) {
            all.add(eta(destination, unit));
        }
        return FastestFirst.top(all, limit);
    }
}
