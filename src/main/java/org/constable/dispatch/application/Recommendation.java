package org.constable.dispatch.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constable.dispatch.domain.PlausibleArrivalRule;
import org.constable.dispatch.domain.Skills;
import org.constable.dispatch.domain.UnitKind;
import org.constable.dispatch.domain.UnitSuitabilityRule;
import org.constable.dispatch.domain.Words;
import org.constable.dispatch.persistence.IncidentRow;
import org.constable.dispatch.persistence.IncidentStore;
import org.constable.dispatch.persistence.UnitStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.mapping.EtaEstimator;
import org.constable.mapping.EtaMethod;
import org.constable.mapping.ForceAreas;
import org.constable.mapping.UnitEta;
import org.constable.mapping.UnitPosition;
import org.constable.shared.GeoPoint;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which units to send: available, with every skill the incident needs, ranked by estimated arrival
 * weighed by {@link UnitSuitabilityRule}; none for a place outside the force area and none with an
 * implausible arrival ({@link PlausibleArrivalRule}). Every other available unit is listed too, so
 * the dispatcher can send any of them by hand.
 */
@Service
public class Recommendation {

    /** A unit as the dispatcher weighs it; {@code etaSeconds} and {@code metres} are null when the place has no point. */
    public record Recommended(
            long unitId,
            String callsign,
            String kind,
            String skills,
            @Nullable Long etaSeconds,
            @Nullable Long metres,
            @Nullable EtaMethod method,
            String kindLabel,
            @Nullable String note) {}

    /**
     * What the incident page offers: the recommended units, every other available unit, why nothing is
     * recommended (null when something is), and how far outside the force area the place is (0 inside).
     */
    public record Advice(
            List<Recommended> recommended,
            List<Recommended> others,
            @Nullable String withheld,
            double metresOutsideForceArea) {}

    private static final int MAX_RECOMMENDED = 20;

    private final IncidentStore incidents;
    private final UnitStore units;
    private final EtaEstimator etas;
    private final ForceAreas areas;
    private final AccessPolicy policy;
    private final PlausibleArrivalRule plausible;
    private final IncidentPlaces places;

    public Recommendation(
            IncidentStore incidents,
            UnitStore units,
            EtaEstimator etas,
            ForceAreas areas,
            AccessPolicy policy,
            IncidentPlaces places,
            @Value("${constable.dispatch.longest-plausible-arrival:2h}") Duration longestPlausibleArrival) {
        this.places = places;
        this.incidents = incidents;
        this.units = units;
        this.etas = etas;
        this.areas = areas;
        this.policy = policy;
        this.plausible = new PlausibleArrivalRule(longestPlausibleArrival);
    }

    /** The recommended units only, best first (the API's answer). */
    @Transactional(readOnly = true)
    public List<Recommended> forIncident(Actor actor, long incidentId, int limit) {
        return advise(actor, incidentId, limit).recommended();
    }

