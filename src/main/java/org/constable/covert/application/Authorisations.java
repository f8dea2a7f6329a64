package org.constable.covert.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.constable.audit.AuditRecord;
import org.constable.audit.Operation;
import org.constable.covert.domain.AuthorisationState;
import org.constable.covert.domain.AuthorisationTerms;
import org.constable.covert.persistence.AuthorisationStore;
import org.constable.covert.persistence.AuthorisationStore.AuthorisationRow;
import org.constable.covert.persistence.OperationStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Permission;
import org.constable.identity.RankedDecision;
import org.constable.shared.Conflict;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Directed surveillance authorisations (RIPA 2000 s.28, ADR 0102) within an operation: a member
 * applies naming the authorising officer (a member, a supervisor of the rank of superintendent or
 * above, not the applicant); that officer alone grants, reviews, renews and cancels; members record
 * each use while it is in force. Expired or cancelled, it allows nothing further.
 */
@Service
public class Authorisations {

    public record Apply(
            @Nullable Long authorisingOfficerId,
            @Nullable String grounds,
            @Nullable String necessity,
            @Nullable String proportionality) {}

    public record Review(@Nullable String outcome, @Nullable String notes) {}

    private final AuthorisationStore store;
    private final OperationStore operations;
    private final Compartment compartment;
    private final AuthorisationViews views;
    private final AuthorisationTerms terms;
    private final AccessPolicy policy;
    private final CurrentActor users;
    private final CovertAudit audit;
    private final Clock clock;

