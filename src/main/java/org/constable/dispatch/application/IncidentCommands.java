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
import org.constable.dispatch.domain.Assignment;
import org.constable.dispatch.domain.AssignmentStatus;
import org.constable.dispatch.domain.Incident;
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
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
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
        Incident.regradeReason(reason);
        Incident incident = openIncident(incidentId);
        Grade grade = grades.require(gradeCode);
        Incident.Regrading r = incident.regrade(grade, reason);
        incidents.changeGrade(incidentId, r.to(), r.attendBy());
        log.append(
                incidentId,
                clock.instant(),
                actor.username(),
                "GRADE",
                "Grade changed from " + r.from() + " to " + r.to() + ": " + r.reason());
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(RecordType.INCIDENT, incidentId))
                .withDetail("grade " + r.from() + " -> " + r.to() + "; reason: " + r.reason()));
        events.publishEvent(new IncidentChanged(incidentId, "grade"));
    }

    /** Assigns units to an open incident. A unit already on an active assignment is refused, by the code and by the database. */
    @Transactional
    public void assign(Actor actor, long incidentId, List<Long> unitIds) {
        policy.require(actor, Permission.DISPATCH);
        if (unitIds == null || unitIds.isEmpty()) {
            throw new InvalidInput("unitIds", "Choose at least one unit.");
        }
        IncidentRow row = lockIncident(incidentId);
        row.toIncident().requireOpen();
        Instant now = clock.instant();
        List<UnitStore.UnitRow> sent = new java.util.ArrayList<>();
        // units are locked in one order, whatever order the dispatcher named them in: two dispatchers
        // sending the same two units then queue for the first instead of deadlocking on each other
        for (long unitId : unitIds.stream().distinct().sorted().toList()) {
            UnitStore.UnitRow unit =
                    units.lock(unitId).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.UNIT, unitId)));
            UnitStatus committed = Assignment.assign(unit.callsign(), unit.status());
            try {
                assignments.insert(incidentId, unitId, now, actor.username());
            } catch (DuplicateKeyException e) {
                throw new Conflict("Unit " + unit.callsign() + " is already assigned to another incident.");
            }
            units.setStatus(unitId, committed);
            log.append(incidentId, now, actor.username(), "ASSIGN", unit.callsign() + " assigned.");
            events.publishEvent(new UnitChanged(unitId, unit.callsign(), committed));
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
        Assignment.Step step = a.toAssignment().progress(next);
        Instant now = clock.instant();
        assignments.setStatus(a.id(), step.status(), now);
        units.setStatus(unitId, step.unitStatus());
        if (step.arrived()) {
            incidents.markArrived(a.incidentId(), now);
        }
        log.append(a.incidentId(), now, actor.username(), "STATUS", step.logText());
        events.publishEvent(new UnitChanged(unitId, unit.callsign(), step.unitStatus()));
        events.publishEvent(new IncidentChanged(a.incidentId(), "unit status"));
    }

    /** Status a unit sets itself when it has no assignment: available, refreshment, off duty. */
    @Transactional
    public void setUnitStatus(Actor actor, long unitId, UnitStatus status) {
        requireOwnUnit(actor, unitId);
        if (!status.settableByHand()) {
            throw new InvalidInput("status", status.label() + " follows from an assignment and cannot be set by hand.");
        }
        UnitStore.UnitRow unit =
                units.lock(unitId).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.UNIT, unitId)));
        if (assignments.activeForUnit(unitId).isPresent()) {
            throw new Conflict("Unit " + unit.callsign() + " is on an assignment: clear it first.");
        }
        units.setStatus(unitId, status);
        events.publishEvent(new UnitChanged(unitId, unit.callsign(), status));
    }

    @Transactional
    public void addLogEntry(Actor actor, long incidentId, String text) {
        policy.require(actor, Permission.INCIDENT_LOG_WRITE);
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new InvalidInput("text", "A log entry is 1 to 4000 characters.");
        }
        if (incidents.find(incidentId).isEmpty()) {
            throw new RecordNotFound(RecordRef.of(RecordType.INCIDENT, incidentId));
        }
        log.append(incidentId, clock.instant(), actor.username(), "UPDATE", text.trim());
        events.publishEvent(new IncidentChanged(incidentId, "log"));
    }

    /** Closes an incident with a classification; a crime-indicative one is handed to crime recording. */
    @Transactional
    public void close(Actor actor, long incidentId, String classificationCode, @Nullable String note) {
        close(actor, incidentId, classificationCode, note, false);
    }

    /**
     * Closes an incident; with {@code clearUnits}, the units still on it are cleared first (the log
     * says the dispatcher did it), otherwise they must have cleared themselves.
     */
    @Transactional
    public void close(
            Actor actor, long incidentId, String classificationCode, @Nullable String note, boolean clearUnits) {
        policy.require(actor, Permission.DISPATCH);
        ClosingClassifications.Classification c = closings.require(classificationCode);
        IncidentRow row = lockIncident(incidentId);
        List<AssignmentStore.AssignmentRow> still = assignments.ofIncident(incidentId).stream()
                .filter(AssignmentStore.AssignmentRow::active)
                .toList();
        Incident.Closing closing = row.toIncident()
                .close(
                        c.code(),
                        c.label(),
                        c.crimeIndicative(),
                        note,
                        still.stream()
                                .map(AssignmentStore.AssignmentRow::callsign)
                                .toList(),
                        clearUnits);
        for (AssignmentStore.AssignmentRow a : still) {
            clearOnClosing(actor, a);
        }
        Instant now = clock.instant();
        incidents.close(incidentId, closing.classification(), closing.crimeIndicative(), now, actor.username());
        log.append(incidentId, now, actor.username(), "CLOSE", closing.logText());
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
        Assignment.Step step = a.toAssignment().clearOnClosing();
        Instant now = clock.instant();
        assignments.setStatus(a.id(), step.status(), now);
        units.setStatus(a.unitId(), step.unitStatus());
        log.append(a.incidentId(), now, actor.username(), "STATUS", step.logText());
        events.publishEvent(new UnitChanged(a.unitId(), unit.callsign(), step.unitStatus()));
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
                                () -> new InvalidInput("callsign", "No unit with callsign '" + callsign.trim() + "'.")),
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

    private Incident openIncident(long id) {
        Incident incident = lockIncident(id).toIncident();
        incident.requireOpen();
        return incident;
    }

    private IncidentRow lockIncident(long id) {
        return incidents.lock(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.INCIDENT, id)));
    }
}
