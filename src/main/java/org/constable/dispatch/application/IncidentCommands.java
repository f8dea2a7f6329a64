package org.constable.dispatch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.dispatch.ClosingClassifications;
import org.constable.dispatch.Grade;
import org.constable.dispatch.GradeCatalogue;
import org.constable.dispatch.IncidentChanged;
import org.constable.dispatch.IncidentClosed;
import org.constable.dispatch.UnitChanged;
import org.constable.dispatch.domain.AssignmentStatus;
import org.constable.dispatch.domain.UnitStatus;
import org.constable.dispatch.persistence.AssignmentStore;
import org.constable.dispatch.persistence.IncidentLogStore;
import org.constable.dispatch.persistence.IncidentRow;
import org.constable.dispatch.persistence.IncidentStore;
import org.constable.dispatch.persistence.UnitStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.Conflict;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to incidents and assignments. Each asks AccessPolicy, writes the incident log and tells the board. */
@Service
public class IncidentCommands {

    private final IncidentStore incidents;
    private final IncidentLogStore log;
    private final AssignmentStore assignments;
    private final UnitStore units;
    private final GradeCatalogue grades;
    private final ClosingClassifications closings;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlaceDisclosures disclosures;

    public IncidentCommands(
            IncidentStore incidents,
            IncidentLogStore log,
            AssignmentStore assignments,
            UnitStore units,
            GradeCatalogue grades,
            ClosingClassifications closings,
            AccessPolicy policy,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            PlaceDisclosures disclosures) {
        this.disclosures = disclosures;
        this.incidents = incidents;
        this.log = log;
        this.assignments = assignments;
        this.units = units;
        this.grades = grades;
        this.closings = closings;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void changeGrade(Actor actor, long incidentId, String gradeCode, String reason) {
        policy.require(actor, Permission.DISPATCH);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A changed grade needs a reason.");
        }
        IncidentRow row = openIncident(incidentId);
        Grade grade = grades.require(gradeCode);
        if (grade.code().equals(row.grade())) {
            throw new IllegalArgumentException("The incident is already graded " + grade.label() + ".");
        }
        Instant attendBy = grade.target(row.urban()).map(row.openedAt()::plus).orElse(null);
        incidents.changeGrade(incidentId, grade.code(), attendBy);
        log.append(
                incidentId,
                clock.instant(),
                actor.username(),
                "GRADE",
                "Grade changed from " + row.grade() + " to " + grade.code() + ": " + reason.trim());
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(RecordType.INCIDENT, incidentId))
                .withDetail("grade " + row.grade() + " -> " + grade.code() + "; reason: " + reason.trim()));
        events.publishEvent(new IncidentChanged(incidentId, "grade"));
    }

    /** Assigns units to an open incident. A unit already on an active assignment is refused, by the code and by the database. */
    @Transactional
    public void assign(Actor actor, long incidentId, List<Long> unitIds) {
        policy.require(actor, Permission.DISPATCH);
        if (unitIds == null || unitIds.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one unit.");
        }
        IncidentRow row = openIncident(incidentId);
        Instant now = clock.instant();
        List<UnitStore.UnitRow> sent = new java.util.ArrayList<>();
        for (long unitId : unitIds) {
            UnitStore.UnitRow unit =
                    units.lock(unitId).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.UNIT, unitId)));
            if (!UnitStatus.AVAILABLE.name().equals(unit.status())) {
                throw new Conflict("Unit " + unit.callsign() + " is not available ("
                        + unit.status().toLowerCase(Locale.ROOT).replace('_', ' ') + ").");
            }
            try {
                assignments.insert(incidentId, unitId, now, actor.username());
            } catch (DuplicateKeyException e) {
                throw new Conflict("Unit " + unit.callsign() + " is already assigned to another incident.");
            }
            units.setStatus(unitId, UnitStatus.COMMITTED.name());
            log.append(incidentId, now, actor.username(), "ASSIGN", unit.callsign() + " assigned.");
            events.publishEvent(new UnitChanged(unitId, unit.callsign(), UnitStatus.COMMITTED.name()));
            sent.add(unit);
        }
        incidents.markAssigned(incidentId, now);
        disclosures.onAssigned(actor, row, sent);
        events.publishEvent(new IncidentChanged(row.id(), "assignment"));
    }

    /** An assigned unit moves on: en route, at scene, clear. Officers may only move their own unit. */
    @Transactional
    public void progress(Actor actor, long unitId, AssignmentStatus next) {
        requireOwnUnit(actor, unitId);
        UnitStore.UnitRow unit =
                units.lock(unitId).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.UNIT, unitId)));
        AssignmentStore.AssignmentRow a = assignments
                .activeForUnit(unitId)
                .orElseThrow(() -> new Conflict("Unit " + unit.callsign() + " has no active assignment."));
        AssignmentStatus current = AssignmentStatus.valueOf(a.status());
        if (!current.mayMoveTo(next)) {
            throw new Conflict("Unit " + unit.callsign() + " cannot go from "
                    + current.label().toLowerCase(java.util.Locale.ROOT) + " to "
                    + next.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        Instant now = clock.instant();
        assignments.setStatus(a.id(), next.name(), now);
        units.setStatus(unitId, next.unitStatus().name());
        if (next == AssignmentStatus.AT_SCENE) {
            incidents.markArrived(a.incidentId(), now);
        }
        log.append(
                a.incidentId(),
                now,
                actor.username(),
                "STATUS",
                unit.callsign() + " " + next.label().toLowerCase(java.util.Locale.ROOT) + ".");
        events.publishEvent(
                new UnitChanged(unitId, unit.callsign(), next.unitStatus().name()));
        events.publishEvent(new IncidentChanged(a.incidentId(), "unit status"));
    }

    /** Status a unit sets itself when it has no assignment: available, refreshment, off duty. */
    @Transactional
    public void setUnitStatus(Actor actor, long unitId, UnitStatus status) {
        requireOwnUnit(actor, unitId);
        if (!status.settableByHand()) {
            throw new IllegalArgumentException(
                    status.label() + " follows from an assignment and cannot be set by hand.");
        }
        UnitStore.UnitRow unit =
                units.lock(unitId).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.UNIT, unitId)));
        if (assignments.activeForUnit(unitId).isPresent()) {
            throw new Conflict("Unit " + unit.callsign() + " is on an assignment: clear it first.");
        }
        units.setStatus(unitId, status.name());
        events.publishEvent(new UnitChanged(unitId, unit.callsign(), status.name()));
    }

    @Transactional
    public void addLogEntry(Actor actor, long incidentId, String text) {
        policy.require(actor, Permission.INCIDENT_LOG_WRITE);
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new IllegalArgumentException("A log entry is 1 to 4000 characters.");
        }
        if (incidents.find(incidentId).isEmpty()) {
            throw new RecordNotFound(RecordRef.of(RecordType.INCIDENT, incidentId));
        }
        log.append(incidentId, clock.instant(), actor.username(), "UPDATE", text.trim());
        events.publishEvent(new IncidentChanged(incidentId, "log"));
    }

    /** Closes an incident with a classification; a crime-indicative one is handed to crime recording. */
    @Transactional
    public void close(Actor actor, long incidentId, String classificationCode, String note) {
        close(actor, incidentId, classificationCode, note, false);
    }

    /**
     * Closes an incident; with {@code clearUnits}, the units still on it are cleared first (the log
     * says the dispatcher did it), otherwise they must have cleared themselves.
     */
    @Transactional
    public void close(Actor actor, long incidentId, String classificationCode, String note, boolean clearUnits) {
        policy.require(actor, Permission.DISPATCH);
        ClosingClassifications.Classification c = closings.require(classificationCode);
        IncidentRow row = openIncident(incidentId);
        List<AssignmentStore.AssignmentRow> still = assignments.ofIncident(incidentId).stream()
                .filter(AssignmentStore.AssignmentRow::active)
                .toList();
        if (!still.isEmpty() && !clearUnits) {
            throw new Conflict("Units are still assigned to " + row.reference() + " ("
                    + String.join(
                            ", ",
                            still.stream()
                                    .map(AssignmentStore.AssignmentRow::callsign)
                                    .toList())
                    + "): clear them first, or close and clear them.");
        }
        for (AssignmentStore.AssignmentRow a : still) {
            clearOnClosing(actor, a);
        }
        Instant now = clock.instant();
        incidents.close(incidentId, c.code(), c.crimeIndicative(), now, actor.username());
        log.append(
                incidentId,
                now,
                actor.username(),
                "CLOSE",
                "Closed as " + c.label() + (note == null || note.isBlank() ? "." : ": " + note.trim()));
        events.publishEvent(new IncidentClosed(
                incidentId,
                row.reference(),
                c.code(),
                c.crimeIndicative(),
                row.openedAt(),
                now,
                row.locationText(),
                row.latitude(),
                row.longitude(),
                row.locationId(),
                actor.username()));
        events.publishEvent(new IncidentChanged(incidentId, "closed"));
    }

    private void clearOnClosing(Actor actor, AssignmentStore.AssignmentRow a) {
        UnitStore.UnitRow unit = units.lock(a.unitId()).orElseThrow();
        Instant now = clock.instant();
        assignments.setStatus(a.id(), AssignmentStatus.CLEARED.name(), now);
        units.setStatus(a.unitId(), UnitStatus.AVAILABLE.name());
        log.append(
                a.incidentId(),
                now,
                actor.username(),
                "STATUS",
                unit.callsign() + " cleared by the dispatcher on closing the incident.");
        events.publishEvent(new UnitChanged(a.unitId(), unit.callsign(), UnitStatus.AVAILABLE.name()));
    }

    /** Puts an officer on a unit's crew, so their phone shows the unit's assignment. */
    @Transactional
    public void crew(Actor actor, long unitId, long userId) {
        policy.require(actor, Permission.DISPATCH);
        crew(
                actor,
                units.find(unitId).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.UNIT, unitId))),
                userId);
    }

    @Transactional
    public void crew(Actor actor, String callsign, long userId) {
        policy.require(actor, Permission.DISPATCH);
        crew(
                actor,
                units.byCallsign(callsign.trim().toUpperCase(Locale.ROOT))
                        .orElseThrow(
                                () -> new IllegalArgumentException("No unit with callsign '" + callsign.trim() + "'.")),
                userId);
    }

    private void crew(Actor actor, UnitStore.UnitRow unit, long userId) {
        long unitId = unit.id();
        units.crew(userId, unit.id());
        audit.record(AuditRecord.of(
                        Operation.ALTERATION,
                        actor,
                        null,
                        RecordRef.of(RecordType.UNIT, unitId),
                        RecordRef.of(RecordType.USER, userId))
                .withDetail("crewed user " + userId + " on " + unit.callsign()));
        assignments
                .activeForUnit(unitId)
                .flatMap(a -> incidents.find(a.incidentId()))
                .ifPresent(incident -> disclosures.onCrewed(actor, unit, userId, incident));
    }

    /**
     * UNIT_STATUS lets an officer move only the unit they crew ({@link CrewMovesTheirOwnUnit}); a
     * dispatcher may move any unit. The decision and its audited refusal are AccessPolicy's.
     */
    private void requireOwnUnit(Actor actor, long unitId) {
        policy.require(actor, Permission.UNIT_STATUS);
        policy.requireRecordAccess(
                actor,
                Permission.DISPATCH,
                RecordRef.of(RecordType.UNIT, unitId),
                "You can only update the unit you crew.");
    }

    private IncidentRow openIncident(long id) {
        IncidentRow row =
                incidents.lock(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.INCIDENT, id)));
        if (!row.open()) {
            throw new Conflict("Incident " + row.reference() + " is closed.");
        }
        return row;
    }
}
