package org.constable.investigation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.crime.CrimeCancelled;
import org.constable.crime.CrimeRecorded;
import org.constable.crime.CrimeVictim;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Permission;
import org.constable.investigation.domain.CaseEventKind;
import org.constable.investigation.domain.ContactKind;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.domain.Obligation;
import org.constable.investigation.domain.VictimsCodeReferralDeadline;
import org.constable.investigation.domain.VictimsCodeUpdateDeadline;
import org.constable.investigation.persistence.VictimCareStore;
import org.constable.investigation.persistence.VictimCareStore.VictimCareRow;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Victims' Code use cases: open care for each victim of a recorded crime, record case events
 * (each starts a deadline for every victim of the crime) and contacts (each answers the open
 * deadlines it discharges). Every change is audited in the same transaction.
 */
@Service
public class VictimCare {

    /** A time a little ahead of the server clock is a device clock, not a claim about the future. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(2);

    private static final int NOTE_MAX = 2000;

    private final VictimCareStore store;
    private final VictimsCodeReferralDeadline referral;
    private final VictimsCodeUpdateDeadline update;
    private final AccessPolicy policy;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    VictimCare(
            VictimCareStore store,
            VictimsCodeReferralDeadline referral,
            VictimsCodeUpdateDeadline update,
            AccessPolicy policy,
            CurrentActor actors,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.referral = referral;
        this.update = update;
        this.policy = policy;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens one record per victim with its referral deadline; a victim who already has one is left alone. */
    @Transactional
    public void open(CrimeRecorded crime) {
        Instant now = clock.instant();
        // The team is taken when care opens, so a supervisor's list follows the officer's team at that time.
        Long team = actors.load(crime.officerInCharge()).map(Actor::teamId).orElse(null);
        Instant reported = crime.reportedAt() == null ? crime.recordedAt() : crime.reportedAt();
        for (CrimeVictim victim : crime.victims()) {
            store.open(
                            crime.crimeId(),
                            crime.reference(),
                            victim.personId(),
                            victim.vulnerableOrIntimidated(),
                            crime.officerInCharge(),
                            team,
                            reported,
                            now)
                    .ifPresent(careId -> {
                        Deadline due = referral.dueFor(reported);
                        store.addDeadline(careId, due.obligation().name(), null, reported, due.lastDay(), due.dueBy());
                        audit.record(new AuditRecord(
                                Operation.COLLECTION,
                                "system",
                                "",
                                List.of(
                                        RecordRef.of(RecordType.PERSON, victim.personId()),
                                        RecordRef.of(RecordType.VICTIM_CARE, careId),
                                        RecordRef.of(RecordType.CRIME, crime.crimeId())),
                                null,
                                null,
                                Outcome.SUCCEEDED,
                                "Victims' Code care opened for " + crime.reference() + ", officer in charge "
                                        + crime.officerInCharge()));
                    });
        }
        // the cancellation was heard first (events delivered out of order): nothing is owed
        store.cancelledAt(crime.crimeId()).ifPresent(at -> store.closeOpenOfCrime(crime.crimeId(), at));
    }

    /**
     * Closes the open deadlines of a cancelled crime's victims as cancelled (not as answered): a
     * crime that is no crime owes its victims no referral or update. A redelivery closes nothing more.
     */
    @Transactional
    public int closeForCancelledCrime(CrimeCancelled crime) {
        List<VictimCareRow> victims = store.ofCrime(crime.crimeId());
        int closed = store.closeForCancelledCrime(
                crime.crimeId(), crime.ground().name(), crime.cancelledAt(), crime.approvedBy());
        if (closed > 0) {
            List<RecordRef> refs = new ArrayList<>();
            refs.add(RecordRef.of(RecordType.CRIME, crime.crimeId()));
            victims.forEach(v -> refs.add(RecordRef.of(RecordType.VICTIM_CARE, v.id())));
            audit.record(new AuditRecord(
                    Operation.ALTERATION,
                    "system",
                    "",
                    refs,
                    null,
                    null,
                    Outcome.SUCCEEDED,
                    closed + " Victims' Code deadline(s) of " + crime.reference() + " closed: crime cancelled ("
                            + crime.ground().name() + "), approved by " + crime.approvedBy()));
        }
        return closed;
    }

