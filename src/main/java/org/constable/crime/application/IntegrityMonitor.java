package org.constable.crime.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.crime.RecordingRate;
import org.constable.crime.domain.NcrsDecision;
import org.constable.crime.domain.NcrsTimelinessRule;
import org.constable.crime.persistence.MonitorStore;
import org.constable.dispatch.IncidentClosed;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.RestrictedParts;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The NCRS integrity monitor. A crime-indicative closure is taken in the closing transaction
 * itself (a plain listener, not after commit), so an incident cannot be closed without entering
 * the monitor. It leaves the queue only by a crime that names it or a registrar's decision with a
 * reason, and both are permanent.
 */
@Service
public class IntegrityMonitor {

    public record QueueEntry(
            long incidentId,
            String reference,
            String classification,
            Instant reportedAt,
            Instant closedAt,
            String locationText,
            Instant dueAt,
            boolean overdue,
            long minutesLeft) {}

    private final MonitorStore monitor;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final RestrictedParts parts;
    private final NcrsTimelinessRule timeliness = new NcrsTimelinessRule();

    public IntegrityMonitor(
            MonitorStore monitor, AccessPolicy policy, AuditTrail audit, Clock clock, RestrictedParts parts) {
        this.parts = parts;
        this.monitor = monitor;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    public void on(IncidentClosed closed) {
        if (closed.crimeIndicative()) {
            monitor.add(new MonitorStore.Indicative(
                    closed.incidentId(),
                    closed.reference(),
                    closed.classification(),
                    closed.reportedAt(),
                    closed.closedAt(),
                    closed.closedBy(),
                    closed.locationText(),
                    closed.locationId(),
                    closed.latitude(),
                    closed.longitude()));
        }
    }

    /**
     * What is due and overdue, oldest report first, with the time left on the 24-hour clock. The
     * queue says where each incident was, so reading it is a consultation with its purpose; a
     * restricted address is withheld without need-to-know (read from the address's live flag).
     */
    @Transactional
    public List<QueueEntry> queue(Actor actor, String purpose) {
        policy.require(actor, Permission.CRIME_MONITOR_READ);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        Instant now = clock.instant();
        List<MonitorStore.Indicative> rows = monitor.queue();
        RestrictedParts.Verdicts places = parts.places(
                actor, rows.stream().map(MonitorStore.Indicative::locationId).toList());
        List<QueueEntry> entries = rows.stream()
                .map(i -> new QueueEntry(
                        i.incidentId(),
                        i.reference(),
                        i.classification(),
                        i.reportedAt(),
                        i.closedAt(),
                        RestrictedParts.placeText(places.of(i.locationId()), i.locationText(), null),
                        timeliness.dueAt(i.reportedAt()),
                        timeliness.overdue(i.reportedAt(), now),
                        timeliness.remaining(i.reportedAt(), now).toMinutes()))
                .toList();
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                rows.stream()
                        .map(i -> RecordRef.of(RecordType.INCIDENT, i.incidentId()))
                        .toList(),
                purpose,
                null,
                org.constable.audit.Outcome.SUCCEEDED,
                "NCRS monitor queue"));
        return entries;
    }

    @Transactional
    public void decide(Actor actor, long incidentId, NcrsDecision decision, String reason) {
        policy.require(actor, Permission.CRIME_REGISTRAR_DECIDE);
        if (decision == null) {
            throw new InvalidInput("decision", "Choose the decision.");
        }
        String why = CrimeRecording.required(reason, "reason", "reason for the decision", 2000);
        MonitorStore.Indicative incident =
                monitor.find(incidentId).orElseThrow(() -> new RecordNotFound("crime-indicative incident", incidentId));
        if (monitor.recorded(incidentId)) {
            throw new Conflict(incident.reference()
                    + " already has a crime record; a crime is cancelled through its own record, not here.");
        }
        if (monitor.decided(incidentId)) {
            throw new Conflict(incident.reference() + " was already decided.");
        }
        monitor.decide(incidentId, decision.name(), why, actor.username(), clock.instant());
        audit.record(AuditRecord.of(Operation.COLLECTION, actor, null, RecordRef.of(RecordType.INCIDENT, incidentId))
                .withDetail("NCRS decision " + decision + "; reason: " + why));
    }

    @Transactional(readOnly = true)
    public RecordingRate rate(Actor actor, Instant from, Instant to) {
        policy.require(actor, Permission.CRIME_MONITOR_READ);
        return rate(from, to);
    }

    /** The monitor's numbers without an actor: for the statistics facade, which carries no personal data. */
    @Transactional(readOnly = true)
    public RecordingRate rate(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInput("from", "The period needs from before to.");
        }
        MonitorStore.Counts c = monitor.counts(from, to, clock.instant().minus(NcrsTimelinessRule.LIMIT));
        return new RecordingRate(
                from,
                to,
                c.crimeIndicative(),
                c.recorded(),
                c.decided(),
                c.inQueue(),
                c.overdue(),
                c.crimeIndicative() == 0 ? null : (double) c.recorded() / c.crimeIndicative());
    }

    /** The rate for each period of {@code step} from {@code from} until {@code to}, for the dashboard. */
    @Transactional(readOnly = true)
    public List<RecordingRate> periods(Actor actor, Instant from, Instant to, Duration step) {
        policy.require(actor, Permission.CRIME_MONITOR_READ);
        if (from == null
                || to == null
                || !from.isBefore(to)
                || Duration.between(from, to).dividedBy(step) > 366) {
            throw new InvalidInput("from", "Choose a period of at most 366 steps, from before to.");
        }
        java.util.ArrayList<RecordingRate> rows = new java.util.ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
            Instant end = t.plus(step).isAfter(to) ? to : t.plus(step);
            rows.add(rate(t, end));
        }
        return rows;
    }
}
