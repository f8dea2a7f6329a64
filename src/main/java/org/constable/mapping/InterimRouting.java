package org.constable.mapping;

import org.constable.shared.GeoPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Straight-line ETAs and bounding-box beats until the road-network estimator lands (same interfaces). */
@Configuration(proxyBeanMethods = false)
class InterimRouting {

    @Bean
    EtaEstimator etaEstimator() {
        return (GeoPoint destination, Collection<UnitPosition> candidates, int limit) -> candidates.stream()
                .map(c -> {
                    double metres = c.position().metresTo(destination) * 1.4;
                    return new UnitEta(c.unitId(), Duration.ofSeconds(Math.round(metres / (30_000.0 / 3600))), metres, EtaMethod.STRAIGHT_LINE);
                })
                .sorted(Comparator.comparing(UnitEta::eta).thenComparingLong(UnitEta::unitId))
                .limit(limit).toList();
    }

    @Bean
    ForceAreas forceAreas() {
        return new ForceAreas() {
            @Override
            public Optional<Beat> beatAt(GeoPoint point) {
                return Optional.empty();
            }

            @Override
            public boolean isUrban(GeoPoint point) {
                return true;
            }

            @Override
            public String forceGeoJson() {
                return "{\"type\":\"FeatureCollection\",\"features\":[]}";
            }
        };
    }
}
