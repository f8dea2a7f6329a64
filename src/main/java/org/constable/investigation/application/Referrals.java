package org.constable.investigation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Permission;
import org.constable.investigation.domain.ReferralSource;
import org.constable.investigation.domain.ReferralStage;
import org.constable.investigation.domain.SafeguardingAgencies;
import org.constable.investigation.domain.SafeguardingAgency;
import org.constable.investigation.persistence.ReferralStore;
import org.constable.investigation.persistence.ReferralStore.ReferralRow;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safeguarding referrals to partner agencies (ADR 0088): made from an incident, crime, investigation
 * or custody record with an owner and a due time from the agency's configuration; reassigned (never
 * dropped: the owner is replaced in one statement, never cleared); sent, acknowledged and closed with
 * the agency's outcome, each stage with its own due time. Each change asks AccessPolicy, is audited
 * and kept as a step of the referral, and refuses bad input changing nothing.
 */
@Service
public class Referrals {

    static final int TEXT_MAX = 4000;

    /** What an officer asks for when making a referral. */
    public record NewReferral(
            @Nullable String agency,
            @Nullable ReferralSource sourceType,
            @Nullable Long sourceId,
            @Nullable String subject,
            @Nullable String concerns,
            @Nullable String owner) {}

    public record Made(long id, String reference, Instant dueAt) {}

