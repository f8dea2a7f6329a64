package org.constable.identity;

import java.time.Clock;
import org.constable.identity.domain.RankPolicy;
import org.constable.identity.domain.RolePermissions;
import org.constable.identity.persistence.NeedToKnowGrants;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The single authorisation decision point. Deny by default: a permission must be granted to one
 * of the actor's current roles; a restricted record also needs an explicit need-to-know grant to
 * the actor or their team (no role is enough on its own); some fields are visible only to some
 * roles. A named {@link RecordAccessRule} may grant a permission on the particular records it names
 * (the officer in charge of a crime reads its incidents). Every refusal is published for the audit trail.
 */
@Service
public class AccessPolicy {

    private final NeedToKnowGrants needToKnow;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<RecordAccessRule> rules;

    public AccessPolicy(
            NeedToKnowGrants needToKnow,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectProvider<RecordAccessRule> rules) {
        this.needToKnow = needToKnow;
        this.events = events;
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * Whether the actor's current roles grant the permission. {@code SIGNED_IN} (the home page, one's
     * own account) needs no role: an account whose roles still await a second administrator can
     * sign in and see that it has none yet.
     */
    public boolean allows(Actor actor, Permission permission) {
        return actor != null
                && (permission == Permission.SIGNED_IN || RolePermissions.grants(actor.roles(), permission));
    }

    /** Throws AccessDeniedException (HTTP 403) unless the actor's roles grant the permission. */
    public void require(Actor actor, Permission permission) {
        if (!allows(actor, permission)) {
            deny(actor, permission.name(), null);
            throw new AccessDeniedException("Your role does not allow this (" + permission + ").");
        }
    }

    /**
     * Whether the actor's roles grant the permission and their recorded rank is the one the decision
     * needs, or above ({@link RankPolicy}, ADR 0071).
     */
    public boolean allows(Actor actor, Permission permission, RankedDecision decision) {
        return allows(actor, permission) && RankPolicy.allows(actor.rank(), decision);
    }

    /**
     * Throws AccessDeniedException (HTTP 403) unless the actor's roles grant the permission and their
     * recorded rank is high enough for the decision; the refusal names the rank needed.
     */
    public void require(Actor actor, Permission permission, RankedDecision decision) {
        require(actor, permission);
        if (!RankPolicy.allows(actor.rank(), decision)) {
            Rank needed = RankPolicy.needed(decision);
            deny(actor, permission.name() + " " + decision.name() + " (rank " + actor.rank() + ")", null);
            throw new AccessDeniedException(decision.words() + " needs the rank of " + needed.label()
                    + " or above; your recorded rank is "
                    + (actor.rank() == null ? "not recorded" : actor.rank().label()) + ".");
        }
    }

    /**
     * The actor uses the permission on this record by a role, or by the first named rule that grants
     * it for this record (the answer says which, for the audit entry). Otherwise the refusal is
     * published and AccessDeniedException (HTTP 403) thrown, as {@link #require} does.
     */
    public RecordAccess requireRecordAccess(Actor actor, Permission permission, RecordRef record) {
        return requireRecordAccess(actor, permission, record, "Your role does not allow this (" + permission + ").");
    }

    /** {@link #requireRecordAccess(Actor, Permission, RecordRef)}, refusing in the caller's words. */
    public RecordAccess requireRecordAccess(Actor actor, Permission permission, RecordRef record, String refusal) {
        if (allows(actor, permission)) {
            return RecordAccess.BY_ROLE;
        }
        if (actor != null) {
            for (RecordAccessRule rule : rules.orderedStream().toList()) {
                if (rule.permission() == permission && allows(actor, rule.requires())) {
                    var reason = rule.grants(actor, record);
                    if (reason.isPresent()) {
                        return new RecordAccess(rule.name(), reason.get());
                    }
                }
            }
        }
        deny(actor, permission.name(), record);
        throw new AccessDeniedException(refusal);
    }

