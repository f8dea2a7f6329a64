package org.constable.platform;

import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}, from the {@link DatabaseWatch}'s last look: it
 * answers at once, where a check through the pools waited for a connection (60 s to say DOWN, issue
 * 19). Replaces Spring Boot's own check of each data source ({@code management.health.db.enabled}).
 */
@Component("database")
class DatabaseHealthIndicator implements HealthIndicator {

    private final DatabaseWatch watch;

    DatabaseHealthIndicator(DatabaseWatch watch) {
        this.watch = watch;
    }

    @Override
    public Health health() {
        Instant down = watch.downSince();
        return down == null
                ? Health.up().build()
                : Health.down()
                        .withDetail("since", down.toString())
                        .withDetail("reason", watch.reason())
                        .build();
    }
}
