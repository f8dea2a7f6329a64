package org.constable.crime.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.crime.CrimeCancelled;
import org.constable.crime.domain.CancellationGround;
import org.constable.crime.domain.Classification;
import org.constable.crime.domain.CrimeDraft;
import org.constable.crime.domain.MakerCheckerRule;
import org.constable.crime.domain.OneCrimePerVictimRule;
import org.constable.crime.domain.PrincipalCrimeRule;
import org.constable.crime.persistence.ChangeRequestStore;
import org.constable.crime.persistence.ClassificationStore;
import org.constable.crime.persistence.CrimeRow;
import org.constable.crime.persistence.CrimeStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.Conflict;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-classification and cancellation (asked for with a reason, decided by a different crime
 * registrar) and outcomes. An approved change makes a new version of the crime; every version
 * stays in the history.
 */
@Service
public class CrimeChanges {

    public enum Kind {
        RECLASSIFY,
        CANCEL
    }

    private final CrimeStore crimes;
    private final ChangeRequestStore requests;
    private final ClassificationStore classifications;
    private final CrimeRecording recording;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MakerCheckerRule makerChecker = new MakerCheckerRule();

    public CrimeChanges(
            CrimeStore crimes,
            ChangeRequestStore requests,
            ClassificationStore classifications,
            CrimeRecording recording,
            AccessPolicy policy,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.crimes = crimes;
        this.requests = requests;
        this.classifications = classifications;
        this.recording = recording;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long request(
            Actor actor, long crimeId, Kind kind, String newCode, CancellationGround ground, String reason) {
        policy.require(actor, Permission.CRIME_RECORD);
        if (kind == null) {
            throw new IllegalArgumentException("Say what is asked: RECLASSIFY or CANCEL.");
        }
        CrimeRow crime = existing(crimeId);
        if (crime.cancelled()) {
            throw new Conflict(crime.reference() + " is cancelled; nothing more can be changed.");
        }
        String why = CrimeRecording.required(reason, "reason", 2000);
        String code = null;
        if (kind == Kind.RECLASSIFY) {
            code = recording.classification(newCode).code();
            if (code.equals(crime.classificationCode())) {
                throw new IllegalArgumentException(crime.reference() + " is already classified as " + code + ".");
            }
        } else if (ground == null) {
            throw new IllegalArgumentException(
                    "A cancellation needs its ground: " + List.of(CancellationGround.values()) + ".");
        }
        if (requests.pendingFor(crimeId).isPresent()) {
            throw new Conflict(crime.reference() + " already has a request awaiting the crime registrar's decision.");
        }
        long id = requests.insert(
                crimeId,
                kind.name(),
                code,
                ground == null ? null : ground.name(),
                why,
                actor.username(),
                clock.instant());
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(RecordType.CRIME, crimeId))
                .withDetail(
                        "asked to " + (kind == Kind.RECLASSIFY ? "re-classify as " + code : "cancel (" + ground + ")")
                                + "; reason: " + why));
        return id;
    }

    @Transactional
    public void decide(Actor actor, long requestId, boolean approve, String note) {
        policy.require(actor, Permission.CRIME_REGISTRAR_DECIDE);
        ChangeRequestStore.ChangeRequest r =
                requests.find(requestId).orElseThrow(() -> new RecordNotFound("crime change request", requestId));
        if (!r.pending()) {
            throw new Conflict(
                    "This request was already " + r.status().toLowerCase(Locale.ROOT) + " by " + r.decidedBy() + ".");
        }
        makerChecker.check(r.requestedBy(), actor.username());
        CrimeRow crime = existing(r.crimeId());
        Instant now = clock.instant();
        String decisionNote = note == null || note.isBlank() ? null : note.trim();
        if (!approve && decisionNote == null) {
            throw new IllegalArgumentException("Say why the request is rejected.");
        }
        if (approve) {
            Classification k = r.kind().equals("RECLASSIFY")
                    ? recording.classification(r.newCode())
                    : classifications
                            .version(crime.classificationCode(), crime.classificationVersion())
                            .orElseThrow();
            String status = r.kind().equals("CANCEL") ? "CANCELLED" : crime.status();
            if (r.kind().equals("RECLASSIFY")) {
                checkCountingRules(crime, k);
            }
            crimes.change(crime.id(), crime.version(), k.code(), k.version(), status);
            crimes.appendHistory(
                    crime.id(),
                    new CrimeStore.HistoryEntry(
                            crime.version() + 1,
                            now,
                            r.requestedBy(),
                            r.kind().equals("CANCEL")
                                    ? "cancelled (" + r.ground() + ")"
                                    : "re-classified from " + crime.classificationCode() + " to " + k.code(),
                            k.code(),
                            status,
                            r.reason(),
                            actor.username()));
        }
        if (!requests.decide(requestId, approve, actor.username(), now, decisionNote)) {
            throw new Conflict("This request was decided by someone else meanwhile.");
        }
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(RecordType.CRIME, crime.id()))
                .withDetail((approve ? "approved " : "rejected ") + r.kind().toLowerCase(Locale.ROOT) + " asked by "
                        + r.requestedBy() + (decisionNote == null ? "" : "; note: " + decisionNote)));
        if (approve && r.kind().equals("CANCEL")) {
            // stored with this transaction in the publication registry: victim care closes the deadlines
            events.publishEvent(new CrimeCancelled(
                    crime.id(), crime.reference(), r.ground(), now, r.requestedBy(), actor.username()));
        }
    }

    @Transactional
    public void addOutcome(
            Actor actor, long crimeId, String outcomeType, LocalDate decidedOn, String decidedBy, String note) {
        policy.require(actor, Permission.CRIME_OUTCOME);
        CrimeRow crime = existing(crimeId);
        if (crime.cancelled()) {
            throw new Conflict(crime.reference() + " is cancelled: a cancelled crime has no outcome.");
        }
        if (outcomeType == null
                || classifications.outcomeType(outcomeType.trim()).isEmpty()) {
            throw new IllegalArgumentException("Choose a Home Office outcome type.");
        }
        if (decidedOn == null
                || decidedOn.isAfter(LocalDate.ofInstant(clock.instant(), clock.getZone()))
                || decidedOn.isBefore(LocalDate.ofInstant(crime.reportedAt(), clock.getZone()))) {
            throw new IllegalArgumentException("The outcome date is between the report and today.");
        }
        String who = decidedBy == null || decidedBy.isBlank()
                ? actor.username()
                : CrimeRecording.required(decidedBy, "decision maker", 120);
        String text = note == null || note.isBlank() ? null : CrimeRecording.required(note, "note", 2000);
        requests.addOutcome(crimeId, outcomeType.trim(), decidedOn, who, clock.instant(), actor.username(), text);
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(RecordType.CRIME, crimeId))
                .withDetail("outcome " + outcomeType.trim() + " decided on " + decidedOn + " by " + who));
    }

    /** A re-classification may not turn a crime into one the counting rules would have refused. */
    private void checkCountingRules(CrimeRow crime, Classification to) {
        CrimeDraft current = recording.draftOf(crime);
        CrimeDraft changed = new CrimeDraft(
                crime.id(),
                crime.reference(),
                to,
                current.occurredFrom(),
                current.occurredTo(),
                current.reportedAt(),
                current.victims(),
                current.incidentIds(),
                false);
        List<CrimeDraft> others = crimes.related(current.victims(), current.incidentIds()).stream()
                .filter(r -> r.id() != crime.id())
                .map(recording::draftOf)
                .toList();
        new OneCrimePerVictimRule().check(changed, others);
        new PrincipalCrimeRule().check(changed, others);
    }

    private CrimeRow existing(long id) {
        return crimes.find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.CRIME, id)));
    }
}