    public record Started(long eventId, List<DeadlineView> deadlines) {}

    public record DeadlineView(long victimCareId, long personId, String obligation, Instant dueBy) {}

    /** Records a case event against a known crime and starts the update deadline for each of its victims. */
    @Transactional
    public Started recordEvent(
            Actor actor,
            long crimeId,
            @Nullable CaseEventKind kind,
            @Nullable Instant occurredAt,
            @Nullable String note) {
        policy.require(actor, Permission.VICTIM_CARE);
        if (kind == null) {
            throw new InvalidInput(
                    "kind",
                    "Say what happened: arrest, charge, bail, release, no further action or not to be investigated.");
        }
        List<VictimCareRow> victims = store.ofCrime(crimeId);
        if (victims.isEmpty()) {
            throw new RecordNotFound(RecordRef.of(RecordType.CRIME, crimeId));
        }
        if (store.cancelledAt(crimeId).isPresent()) {
            throw new Conflict(victims.get(0).crimeReference()
                    + " was cancelled: no Victims' Code update is owed for it any more.");
        }
        Instant now = clock.instant();
        Instant at = occurredAt == null ? now : occurredAt;
        notInFuture(at, now, "occurredAt", "The event");
        String text = note(note);
        long eventId = store.addEvent(crimeId, kind.name(), at, text, actor.username(), now);
        List<DeadlineView> started = new ArrayList<>();
        for (VictimCareRow v : victims) {
            Deadline due = update.dueFor(kind, at, v.vulnerable());
            store.addDeadline(v.id(), due.obligation().name(), eventId, at, due.lastDay(), due.dueBy());
            started.add(new DeadlineView(v.id(), v.personId(), due.obligation().name(), due.dueBy()));
        }
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        RecordRef.of(RecordType.CRIME, crimeId),
                        RecordRef.of(RecordType.CASE_EVENT, eventId))
                .withDetail(kind.label() + " recorded for " + victims.get(0).crimeReference()));
        return new Started(eventId, started);
    }

    public record Answered(long contactId, int deadlinesAnswered) {}

    /** Records a contact with a victim; it answers that victim's open deadlines it discharges. */
    @Transactional
    public Answered recordContact(
            Actor actor,
            long victimCareId,
            @Nullable ContactKind kind,
            @Nullable Instant contactedAt,
            @Nullable String note) {
        policy.require(actor, Permission.VICTIM_CARE);
        if (kind == null) {
            throw new InvalidInput("kind", "Say what the contact was: referral made or update given.");
        }
        VictimCareRow care = store.care(victimCareId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.VICTIM_CARE, victimCareId)));
        Instant now = clock.instant();
        Instant at = contactedAt == null ? now : contactedAt;
        notInFuture(at, now, "contactedAt", "The contact");
        if (at.isBefore(care.reportedAt())) {
            throw new InvalidInput("contactedAt", "The contact cannot be before the crime was reported.");
        }
        String text = note(note);
        long contactId = store.addContact(victimCareId, kind.name(), at, text, actor.username(), now);
        int answered = store.answer(
                victimCareId, kind.answers().stream().map(Obligation::name).toList(), contactId, at);
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        RecordRef.of(RecordType.PERSON, care.personId()),
                        RecordRef.of(RecordType.VICTIM_CARE, victimCareId))
                .withDetail(kind.label() + " for " + care.crimeReference()));
        return new Answered(contactId, answered);
    }

    private static void notInFuture(Instant at, Instant now, String field, String what) {
        if (at.isAfter(now.plus(CLOCK_SLACK))) {
            throw new InvalidInput(field, what + " cannot be in the future.");
        }
    }

    private static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > NOTE_MAX) {
            throw new InvalidInput("note", "The note is longer than " + NOTE_MAX + " characters.");
        }
        return note.strip();
    }
}