    public boolean mayOpen(Actor actor, Permission permission, RecordRef record, boolean restricted) {
        if (!allows(actor, permission)) {
            return false;
        }
        return !restricted || needToKnow.granted(record, actor.userId(), actor.teamId(), clock.instant());
    }

    /**
     * Throws AccessDeniedException when the role lacks the permission, and RecordNotFound when the
     * record is restricted and the actor has no need-to-know, so that a guessed id reveals nothing.
     */
    public void requireRecord(Actor actor, Permission permission, RecordRef record, boolean restricted) {
        require(actor, permission);
        if (restricted && !needToKnow.granted(record, actor.userId(), actor.teamId(), clock.instant())) {
            deny(actor, permission.name() + " (restricted, no need-to-know)", record);
            throw new RecordNotFound(record);
        }
    }

    /**
     * {@link #requireRecord} for a record looked up by an id the caller gave, which may not exist
     * ({@code restricted} null). A missing record and a restricted one without need-to-know take the
     * same path: the same look-up of a grant, the same refusal queued for the audit trail without
     * waiting, the same RecordNotFound. Neither the answer nor its cost tells them apart (ADR 0042).
     */
    public void requireFound(Actor actor, Permission permission, RecordRef record, @Nullable Boolean restricted) {
        require(actor, permission);
        if (restricted != null && !restricted) {
            return;
        }
        boolean granted = needToKnow.granted(record, actor.userId(), actor.teamId(), clock.instant());
        if (restricted == null || !granted) {
            deny(
                    actor,
                    permission.name() + (restricted == null ? " (no such record)" : " (restricted, no need-to-know)"),
                    record);
            throw new RecordNotFound(record);
        }
    }

    /**
     * For records seen only by the people named on them (a covert source's handler and controller,
     * ADR 0104): the role must grant the permission (403 otherwise, the same for every record), and
     * the actor must be named on the record. A record the actor is not named on and one that does not
     * exist take the same path: one refusal in the same words queued for the audit trail, the same
     * RecordNotFound, so no answer tells them apart.
     */
    public void requireNamedOn(Actor actor, Permission permission, RecordRef record, boolean named) {
        require(actor, permission);
        if (!named) {
            deny(actor, permission.name() + " (not named on it, or no such record)", record);
            throw new RecordNotFound(record);
        }
    }

    /**
     * Separation of duties: nobody changes their own access (a role, a need-to-know grant). Refused
     * with 403 and audited.
     */
    public void requireSomeoneElse(Actor actor, long subjectUserId, String what, String message) {
        if (actor == null || actor.userId() == subjectUserId) {
            deny(actor, what + " (for oneself)", RecordRef.of(RecordType.USER, subjectUserId));
            throw new AccessDeniedException(message);
        }
    }

    /**
     * Four eyes: what one person asked for is decided by a second, who is neither the one who asked
     * nor the one it is for. Refused with 403 and audited.
     */
    public void requireSecondPerson(Actor actor, long makerUserId, long subjectUserId, String what, RecordRef record) {
        if (actor == null || actor.userId() == makerUserId) {
            deny(actor, what + " (by the one who asked)", record);
            throw new AccessDeniedException("You asked for this, so another administrator must decide it.");
        }
        if (actor.userId() == subjectUserId) {
            deny(actor, what + " (for oneself)", record);
            throw new AccessDeniedException("This is about your own account, so another administrator must decide it.");
        }
    }

    public boolean mayView(Actor actor, Field field) {
        return actor != null && RolePermissions.mayView(actor.roles(), field);
    }

    private void deny(Actor actor, String what, @Nullable RecordRef record) {
        events.publishEvent(new AccessDenied(
                actor == null ? "anonymous" : actor.username(),
                actor == null ? "" : actor.rolesText(),
                what,
                record == null ? "" : record.toString(),
                clock.instant()));
    }
}
