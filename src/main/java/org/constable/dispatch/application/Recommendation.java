package org.constable.dispatch.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constable.dispatch.domain.Skills;
import org.constable.dispatch.persistence.IncidentRow;
import org.constable.dispatch.persistence.IncidentStore;
import org.constable.dispatch.persistence.UnitStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.mapping.EtaEstimator;
import org.constable.mapping.EtaMethod;
import org.constable.mapping.UnitEta;
import org.constable.mapping.UnitPosition;
import org.constable.shared.GeoPoint;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which units to send: available, with every skill the incident needs, fastest estimated arrival first. */
@Service
public class Recommendation {

    public record Recommended(
            long unitId, String callsign, String kind, String skills, long etaSeconds, long metres, EtaMethod method) {}

    private final IncidentStore incidents;
    private final UnitStore units;
    private final EtaEstimator etas;
    private final AccessPolicy policy;
    private final IncidentPlaces places;

    public Recommendation(
            IncidentStore incidents, UnitStore units, EtaEstimator etas, AccessPolicy policy, IncidentPlaces places) {
        this.places = places;
        this.incidents = incidents;
        this.units = units;
        this.etas = etas;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public List<Recommended> forIncident(Actor actor, long incidentId, int limit) {
        policy.require(actor, Permission.INCIDENT_READ);
        IncidentRow incident =
                incidents.find(incidentId).orElseThrow(() -> new RecordNotFound(RecordRef.of("incident", incidentId)));
        if (incident.latitude() == null) {
            return List.of();
        }
        Set<String> needed = Skills.parse(incident.requiredSkills());
        Map<Long, UnitStore.UnitRow> candidates = units.available().stream()
                .filter(u -> Skills.parse(u.skills()).containsAll(needed))
                .collect(Collectors.toMap(UnitStore.UnitRow::id, Function.identity()));
        List<UnitPosition> positions = candidates.values().stream()
                .map(u -> new UnitPosition(u.id(), new GeoPoint(u.latitude(), u.longitude())))
                .toList();
        // a dispatcher who may not see a restricted address still ranks units by the real point, but is
        // given whole minutes and half-kilometres: exact figures from several known unit positions
        // would locate the address
        boolean withheld = places.of(actor, incident).withheld();
        List<UnitEta> fastest = etas.fastest(
                new GeoPoint(incident.latitude(), incident.longitude()), positions, Math.max(1, Math.min(limit, 20)));
        return fastest.stream()
                .map(e -> {
                    UnitStore.UnitRow u = candidates.get(e.unitId());
                    return new Recommended(
                            u.id(),
                            u.callsign(),
                            u.kind(),
                            u.skills(),
                            withheld
                                    ? roundUp(e.eta().toSeconds(), 60)
                                    : e.eta().toSeconds(),
                            withheld ? roundUp(Math.round(e.metres()), 500) : Math.round(e.metres()),
                            e.method());
                })
                .toList();
    }

    private static long roundUp(long value, long step) {
        return Math.max(step, (value + step - 1) / step * step);
    }
}
