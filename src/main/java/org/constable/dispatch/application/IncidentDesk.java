package org.constable.dispatch.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.dispatch.Grade;
import org.constable.dispatch.GradeCatalogue;
import org.constable.dispatch.IncidentChanged;
import org.constable.dispatch.IncidentRaised;
import org.constable.dispatch.Incidents;
import org.constable.dispatch.domain.GridCell;
import org.constable.dispatch.domain.Incident;
import org.constable.dispatch.domain.Skills;
import org.constable.dispatch.persistence.IncidentLogStore;
import org.constable.dispatch.persistence.IncidentRow;
import org.constable.dispatch.persistence.IncidentStore;
import org.constable.identity.Actor;
import org.constable.mapping.Beat;
import org.constable.mapping.ForceAreas;
import org.constable.shared.GeoPoint;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The facade contact handling uses: raising and joining incidents, and finding incidents by place. */
@Service
class IncidentDesk implements Incidents {

    private final IncidentStore incidents;
    private final IncidentLogStore log;
    private final GradeCatalogue grades;
    private final org.constable.dispatch.ClosingClassifications closingLabels;
    private final ForceAreas areas;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IncidentPlaces places;

    IncidentDesk(
            IncidentStore incidents,
            IncidentLogStore log,
            GradeCatalogue grades,
            org.constable.dispatch.ClosingClassifications closingLabels,
            ForceAreas areas,
            ApplicationEventPublisher events,
            Clock clock,
            IncidentPlaces places) {
        this.places = places;
        this.incidents = incidents;
        this.log = log;
        this.grades = grades;
        this.closingLabels = closingLabels;
        this.areas = areas;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Raised raise(String actor, NewIncident n, String callReference) {
        Grade grade = grades.require(n.grade());
        Instant now = clock.instant();
        GeoPoint p = n.point();
        boolean urban = p == null || areas.isUrban(p);
        String beat = p == null ? null : areas.beatAt(p).map(Beat::code).orElse(null);
        Instant attendBy = Incident.attendBy(grade, urban, now);
        IncidentRow row = incidents.insert(new IncidentStore.NewRow(
                now,
                actor,
                n.callType(),
                n.summary(),
                grade.code(),
                attendBy,
                urban,
                beat,
                n.locationText(),
                p == null ? null : p.latitude(),
                p == null ? null : p.longitude(),
                n.locationId(),
                n.locationUnverified(),
                p == null ? null : GridCell.of(p.latitude(), p.longitude()),
                Skills.format(Skills.parse(n.requiredSkills()))));
        log.append(
                row.id(),
                now,
                actor,
                "CALL",
                "Call " + callReference + " raised the incident, graded " + grade.label()
                        + (n.locationUnverified() ? "; location not verified against the gazetteer" : "") + ". "
                        + n.summary());
        events.publishEvent(new IncidentRaised(row.id(), row.reference(), grade.code(), now));
        return new Raised(row.id(), row.reference());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Raised join(String actor, long incidentId, String callReference, String summary) {
        IncidentRow row = incidents
                .lock(incidentId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.INCIDENT, incidentId)));
        row.toIncident().attachCall();
        log.append(
                incidentId,
                clock.instant(),
                actor,
                "CALL",
                "Call " + callReference + " joined this incident. " + summary);
        events.publishEvent(new IncidentChanged(incidentId, "call joined"));
        return new Raised(row.id(), row.reference());
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncidentSummary> near(Actor actor, GeoPoint point, double radiusMetres, int limit) {
        return withinRadius(actor, point, radiusMetres, null, false, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncidentSummary> atLocation(Actor actor, long locationId, int limit) {
        return shown(actor, incidents.atLocation(locationId, limit), null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncidentSummary> byIds(Actor actor, Collection<Long> ids) {
        return shown(actor, incidents.byIds(ids), null);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<IncidentSummary> byReference(Actor actor, String reference) {
        return incidents
                .byReference(reference)
                .flatMap(r -> shown(actor, List.of(r), null).stream().findFirst());
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncidentSummary> openNear(
            Actor actor, GeoPoint point, double radiusMetres, Duration window, int limit) {
        return withinRadius(actor, point, radiusMetres, clock.instant().minus(window), true, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> withheldFrom(Actor actor, Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : places.withheldFrom(actor, incidents.byIds(ids));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> existing(Collection<Long> ids) {
        return incidents.existing(ids);
    }

    private List<IncidentSummary> withinRadius(
            Actor actor, GeoPoint point, double radius, @Nullable Instant since, boolean openOnly, int limit) {
        List<Long> cells = GridCell.covering(point.latitude(), point.longitude(), radius);
        List<IncidentRow> rows = incidents.inCells(cells, since, openOnly, limit * 4 + 20).stream()
                .filter(r -> {
                    GeoPoint at = r.point();
                    return at != null && at.metresTo(point) <= radius;
                })
                .sorted(Comparator.comparing(IncidentRow::openedAt).reversed())
                .limit(limit)
                .toList();
        return shown(actor, rows, point);
    }

    /**
     * The rows as the actor may see them, in their order. A withheld place has no distance either:
     * a distance from a point the caller chose would locate it.
     */
    private List<IncidentSummary> shown(Actor actor, List<IncidentRow> rows, @Nullable GeoPoint from) {
        Map<Long, IncidentPlaces.Place> verdicts = places.of(actor, rows);
        return rows.stream()
                .map(r -> {
                    IncidentPlaces.Place place = IncidentPlaces.verdict(verdicts, r);
                    GeoPoint at = r.point();
                    Double distance = from == null || place.withheld() || at == null ? null : at.metresTo(from);
                    return summary(IncidentPlaces.shown(r, place), distance, place.restricted());
                })
                .toList();
    }

    IncidentSummary summary(IncidentRow r, @Nullable Double distance, boolean placeRestricted) {
        return new IncidentSummary(
                r.id(),
                r.reference(),
                r.openedAt(),
                r.grade(),
                r.status(),
                r.callType(),
                r.locationText(),
                distance,
                r.closingClassification(),
                placeRestricted,
                r.closingClassification() == null
                        ? null
                        : closingLabels
                                .find(r.closingClassification())
                                .map(org.constable.dispatch.ClosingClassifications.Classification::label)
                                .orElse(r.closingClassification()));
    }
}
