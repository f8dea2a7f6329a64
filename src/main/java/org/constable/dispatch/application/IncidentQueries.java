package org.constable.dispatch.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.dispatch.GradeCatalogue;
import org.constable.dispatch.persistence.AssignmentStore;
import org.constable.dispatch.persistence.IncidentLogStore;
import org.constable.dispatch.persistence.IncidentRow;
import org.constable.dispatch.persistence.IncidentStore;
import org.constable.dispatch.persistence.UnitStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.RecordAccess;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the board, the incident page and the officer's phone show. */
@Service
public class IncidentQueries {

    public record BoardIncident(
            long id,
            String reference,
            String grade,
            String gradeLabel,
            int urgency,
            String callType,
            String locationText,
            Double latitude,
            Double longitude,
            Instant openedAt,
            long ageSeconds,
            Instant attendBy,
            Long secondsToTarget,
            boolean breached,
            boolean attended,
            List<String> units) {}

    public record BoardUnit(
            long id,
            String callsign,
            String kind,
            String skills,
            String status,
            Double latitude,
            Double longitude,
            String incidentReference) {}

    public record Board(Instant at, List<BoardIncident> incidents, List<BoardUnit> units) {}

    public record IncidentView(
            IncidentRow incident,
            String gradeLabel,
            List<IncidentLogStore.Entry> log,
            List<AssignmentStore.AssignmentRow> assignments,
            Long secondsToTarget,
            boolean breached) {}

    private final IncidentStore incidents;
    private final IncidentLogStore log;
    private final AssignmentStore assignments;
    private final UnitStore units;
    private final GradeCatalogue grades;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    public IncidentQueries(
            IncidentStore incidents,
            IncidentLogStore log,
            AssignmentStore assignments,
            UnitStore units,
            GradeCatalogue grades,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.incidents = incidents;
        this.log = log;
        this.assignments = assignments;
        this.units = units;
        this.grades = grades;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open incidents, most urgent grade first, then oldest; every unit with what it is doing. */
    @Transactional(readOnly = true)
    public Board board(Actor actor) {
        policy.require(actor, Permission.INCIDENT_READ);
        Instant now = clock.instant();
        List<AssignmentStore.AssignmentRow> active = assignments.active();
        Map<Long, List<String>> unitsByIncident = active.stream()
                .collect(Collectors.groupingBy(
                        AssignmentStore.AssignmentRow::incidentId,
                        Collectors.mapping(a -> a.callsign() + " " + a.status(), Collectors.toList())));
        List<IncidentRow> openRows = incidents.open();
        List<BoardIncident> open = openRows.stream()
                .map(r -> {
                    Long toTarget = r.attendBy() == null
                            ? null
                            : Duration.between(now, r.attendBy()).toSeconds();
                    boolean attended = r.firstArrivedAt() != null;
                    boolean breached = r.attendBy() != null
                            && (attended ? r.firstArrivedAt().isAfter(r.attendBy()) : now.isAfter(r.attendBy()));
                    return new BoardIncident(
                            r.id(),
                            r.reference(),
                            r.grade(),
                            grades.find(r.grade()).map(g -> g.label()).orElse(r.grade()),
                            grades.urgency(r.grade()),
                            r.callType(),
                            r.locationText(),
                            r.latitude(),
                            r.longitude(),
                            r.openedAt(),
                            Duration.between(r.openedAt(), now).toSeconds(),
                            r.attendBy(),
                            toTarget,
                            breached,
                            attended,
                            unitsByIncident.getOrDefault(r.id(), List.of()));
                })
                .sorted(Comparator.comparingInt(BoardIncident::urgency).thenComparing(BoardIncident::openedAt))
                .toList();
        // an incident cannot close while a unit is still assigned, so every active assignment is on an open incident
        Map<Long, String> referenceOf =
                openRows.stream().collect(Collectors.toMap(IncidentRow::id, IncidentRow::reference));
        Map<Long, String> incidentOfUnit = active.stream()
                .collect(Collectors.toMap(
                        AssignmentStore.AssignmentRow::unitId,
                        a -> referenceOf.getOrDefault(a.incidentId(), "?"),
                        (a, b) -> a));
        List<BoardUnit> unitList = units.all().stream()
                .map(u -> new BoardUnit(
                        u.id(),
                        u.callsign(),
                        u.kind(),
                        u.skills(),
                        u.status(),
                        u.latitude(),
                        u.longitude(),
                        incidentOfUnit.get(u.id())))
                .toList();
        return new Board(now, open, unitList);
    }

    /**
     * One incident with its log; opening it is an audited consultation. Besides those whose role reads
     * incidents, a named access rule may open this one incident (the officer in charge of a crime
     * raised from it); the audit entry then names the rule.
     */
    @Transactional
    public IncidentView incident(Actor actor, long id, String purpose) {
        RecordAccess access = policy.requireRecordAccess(actor, Permission.INCIDENT_READ, RecordRef.of("incident", id));
        IncidentRow r = incidents.find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of("incident", id)));
        Instant now = clock.instant();
        Long toTarget = r.attendBy() == null
                ? null
                : Duration.between(now, r.attendBy()).toSeconds();
        boolean breached = r.attendBy() != null
                && (r.firstArrivedAt() != null ? r.firstArrivedAt().isAfter(r.attendBy()) : now.isAfter(r.attendBy()));
        IncidentView view = new IncidentView(
                r,
                grades.find(r.grade()).map(g -> g.label()).orElse(r.grade()),
                log.of(id),
                assignments.ofIncident(id),
                toTarget,
                breached);
        AuditRecord read = AuditRecord.of(Operation.CONSULTATION, actor, purpose, RecordRef.of("incident", id));
        audit.record(access.byRole() ? read : read.withDetail("read " + access.describe()));
        return view;
    }

    /** The unit an officer crews and its active assignment, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<UnitStore.UnitRow> crewedUnit(Actor actor) {
        return units.unitCrewedBy(actor.userId()).flatMap(units::find);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AssignmentStore.AssignmentRow> activeAssignment(long unitId) {
        return assignments.activeForUnit(unitId);
    }
}
