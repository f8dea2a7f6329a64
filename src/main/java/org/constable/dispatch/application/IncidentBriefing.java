package org.constable.dispatch.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.dispatch.IncidentCalls;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.PoleDirectory;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dispatcher and the attending officer must know before anything else: every warning
 * marker at the place, on the people named in the calls and on the people linked to the address;
 * then the calls themselves (caller, THRIVE) and the people named. Names and warnings come from the
 * people module's facade (which leaves out what the actor may not open); the calls from contact.
 */
@Service
public class IncidentBriefing {

    /** A person the incident names, with how: caller, or named in a call. */
    public record Person(
            long id, String name, @Nullable LocalDate dateOfBirth, String relation, List<String> warnings) {}

    public record Briefing(List<PoleDirectory.Warning> warnings, List<IncidentCalls.Call> calls, List<Person> people) {
        public static final Briefing NONE = new Briefing(List.of(), List.of(), List.of());
    }

    private final PoleDirectory directory;
    private final ObjectProvider<IncidentCalls> calls;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    public IncidentBriefing(
            PoleDirectory directory, ObjectProvider<IncidentCalls> calls, AccessPolicy policy, AuditTrail audit) {
        this.directory = directory;
        this.calls = calls;
        this.policy = policy;
        this.audit = audit;
    }

    @Transactional
    public Briefing of(Actor actor, DispatchViews.IncidentFacts incident, String purpose) {
        return of(actor, incident, purpose, false);
    }

    /**
     * The briefing; {@code placeDisclosed}: the restricted address was disclosed to this officer when
     * their unit was sent, so its own warnings come with it (not those of the people living there,
     * which need need-to-know).
     */
    @Transactional
    public Briefing of(Actor actor, DispatchViews.IncidentFacts incident, String purpose, boolean placeDisclosed) {
        // part of reading the incident: by role, or by a record access rule for this incident
        policy.requireRecordAccess(actor, Permission.INCIDENT_READ, RecordRef.of(RecordType.INCIDENT, incident.id()));
        IncidentCalls source = calls.getIfAvailable();
        List<IncidentCalls.Call> onIncident = source == null ? List.of() : source.of(incident.id());
        Map<Long, String> relations = new LinkedHashMap<>();
        for (IncidentCalls.Call c : onIncident) {
            if (c.callerPersonId() != null) {
                relations.putIfAbsent(c.callerPersonId(), "caller on " + c.reference());
            }
        }
        for (IncidentCalls.Call c : onIncident) {
            c.personIds().forEach(id -> relations.putIfAbsent(id, "named in " + c.reference()));
        }
        List<Long> ids = List.copyOf(relations.keySet());
        List<PoleDirectory.Warning> warnings;
        if (placeDisclosed && incident.locationId() != null) {
            warnings = new ArrayList<>(directory.warningsAtDisclosedPlace(actor, incident.locationId(), purpose));
            warnings.addAll(directory.warnings(actor, null, ids, purpose));
        } else {
            warnings = directory.warnings(actor, incident.locationId(), ids, purpose);
        }
        List<Person> people = new ArrayList<>();
        for (PoleDirectory.PersonMatch p : directory.people(actor, ids, purpose)) {
            people.add(new Person(
                    p.id(), p.name(), p.dateOfBirth(), relations.getOrDefault(p.id(), "named"), p.warningLabels()));
        }
        if (!onIncident.isEmpty()) {
            audit.record(new AuditRecord(
                    Operation.CONSULTATION,
                    actor.username(),
                    actor.rolesText(),
                    onIncident.stream()
                            .map(c -> RecordRef.of(RecordType.CALL, c.id()))
                            .toList(),
                    purpose,
                    null,
                    org.constable.audit.Outcome.SUCCEEDED,
                    "calls on incident " + incident.reference()));
        }
        return new Briefing(warnings, onIncident, people);
    }
}