    Authorisations(
            AuthorisationStore store,
            OperationStore operations,
            Compartment compartment,
            AuthorisationViews views,
            AuthorisationTerms terms,
            AccessPolicy policy,
            CurrentActor users,
            CovertAudit audit,
            Clock clock) {
        this.store = store;
        this.operations = operations;
        this.compartment = compartment;
        this.views = views;
        this.terms = terms;
        this.policy = policy;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long apply(Actor actor, long operationId, Apply a) {
        compartment.enter(actor, operationId);
        var errors = new InvalidInput.Collector();
        String grounds = Operations.text(errors, "grounds", a.grounds(), Operations.LONGEST_TEXT);
        String necessity = Operations.text(errors, "necessity", a.necessity(), Operations.LONGEST_TEXT);
        String proportionality =
                Operations.text(errors, "proportionality", a.proportionality(), Operations.LONGEST_TEXT);
        if (a.authorisingOfficerId() == null) {
            errors.add("authorisingOfficerId", "Name the authorising officer.");
        } else if (!mayAuthorise(operationId, a.authorisingOfficerId(), actor)) {
            errors.add(
                    "authorisingOfficerId",
                    "The authorising officer must be a member of the operation, a supervisor of the rank of"
                            + " superintendent or above, and not the applicant.");
        }
        errors.throwIfAny();
        long id = store.apply(
                operationId,
                actor.userId(),
                actor.username(),
                Objects.requireNonNull(a.authorisingOfficerId()),
                grounds,
                necessity,
                proportionality,
                clock.instant());
        audit.record(Operation.COLLECTION, actor, null, operationId, id, "directed surveillance applied for");
        return id;
    }

    @Transactional
    public CovertViews.Authorisation authorisation(Actor actor, long id, String purpose) {
        AuditRecord.requirePurpose(purpose);
        AuthorisationRow a = enter(actor, id, false);
        audit.record(
                Operation.CONSULTATION,
                actor,
                purpose,
                a.operationId(),
                id,
                "directed surveillance authorisation consulted");
        return views.full(a);
    }

    /** The named authorising officer grants: in force from now for the configured months. */
    @Transactional
    public CovertViews.Authorisation grant(Actor actor, long id) {
        AuthorisationRow a = asOfficer(actor, id);
        if (views.state(a) != AuthorisationState.APPLIED) {
            throw new Conflict("This authorisation has already been decided.");
        }
        Instant now = clock.instant();
        store.grant(id, now, terms.expiryFrom(now));
        audit.record(Operation.ALTERATION, actor, null, a.operationId(), id, "directed surveillance granted");
        return views.full(reread(actor, id));
    }

    /** A review while in force; an outcome of CANCEL cancels it at once. */
    @Transactional
    public CovertViews.Authorisation review(Actor actor, long id, Review r) {
        AuthorisationRow a = asOfficer(actor, id);
        var errors = new InvalidInput.Collector();
        String outcome = r.outcome() == null ? "" : r.outcome().strip();
        if (!outcome.equals("CONTINUE") && !outcome.equals("CANCEL")) {
            errors.add("outcome", "CONTINUE or CANCEL.");
        }
        String notes = Operations.text(errors, "notes", r.notes(), Operations.LONGEST_TEXT);
        errors.throwIfAny();
        inForce(a);
        Instant now = clock.instant();
        store.review(id, outcome, notes, actor.username(), now);
        if (outcome.equals("CANCEL")) {
            store.cancel(id, "Cancelled at review", actor.username(), now);
        }
        audit.record(
                Operation.ALTERATION, actor, null, a.operationId(), id, "directed surveillance reviewed: " + outcome);
        return views.full(reread(actor, id));
    }

    /** A renewal while in force: another term from the current expiry. */
    @Transactional
    public CovertViews.Authorisation renew(Actor actor, long id) {
        AuthorisationRow a = asOfficer(actor, id);
        inForce(a);
        Instant before = Objects.requireNonNull(a.expiresAt());
        store.renew(id, before, terms.expiryFrom(before), actor.username(), clock.instant());
        audit.record(Operation.ALTERATION, actor, null, a.operationId(), id, "directed surveillance renewed");
        return views.full(reread(actor, id));
    }

    /** Cancellation, as soon as it is no longer needed (an expired one is cancelled too): final. */
    @Transactional
    public CovertViews.Authorisation cancel(Actor actor, long id, @Nullable String reason) {
        AuthorisationRow a = asOfficer(actor, id);
        var errors = new InvalidInput.Collector();
        String why = Operations.text(errors, "reason", reason, Operations.LONGEST_TEXT);
        errors.throwIfAny();
        if (views.state(a) == AuthorisationState.CANCELLED) {
            throw new Conflict(Objects.requireNonNull(AuthorisationState.CANCELLED.refusal()));
        }
        store.cancel(id, why, actor.username(), clock.instant());
        audit.record(Operation.ALTERATION, actor, null, a.operationId(), id, "directed surveillance cancelled");
        return views.full(reread(actor, id));
    }

    /** A member records surveillance carried out under it: only while it is in force. */
    @Transactional
    public CovertViews.Authorisation use(Actor actor, long id, @Nullable String activity) {
        AuthorisationRow a = enter(actor, id, true);
        var errors = new InvalidInput.Collector();
        String what = Operations.text(errors, "activity", activity, Operations.LONGEST_TEXT);
        errors.throwIfAny();
        inForce(a);
        store.use(id, what, actor.username(), clock.instant());
        audit.record(
                Operation.COLLECTION, actor, null, a.operationId(), id, "surveillance recorded under an authorisation");
        return views.full(reread(actor, id));
    }

    /**
     * The authorising officer's queue: reviews due, authorisations to renew or let lapse, expired
     * ones still to be cancelled, and applications awaiting a decision; only in operations of which
     * they are still a member. Due within the configured days counts; earlier is overdue.
     */
    @Transactional
    public CovertViews.DueQueue due(Actor actor, String purpose) {
        AuditRecord.requirePurpose(purpose);
        policy.require(actor, Permission.COVERT_COMPARTMENT);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ForceTime.ZONE);
        LocalDate horizon = today.plusDays(terms.dueWithinDays());
        List<CovertViews.DueItem> items = new ArrayList<>();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        for (AuthorisationRow a : store.forOfficer(actor.userId())) {
            String name = names.computeIfAbsent(
                    a.operationId(),
                    op -> operations
                            .asMember(op, actor.userId())
                            .map(OperationStore.OperationRow::name)
                            .orElse(""));
            switch (views.state(a)) {
                case APPLIED ->
                    items.add(item(a, name, "DECISION", day(a.appliedAt()), today, "awaiting your decision"));
                case IN_FORCE -> {
                    LocalDate review = Objects.requireNonNull(views.nextReviewDue(a));
                    if (!review.isAfter(horizon)) {
                        items.add(item(a, name, "REVIEW", review, today, "review due"));
                    }
                    LocalDate expiry = day(Objects.requireNonNull(a.expiresAt()));
                    if (!expiry.isAfter(horizon)) {
                        items.add(item(
                                a, name, "RENEWAL", expiry, today, "expires: renew it or let it lapse and cancel it"));
                    }
                }
                case EXPIRED ->
                    items.add(item(
                            a,
                            name,
                            "CANCELLATION",
                            day(Objects.requireNonNull(a.expiresAt())),
                            today,
                            "expired: cancel it"));
                case CANCELLED -> {}
            }
        }
        items.sort(Comparator.comparing(CovertViews.DueItem::due).thenComparing(CovertViews.DueItem::authorisationId));
        audit.consulted(
                actor,
                purpose,
                items.stream().map(CovertViews.DueItem::operationId).toList(),
                "directed surveillance due queue: " + items.size() + " item(s)");
        return new CovertViews.DueQueue(today, items);
    }