    @Transactional(readOnly = true)
    public Advice advise(Actor actor, long incidentId, int limit) {
        policy.require(actor, Permission.INCIDENT_READ);
        IncidentRow incident = incidents
                .find(incidentId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.INCIDENT, incidentId)));
        List<UnitStore.UnitRow> available = units.available();
        GeoPoint place = incident.point();
        if (place == null) {
            List<Recommended> byCallsign = available.stream()
                    .sorted(Comparator.comparing(UnitStore.UnitRow::callsign))
                    .map(u -> recommended(u, null, note(u, incident), false))
                    .toList();
            return new Advice(
                    List.of(),
                    byCallsign,
                    "The place is not verified, so no arrival can be estimated: assign a unit by hand.",
                    0);
        }
        // a dispatcher who may not see a restricted address still ranks units by the real point, but is
        // given whole minutes and half-kilometres: exact figures from several known unit positions
        // would locate the address
        boolean placeWithheld = places.of(actor, incident).withheld();
        double outside = areas.metresOutside(place);
        Map<Long, UnitStore.UnitRow> byId =
                available.stream().collect(Collectors.toMap(UnitStore.UnitRow::id, Function.identity()));
        List<UnitEta> ranked = etas.fastest(
                place,
                available.stream()
                        .map(u -> new UnitPosition(
                                u.id(), Objects.requireNonNull(u.position(), "an available unit has a position")))
                        .toList(),
                Math.max(1, available.size()));
        Set<String> needed = Skills.parse(incident.requiredSkills());
        record Weighed(UnitEta eta, UnitSuitabilityRule.Suitability suitability) {
            Duration ranking() {
                return eta.eta().plus(suitability.weight());
            }
        }
        List<Weighed> candidates = new ArrayList<>();
        List<Recommended> others = new ArrayList<>();
        for (UnitEta e : ranked) {
            UnitStore.UnitRow u =
                    Objects.requireNonNull(byId.get(e.unitId()), "an estimate is made only for an available unit");
            Set<String> has = Skills.parse(u.skills());
            if (outside > 0 || !has.containsAll(needed) || !plausible.plausible(e.eta())) {
                others.add(recommended(u, e, note(u, incident), placeWithheld));
                continue;
            }
            candidates.add(new Weighed(e, UnitSuitabilityRule.of(u.kind(), has, incident.callType(), needed)));
        }
        candidates.sort(Comparator.comparing(Weighed::ranking)
                .thenComparingLong(w -> w.eta().unitId()));
        int wanted = Math.max(1, Math.min(limit, MAX_RECOMMENDED));
        List<Recommended> recommended = new ArrayList<>();
        for (Weighed w : candidates) {
            Recommended r = recommended(
                    Objects.requireNonNull(
                            byId.get(w.eta().unitId()), "an estimate is made only for an available unit"),
                    w.eta(),
                    w.suitability().reason(),
                    placeWithheld);
            if (recommended.size() < wanted) {
                recommended.add(r);
            } else {
                others.add(r);
            }
        }
        others.sort(Comparator.comparing((Recommended r) -> r.etaSeconds() == null ? Long.MAX_VALUE : r.etaSeconds()));
        String withheld = plausible.withheldFor(outside).orElse(null);
        if (withheld == null && recommended.isEmpty()) {
            if (available.isEmpty()) {
                withheld = "No unit is available: stand one down from a less urgent incident, or wait.";
            } else if (candidatesLackSkills(available, needed)) {
                withheld = "No available unit has every skill needed (" + Words.skill(String.join(", ", needed))
                        + "): assign a unit by hand.";
            } else {
                withheld = plausible.noneWithin();
            }
        }
        return new Advice(List.copyOf(recommended), List.copyOf(others), withheld, outside);
    }

    private static boolean candidatesLackSkills(List<UnitStore.UnitRow> available, Set<String> needed) {
        return available.stream().noneMatch(u -> Skills.parse(u.skills()).containsAll(needed));
    }

    /** What the dispatcher should know about sending this unit by hand. */
    private @Nullable String note(UnitStore.UnitRow u, IncidentRow incident) {
        Set<String> needed = Skills.parse(incident.requiredSkills());
        Set<String> has = Skills.parse(u.skills());
        List<String> missing = needed.stream().filter(s -> !has.contains(s)).toList();
        if (!missing.isEmpty()) {
            return "lacks " + Words.skill(String.join(", ", missing));
        }
        return UnitSuitabilityRule.of(u.kind(), has, incident.callType(), needed)
                .reason();
    }

    private Recommended recommended(UnitStore.UnitRow u, @Nullable UnitEta e, @Nullable String note, boolean coarse) {
        String shownNote = note;
        if (e != null && !plausible.plausible(e.eta())) {
            shownNote = "arrival estimate implausible" + (note == null ? "" : "; " + note);
        }
        return new Recommended(
                u.id(),
                u.callsign(),
                u.kind(),
                u.skills(),
                e == null
                        ? null
                        : coarse ? roundUp(e.eta().toSeconds(), 60) : e.eta().toSeconds(),
                e == null ? null : coarse ? roundUp(Math.round(e.metres()), 500) : Math.round(e.metres()),
                e == null ? null : e.method(),
                UnitKind.labelOf(u.kind()),
                shownNote);
    }

    private static long roundUp(long value, long step) {
        return Math.max(step, (value + step - 1) / step * step);
    }
}
