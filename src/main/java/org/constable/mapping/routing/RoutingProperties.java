package org.constable.mapping.routing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ETAs are estimated. A blank {@code osmFile} means no road network: straight-line estimates only.
 *
 * @param osmFile              an OpenStreetMap extract (.osm, .osm.pbf, .osm.gz) to route over
 * @param roadFactor           how much longer a road journey is than the straight line, for the fallback
 * @param straightLineSpeedKmh the average speed of the straight-line fallback
 * @param offRoadSpeedKmh      the speed of the legs between a point and the nearest road
 * @param maxOffRoadMetres     a point farther than this from every road is not on the network (straight line instead)
 * @param maxRoadTime          how far (in driving time) one search reaches before the rest fall back to the straight line
 * @param minNetworkSize       road islands with fewer edges than this are not snapped to (GraphHopper's subnetwork removal)
 */
@ConfigurationProperties("constable.routing")
public record RoutingProperties(
        String osmFile,
        @DefaultValue("1.4") double roadFactor,
        @DefaultValue("30") double straightLineSpeedKmh,
        @DefaultValue("15") double offRoadSpeedKmh,
        @DefaultValue("500") double maxOffRoadMetres,
        @DefaultValue("1h") Duration maxRoadTime,
        @DefaultValue("200") int minNetworkSize) {

    public boolean roadNetwork() {
        return osmFile != null && !osmFile.isBlank();
    }
}
