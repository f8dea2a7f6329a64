package org.constable.investigation.application;

import static org.constable.investigation.application.Investigations.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.domain.ActionPriority;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.persistence.ActionStore;
import org.constable.investigation.persistence.ActionStore.ActionRow;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions: raised with an owner, a priority and a due day; reassigned with a reason (who, when and
 * why kept, the due day unchanged); completed only with a result. An action is never deleted and
 * never left without an owner (ADR 0079).
 */
@Service
public class InvestigationActions {

    /** What a new action says. */
    public record NewAction(
            @Nullable String description,
            @Nullable String owner,
            @Nullable ActionPriority priority,
            @Nullable LocalDate dueOn) {}

    private final Investigations investigations;
    private final AccessPolicy policy;
    private final InvestigationStaff staff;
    private final ActionStore actions;
    private final AuditTrail audit;
    private final Clock clock;

    InvestigationActions(
            Investigations investigations,
            AccessPolicy policy,
            InvestigationStaff staff,
            ActionStore actions,
            AuditTrail audit,
            Clock clock) {
        this.investigations = investigations;
        this.policy = policy;
        this.staff = staff;
        this.actions = actions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long add(Actor actor, long investigationId, NewAction action) {
        InvestigationRow inv = investigations.openForChange(actor, investigationId);
        return raise(actor, inv, action, null, "action");
    }

    /** Raises an action on an investigation already opened for change; {@code field} prefixes the fields named. */
    long raise(Actor actor, InvestigationRow inv, NewAction action, @Nullable Long reviewId, String field) {
        String description = text(action.description(), field + ".description", "what is to be done", 2000);
        Actor owner = staff.worker(action.owner(), field + ".owner");
        if (action.priority() == null) {
            throw new InvalidInput(field + ".priority", "Choose a priority: URGENT, HIGH, NORMAL or LOW.");
        }
        if (action.dueOn() == null) {
            throw new InvalidInput(field + ".dueOn", "Give the day the action is due.");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Deadline.ENGLAND_AND_WALES);
        if (action.dueOn().isBefore(today)) {
            throw new InvalidInput(field + ".dueOn", "The due day cannot be before today.");
        }
        if (action.dueOn().isAfter(today.plusYears(2))) {
            throw new InvalidInput(field + ".dueOn", "The due day is at most two years ahead.");
        }
        long id = actions.insert(
                inv.id(),
                description,
                owner.username(),
                owner.teamId(),
                action.priority(),
                action.dueOn(),
                actor.username(),
                now,
                reviewId);
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        RecordRef.of(RecordType.INVESTIGATION, inv.id()),
                        RecordRef.of(RecordType.INVESTIGATION_ACTION, id))
                .withDetail("action raised on " + inv.reference() + " for " + owner.username() + ", "
                        + action.priority().label().toLowerCase(java.util.Locale.ROOT) + " priority, due "
                        + action.dueOn()));
        return id;
    }

    /** Gives an open action to someone else, keeping its due day; who, when and why are kept. */
    @Transactional
    public void reassign(Actor actor, long actionId, @Nullable String newOwner, @Nullable String reason) {
        ActionRow a = openAction(actor, actionId);
        Actor to = staff.worker(newOwner, "owner");
        if (to.username().equals(a.owner())) {
            throw new InvalidInput("owner", "The action is already " + a.owner() + "'s.");
        }
        String why = text(reason, "reason", "the reason for reassigning", 1000);
        actions.reassign(actionId, a.owner(), to.username(), to.teamId(), why, actor.username(), clock.instant());
        audit.record(AuditRecord.of(
                        Operation.ALTERATION,
                        actor,
                        null,
                        RecordRef.of(RecordType.INVESTIGATION, a.investigationId()),
                        RecordRef.of(RecordType.INVESTIGATION_ACTION, actionId))
                .withDetail("action of " + a.investigationReference() + " reassigned from " + a.owner() + " to "
                        + to.username() + "; reason: " + why));
    }

    /** Completes an open action with its result: an action is closed only by saying what it found or did. */
    @Transactional
    public void complete(Actor actor, long actionId, @Nullable String result) {
        String text = text(result, "result", "the result: what the action found or did", 4000);
        ActionRow a = openAction(actor, actionId);
        actions.complete(actionId, text, actor.username(), clock.instant());
        audit.record(AuditRecord.of(
                        Operation.ALTERATION,
                        actor,
                        null,
                        RecordRef.of(RecordType.INVESTIGATION, a.investigationId()),
                        RecordRef.of(RecordType.INVESTIGATION_ACTION, actionId))
                .withDetail("action of " + a.investigationReference() + " completed with its result"));
    }

    private ActionRow openAction(Actor actor, long actionId) {
        ActionRow found = actions.find(actionId).orElse(null);
        if (found == null) {
            // the same refusal, audited alike, as any unknown or restricted record
            policy.requireFound(
                    actor,
                    Permission.INVESTIGATION_WORK,
                    RecordRef.of(RecordType.INVESTIGATION_ACTION, actionId),
                    null);
            throw new RecordNotFound(RecordRef.of(RecordType.INVESTIGATION_ACTION, actionId));
        }
        investigations.openForChange(actor, found.investigationId());
        ActionRow a = actions.lock(actionId).orElseThrow();
        if (!a.open()) {
            throw new Conflict("This action was completed by " + a.completedBy() + ": it cannot change.");
        }
        return a;
    }
}
