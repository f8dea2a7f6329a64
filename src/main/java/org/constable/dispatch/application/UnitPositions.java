package org.constable.dispatch.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.constable.dispatch.UnitChanged;
import org.constable.dispatch.persistence.UnitStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.GeoPoint;
import org.constable.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic vehicle location feed, in batches. A batch is checked whole before anything is
 * stored; a position older than the one held is ignored, so batches may arrive out of order.
 */
@Service
public class UnitPositions {

    public record Position(String callsign, double latitude, double longitude, Instant at) {}

    public record BatchResult(int accepted, int ignoredAsOlder, List<String> unknownCallsigns) {}

    private final UnitStore units;
    private final org.constable.mapping.EtaEstimator etas;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public UnitPositions(
            UnitStore units,
            org.constable.mapping.EtaEstimator etas,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.units = units;
        this.etas = etas;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public BatchResult update(Actor actor, List<Position> batch) {
        policy.require(actor, Permission.AVL_FEED);
        if (batch == null || batch.isEmpty() || batch.size() > 5000) {
            throw new InvalidInput("positions", "A batch holds 1 to 5000 positions.");
        }
        Instant latestAllowed = clock.instant().plus(Duration.ofMinutes(2));
        List<String> unknown = new ArrayList<>();
        java.util.Map<String, UnitStore.UnitRow> known = new java.util.HashMap<>();
        for (Position p : batch) {
            if (p.callsign() == null || p.at() == null) {
                throw new InvalidInput("positions", "Every position needs a callsign and a time.");
            }
            new GeoPoint(p.latitude(), p.longitude());
            if (p.at().isAfter(latestAllowed)) {
                throw new InvalidInput("positions", "Position for " + p.callsign() + " is in the future: " + p.at());
            }
            units.byCallsign(p.callsign())
                    .ifPresentOrElse(u -> known.put(u.callsign(), u), () -> unknown.add(p.callsign()));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput("positions", "Unknown callsigns: " + unknown + ". Nothing was stored.");
        }
        int accepted = 0;
        List<GeoPoint> moved = new ArrayList<>();
        for (Position p : batch) {
            if (units.setPosition(p.callsign(), p.latitude(), p.longitude(), p.at())) {
                accepted++;
                moved.add(new GeoPoint(p.latitude(), p.longitude()));
                UnitStore.UnitRow u = Objects.requireNonNull(known.get(p.callsign()), "every callsign was found above");
                events.publishEvent(new UnitChanged(u.id(), u.callsign(), u.status()));
            }
        }
        etas.prepare(moved);
        return new BatchResult(accepted, batch.size() - accepted, List.of());
    }
}