    private final ReferralStore store;
    private final ReferralSources sources;
    private final SafeguardingAgencies agencies;
    private final CurrentActor actors;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    Referrals(
            ReferralStore store,
            ReferralSources sources,
            SafeguardingAgencies agencies,
            CurrentActor actors,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.sources = sources;
        this.agencies = agencies;
        this.actors = actors;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Made make(Actor actor, NewReferral cmd) {
        return make(actor, cmd, null);
    }

    Made make(Actor actor, NewReferral cmd, @Nullable Long riskAssessmentId) {
        policy.require(actor, Permission.SAFEGUARDING_REFER);
        SafeguardingAgency agency = agencies.of(cmd.agency() == null ? "" : cmd.agency())
                .orElseThrow(() -> new InvalidInput(
                        "agency",
                        "Choose one of the partner agencies: "
                                + String.join(
                                        ", ",
                                        agencies.all().stream()
                                                .map(SafeguardingAgency::code)
                                                .toList())
                                + "."));
        if (cmd.sourceType() == null) {
            throw new InvalidInput(
                    "sourceType", "Say what the referral is made from: incident, crime, investigation or detention.");
        }
        if (cmd.sourceId() == null) {
            throw new InvalidInput(
                    "sourceId", "Give the id of the " + cmd.sourceType().words() + ".");
        }
        String subject = Investigations.text(cmd.subject(), "subject", "who is at risk", 200);
        String concerns = Investigations.text(cmd.concerns(), "concerns", "the concerns the agency is told", TEXT_MAX);
        Actor owner = owner(cmd.owner() == null || cmd.owner().isBlank() ? actor.username() : cmd.owner(), "owner");
        ReferralSource type = cmd.sourceType();
        long sourceId = cmd.sourceId();
        RecordRef source = ReferralSources.ref(type, sourceId);
        if (!sources.exists(type, sourceId)) {
            throw new InvalidInput("sourceId", "There is no " + type.words() + " with id " + sourceId + ".");
        }
        policy.requireFound(actor, Permission.SAFEGUARDING_REFER, source, sources.restrictedFor(actor, type, sourceId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant due = now.plus(agency.sendWithin());
        long id = store.insert(
                agency.code(),
                type,
                sourceId,
                subject,
                concerns,
                owner.username(),
                owner.teamId(),
                due,
                riskAssessmentId,
                actor.username(),
                now);
        store.event(
                id,
                "MADE",
                now,
                actor.username(),
                "made to " + agency.name() + ", owner " + owner.username(),
                due,
                null,
                null);
        audit.record(AuditRecord.of(
                        Operation.COLLECTION, actor, null, RecordRef.of(RecordType.SAFEGUARDING_REFERRAL, id), source)
                .withDetail("safeguarding referral SGR-" + id + " to " + agency.name() + " made from " + type.words()
                        + " " + sourceId + "; owner " + owner.username() + ", to be sent by " + due));
        return new Made(id, "SGR-" + id, due);
    }

    /** A new owner; the referral keeps its due time and any escalation. */
    @Transactional
    public void reassign(Actor actor, long id, @Nullable String newOwner, @Nullable String reason) {
        ReferralRow r = openForChange(actor, id);
        Actor owner = owner(newOwner, "owner");
        String why = Investigations.text(reason, "reason", "the reason for the new owner", 1000);
        if (owner.username().equals(r.owner())) {
            throw new InvalidInput("owner", owner.username() + " already owns " + r.reference() + ".");
        }
        store.reassign(id, owner.username(), owner.teamId());
        Instant now = clock.instant();
        store.event(
                id,
                "REASSIGNED",
                now,
                actor.username(),
                "from " + r.owner() + " to " + owner.username() + ": " + why,
                r.dueAt(),
                null,
                null);
        changed(actor, id, r.reference() + " reassigned from " + r.owner() + " to " + owner.username());
    }

    /** Sent to the agency: the acknowledgement is now due. */
    @Transactional
    public void send(Actor actor, long id, @Nullable String note) {
        ReferralRow r = openForChange(actor, id);
        if (r.stage() != ReferralStage.TO_SEND) {
            throw new Conflict(r.reference() + " was already sent.");
        }
        String how = Investigations.text(note, "note", "how and to whom it was sent", 1000);
        advance(actor, r, ReferralStage.SENT, null, "sent: " + how);
    }

    /** The agency acknowledged it (with its own reference, if it gave one): the outcome is now due. */
    @Transactional
    public void acknowledge(Actor actor, long id, @Nullable String agencyReference) {
        ReferralRow r = openForChange(actor, id);
        if (r.stage() != ReferralStage.SENT) {
            throw new Conflict(r.reference() + " is " + r.stage().label().toLowerCase(java.util.Locale.ROOT)
                    + ": only a sent referral is acknowledged.");
        }
        String ref = Investigations.optionalText(agencyReference, "agencyReference", 100);
        advance(
                actor,
                r,
                ReferralStage.ACKNOWLEDGED,
                ref,
                "acknowledged" + (ref == null ? "" : ", agency reference " + ref));
    }

    /** The agency's outcome: the referral is closed. */
    @Transactional
    public void recordOutcome(Actor actor, long id, @Nullable String outcome) {
        ReferralRow r = openForChange(actor, id);
        if (r.stage() == ReferralStage.TO_SEND) {
            throw new Conflict(r.reference() + " has not been sent: send it first.");
        }
        String text = Investigations.text(outcome, "outcome", "the agency's outcome", TEXT_MAX);
        store.close(id, text);
        store.event(
                id, "OUTCOME", clock.instant(), actor.username(), "outcome recorded: " + text, r.dueAt(), null, null);
        changed(actor, id, r.reference() + " closed with the agency's outcome");
    }

    private void advance(Actor actor, ReferralRow r, ReferralStage stage, @Nullable String agencyRef, String what) {
        SafeguardingAgency agency = agencies.of(r.agency())
                .orElseThrow(() -> new Conflict(
                        "The agency of " + r.reference() + " is no longer configured: ask an administrator."));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant due = now.plus(agency.allowedFor(stage));
        store.advance(r.id(), stage, due, agencyRef);
        store.event(r.id(), stage.name(), now, actor.username(), what + "; next due " + due, due, null, null);
        changed(actor, r.id(), r.reference() + " " + what);
    }

    ReferralRow openForChange(Actor actor, long id) {
        policy.require(actor, Permission.SAFEGUARDING_REFER);
        ReferralRow r = store.lock(id).orElse(null);
        Boolean restricted = r == null ? null : sources.restrictedFor(actor, r.sourceType(), r.sourceId());
        policy.requireFound(
                actor, Permission.SAFEGUARDING_REFER, RecordRef.of(RecordType.SAFEGUARDING_REFERRAL, id), restricted);
        if (r == null) {
            throw new RecordNotFound(RecordRef.of(RecordType.SAFEGUARDING_REFERRAL, id));
        }
        if (!r.stage().open()) {
            throw new Conflict(r.reference() + " is closed with its outcome: it cannot change.");
        }
        return r;
    }

    private void changed(Actor actor, long id, String detail) {
        audit.record(
                AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(RecordType.SAFEGUARDING_REFERRAL, id))
                        .withDetail(detail));
    }

    /** An enabled user who may own referrals. */
    private Actor owner(@Nullable String username, String field) {
        if (username == null || username.isBlank()) {
            throw new InvalidInput(field, "Name the owner (their username).");
        }
        String name = username.strip();
        if (name.length() > 120) {
            throw new InvalidInput(field, "A username is at most 120 characters.");
        }
        Actor a = actors.load(name)
                .orElseThrow(() -> new InvalidInput(field, "There is no active user called " + name + "."));
        if (!policy.allows(a, Permission.SAFEGUARDING_REFER)) {
            throw new InvalidInput(field, a.username() + " does not hold a role that makes safeguarding referrals.");
        }
        return a;
    }
}