    private static CovertViews.DueItem item(
            AuthorisationRow a, String name, String kind, LocalDate due, LocalDate today, String words) {
        return new CovertViews.DueItem(a.id(), a.operationId(), name, kind, due, due.isBefore(today), words);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ForceTime.ZONE);
    }

    private boolean mayAuthorise(long operationId, long officerId, Actor applicant) {
        if (officerId == applicant.userId() || !operations.isMember(operationId, officerId)) {
            return false;
        }
        return users.usernameOf(officerId)
                .flatMap(users::load)
                .filter(o -> policy.allows(
                        o, Permission.COVERT_OPERATION_OPEN, RankedDecision.DIRECTED_SURVEILLANCE_AUTHORITY))
                .isPresent();
    }

    /** The authorisation through its operation's door; 404 as for a missing one to a non-member. */
    private AuthorisationRow enter(Actor actor, long id, boolean lock) {
        policy.require(actor, Permission.COVERT_COMPARTMENT);
        var row = lock ? store.lockAsMember(id, actor.userId()) : store.asMember(id, actor.userId());
        if (row.isEmpty()) {
            policy.requireFound(
                    actor, Permission.COVERT_COMPARTMENT, RecordRef.of(RecordType.DIRECTED_SURVEILLANCE, id), null);
            throw new RecordNotFound(RecordRef.of(RecordType.DIRECTED_SURVEILLANCE, id));
        }
        return row.get();
    }

    /** The rank first (so its refusal names it), then the door, then: the named authorising officer only. */
    private AuthorisationRow asOfficer(Actor actor, long id) {
        policy.require(actor, Permission.COVERT_COMPARTMENT, RankedDecision.DIRECTED_SURVEILLANCE_AUTHORITY);
        AuthorisationRow a = enter(actor, id, true);
        if (a.authorisingOfficerId() != actor.userId()) {
            throw new AccessDeniedException("Only the authorising officer named on this authorisation may decide it.");
        }
        return a;
    }

    private void inForce(AuthorisationRow a) {
        String refusal = views.state(a).refusal();
        if (refusal != null) {
            throw new Conflict(refusal);
        }
    }

    private AuthorisationRow reread(Actor actor, long id) {
        return store.asMember(id, actor.userId()).orElseThrow();
    }
}
