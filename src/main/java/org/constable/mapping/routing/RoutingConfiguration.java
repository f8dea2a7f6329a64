package org.constable.mapping.routing;

import java.nio.file.Path;
import org.constable.mapping.EtaEstimator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses how ETAs are estimated: by road when {@code constable.routing.osm-file} names an
 * OpenStreetMap extract, otherwise by straight line. The road graph is imported on the first start
 * (under {@code ${constable.data-dir}/graphhopper}) and loaded on later ones.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
class RoutingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoutingConfiguration.class);

    @Bean(destroyMethod = "close")
    RoadNetworkHolder roadNetworkHolder(RoutingProperties properties, @Value("${constable.data-dir}") String dataDir) {
        if (!properties.roadNetwork()) {
            return new RoadNetworkHolder(null);
        }
        long start = System.nanoTime();
        RoadNetwork network = RoadNetwork.open(
                Path.of(properties.osmFile()), Path.of(dataDir, "graphhopper"), properties.minNetworkSize());
        log.info(
                "Road network from {} ready in {} ms ({} nodes, graph in {})",
                properties.osmFile(),
                (System.nanoTime() - start) / 1_000_000,
                network.nodes(),
                network.folder());
        return new RoadNetworkHolder(network);
    }

    @Bean
    EtaEstimator etaEstimator(RoutingProperties properties, RoadNetworkHolder holder) {
        // not a bean of its own: dispatch must find exactly one EtaEstimator
        var straightLine = new StraightLineEtaEstimator(properties.roadFactor(), properties.straightLineSpeedKmh());
        if (holder.network() == null) {
            log.info(
                    "ETAs by straight line: no constable.routing.osm-file set (road factor {}, {} km/h)",
                    properties.roadFactor(),
                    properties.straightLineSpeedKmh());
            return straightLine;
        }
        log.info(
                "ETAs by ROAD over {} (off-road legs at {} km/h, searches stop at {})",
                properties.osmFile(),
                properties.offRoadSpeedKmh(),
                properties.maxRoadTime());
        return new RoadEtaEstimator(
                holder.network(),
                straightLine,
                properties.offRoadSpeedKmh(),
                properties.maxOffRoadMetres(),
                properties.maxRoadTime());
    }

    /** Lets the graph be closed on shutdown whether or not there is one. */
    record RoadNetworkHolder(@Nullable RoadNetwork network) implements AutoCloseable {
        @Override
        public void close() {
            if (network != null) {
                network.close();
            }
        }
    }
}
