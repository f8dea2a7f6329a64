package org.constable.crime.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.crime.CancellationGround;
import org.constable.crime.CrimeCancelled;
import org.constable.crime.domain.ChangeKind;
import org.constable.crime.domain.Classification;
import org.constable.crime.domain.Crime;
import org.constable.crime.domain.CrimeHistoryEntry;
import org.constable.crime.domain.MakerCheckerRule;
import org.constable.crime.persistence.ChangeRequestStore;
import org.constable.crime.persistence.ClassificationStore;
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
 * Re-classification and cancellation (asked for with a reason, decided by a different crime
 * registrar) and outcomes. An approved change makes a new version of the crime; every version
 * stays in the history.
 */
@Service
public class CrimeChanges {

    private final StoredCrimes stored;
    private final ChangeRequestStore requests;
    private final ClassificationStore classifications;
    private final CrimeRecording recording;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MakerCheckerRule makerChecker = new MakerCheckerRule();

    public CrimeChanges(
            StoredCrimes stored,
            ChangeRequestStore requests,
            ClassificationStore classifications,
            CrimeRecording recording,
            AccessPolicy policy,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.stored = stored;
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
            Actor actor,
            long crimeId,
            @Nullable ChangeKind kind,
            @Nullable String newCode,
            @Nullable CancellationGround ground,
            @Nullable String reason) {
        policy.require(actor, Permission.CRIME_RECORD);
        if (kind == null) {
            throw new InvalidInput("kind", "Say what is asked: RECLASSIFY or CANCEL.");
        }
        Crime crime = stored.existing(crimeId);
        crime.checkOpenToChange();
        String why = CrimeRecording.required(reason, "reason", "reason", 2000);
        String code = null;
        if (kind == ChangeKind.RECLASSIFY) {
            Classification to = recording.classification(newCode, "newClassificationCode");
            crime.checkReclassificationTo(to);
            code = to.code();
        } else {
            Crime.checkCancellationOn(ground);
        }
        if (requests.pendingFor(crimeId).isPresent()) {
            throw new Conflict(crime.reference() + " already has a request awaiting the crime registrar's decision.");
        }
        long id = requests.insert(crimeId, kind, code, ground, why, actor.username(), clock.instant());
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(RecordType.CRIME, crimeId))
                .withDetail("asked to "
                        + (kind == ChangeKind.RECLASSIFY ? "re-classify as " + code : "cancel (" + ground + ")")
                        + "; reason: " + why));
        return id;
    }

    @Transactional
    public void decide(Actor actor, long requestId, boolean approve, @Nullable String note) {
        policy.require(actor, Permission.CRIME_REGISTRAR_DECIDE);
        ChangeRequestStore.ChangeRequest r =
                requests.find(requestId).orElseThrow(() -> new RecordNotFound("crime change request", requestId));
        if (!r.pending()) {
            throw new Conflict("This request was already " + r.status().label().toLowerCase(Locale.ROOT) + " by "
                    + r.decidedBy() + ".");
        }
        makerChecker.check(r.requestedBy(), actor.username());
        Crime crime = stored.existing(r.crimeId());
        Instant now = clock.instant();
        String decisionNote = note == null || note.isBlank() ? null : note.trim();
        if (!approve && decisionNote == null) {
            throw new InvalidInput("note", "Say why the request is rejected.");
        }
        if (approve) {
            CrimeHistoryEntry change = r.kind() == ChangeKind.RECLASSIFY
                    ? crime.reclassify(
                            recording.classification(r.newCode(), "newClassificationCode"),
                            stored.related(
                                    crime.recording().victims(),
                                    crime.recording().incidentIds()),
                            r.requestedBy(),
                            r.reason(),
                            actor.username(),
                            now)
                    : crime.cancel(r.ground(), r.requestedBy(), r.reason(), actor.username(), now);
            stored.save(crime, change);
        }
        if (!requests.decide(requestId, approve, actor.username(), now, decisionNote)) {
            throw new Conflict("This request was decided by someone else meanwhile.");
        }
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(RecordType.CRIME, crime.id()))
                .withDetail(
                        (approve ? "approved " : "rejected ") + r.kind().name().toLowerCase(Locale.ROOT) + " asked by "
                                + r.requestedBy() + (decisionNote == null ? "" : "; note: " + decisionNote)));
        if (approve && r.kind() == ChangeKind.CANCEL) {
            // stored with this transaction in the publication registry: victim care closes the deadlines
            events.publishEvent(new CrimeCancelled(
                    crime.id(),
                    crime.reference(),
                    Objects.requireNonNull(r.ground(), "the cancellation just made checked its ground"),
                    now,
                    r.requestedBy(),
                    actor.username()));
        }
    }

    @Transactional
    public void addOutcome(
            Actor actor,
            long crimeId,
            @Nullable String outcomeType,
            @Nullable LocalDate decidedOn,
            @Nullable String decidedBy,
            @Nullable String note) {
        policy.require(actor, Permission.CRIME_OUTCOME);
        Crime crime = stored.existing(crimeId);
        crime.checkOpenToOutcome();
        if (outcomeType == null
                || classifications.outcomeType(outcomeType.trim()).isEmpty()) {
            throw new InvalidInput("outcomeType", "Choose a Home Office outcome type.");
        }
        LocalDate on = crime.checkOutcomeDate(decidedOn, clock.instant(), clock.getZone());
        String who = decidedBy == null || decidedBy.isBlank()
                ? actor.username()
                : CrimeRecording.required(decidedBy, "decidedBy", "decision maker", 120);
        String text = note == null || note.isBlank() ? null : CrimeRecording.required(note, "note", "note", 2000);
        requests.addOutcome(crimeId, outcomeType.trim(), on, who, clock.instant(), actor.username(), text);
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(RecordType.CRIME, crimeId))
                .withDetail("outcome " + outcomeType.trim() + " decided on " + decidedOn + " by " + who));
    }
}
