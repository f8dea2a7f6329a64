package org.constable.search.application;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The search index in the health endpoint, as component {@code searchIndex}: UP when it holds every
 * record; DEGRADED while it is being rebuilt or when records could not be indexed (search works but
 * may miss them); DOWN when the last rebuild stopped. DEGRADED is a status of Constable's own, ordered
 * between OUT_OF_SERVICE and UP and answered with 503 (application.yml), so a monitor that only reads
 * the HTTP status still sees it; {@code personNameParts} says whether person search has read the
 * index's name parts into memory yet (READING at start, then IN_MEMORY; ADR 0063). The readiness and liveness probes do not include it, as the
 * application serves everything else meanwhile. The reason is a sentence, never a record or a value.
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED");

    private final SearchIndexState state;
    private final SearchIndex index;

    SearchIndexHealthIndicator(SearchIndexState state, SearchIndex index) {
        this.state = state;
        this.index = index;
    }

    @Override
    public Health health() {
        SearchIndexState.IndexStatus s = state.status();
        Health.Builder health = switch (s.state()) {
            case COMPLETE -> Health.up();
            case REBUILDING, INCOMPLETE -> Health.status(DEGRADED);
            case FAILED -> Health.down();
        };
        health.withDetail("state", s.state().name()).withDetail("failedDocuments", s.failedDocuments());
        if (s.message() != null) {
            health.withDetail("reason", s.message());
        }
        // person search is as right either way; while the parts are being read it is slower
        health.withDetail("personNameParts", index.personParts().ready() ? "IN_MEMORY" : "READING");
        SearchProjection.Progress p = state.rebuilding();
        if (p != null) {
            health.withDetail("rebuilding", p);
        }
        return health.build();
    }
}
