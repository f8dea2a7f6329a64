package org.constable.dispatch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.constable.dispatch.IncidentChanged;
import org.constable.dispatch.UnitChanged;
import org.constable.dispatch.domain.Assignment;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher changing their mind: standing a unit down from an incident (un-assigning it, if it
 * had not set off), and re-assigning a unit from one incident to another in one step. Each writes
 * the incident log and tells the board and the unit's phone.
 */
@Service
public class UnitDeployment {

    private final IncidentStore incidents;
    private final IncidentLogStore log;
    private final AssignmentStore assignments;
    private final UnitStore units;
    private final IncidentCommands commands;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public UnitDeployment(
            IncidentStore incidents,
            IncidentLogStore log,
            AssignmentStore assignments,
            UnitStore units,
            IncidentCommands commands,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.incidents = incidents;
        this.log = log;
        this.assignments = assignments;
        this.units = units;
        this.commands = commands;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Takes a unit off an incident: it becomes available, and the log says why. */
    @Transactional
    public void standDown(Actor actor, long incidentId, long unitId, String reason) {
        policy.require(actor, Permission.DISPATCH);
        String why = reason(reason);
        IncidentRow incident = incidents
                .lock(incidentId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.INCIDENT, incidentId)));
        end(actor, incident, unitId, why);
    }

    /** Moves a unit from the incident it is on to another open incident, in one step. */
    @Transactional
    public void reassign(Actor actor, long unitId, long toIncidentId, @Nullable String reason) {
        policy.require(actor, Permission.DISPATCH);
        String why = reason(reason);
        UnitStore.UnitRow unit =
                units.find(unitId).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.UNIT, unitId)));
        AssignmentStore.AssignmentRow current = assignments
                .activeForUnit(unitId)
                .orElseThrow(() -> new Conflict("Unit " + unit.callsign() + " is on no incident: assign it instead."));
        if (current.incidentId() == toIncidentId) {
            throw new InvalidInput(
                    "toIncidentId", "Unit " + unit.callsign() + " is already on that incident: choose another one.");
        }
        IncidentRow to = incidents
                .find(toIncidentId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.INCIDENT, toIncidentId)));
        to.toIncident().requireOpen(": choose an open incident");
        IncidentRow from = incidents.lock(current.incidentId()).orElseThrow();
        end(actor, from, unitId, "re-assigned to " + to.reference() + (why == null ? "" : ": " + why));
        commands.assign(actor, toIncidentId, List.of(unitId));
    }

    private void end(Actor actor, IncidentRow incident, long unitId, @Nullable String why) {
        UnitStore.UnitRow unit =
                units.lock(unitId).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.UNIT, unitId)));
        AssignmentStore.AssignmentRow a = assignments
                .activeForUnit(unitId)
                .filter(x -> x.incidentId() == incident.id())
                .orElseThrow(() ->
                        new Conflict("Unit " + unit.callsign() + " is not on " + incident.reference() + " any more."));
        Assignment.Step step = a.toAssignment().standDown(why);
        Instant now = clock.instant();
        assignments.standDown(a.id(), now, why);
        units.setStatus(unitId, step.unitStatus());
        log.append(incident.id(), now, actor.username(), "STAND_DOWN", step.logText());
        events.publishEvent(new UnitChanged(unitId, unit.callsign(), step.unitStatus()));
        events.publishEvent(new IncidentChanged(incident.id(), "stand down"));
    }

    private static @Nullable String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.length() > 500) {
            throw new InvalidInput("reason", "A reason is at most 500 characters.");
        }
        return reason.trim();
    }
}
