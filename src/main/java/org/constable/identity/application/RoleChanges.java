package org.constable.identity.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.PrivilegedActionTaken;
import org.constable.identity.Role;
import org.constable.identity.persistence.RoleChangeStore;
import org.constable.identity.persistence.UserAccounts;
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
 * Maker-checker for roles (ADR 0043): one administrator asks for a role for someone else, a second
 * approves or refuses it. The second is never the one who asked nor the one it is for (AccessPolicy
 * and a CHECK constraint say so). Every request and decision is audited as a privileged action.
 */
@Service
public class RoleChanges {

    /** A role change as administrators read it. */
    public record Change(
            long id,
            long userId,
            String username,
            Role role,
            long requestedById,
            String requestedBy,
            Instant requestedAt,
            @Nullable String reason,
            String state,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote) {}

    private final RoleChangeStore store;
    private final UserAccounts users;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RoleChanges(
            RoleChangeStore store,
            UserAccounts users,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.users = users;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Asks for a role for another user; returns the pending change (the existing one if already asked). */
    @Transactional
    public long request(Actor admin, long userId, Role role, String reason) {
        policy.require(admin, Permission.USER_ADMIN);
        policy.requireSomeoneElse(
                admin,
                userId,
                "ask for role " + role,
                "Nobody asks for a role for themselves: ask another administrator.");
        if (users.findById(userId).isEmpty()) {
            throw new RecordNotFound(RecordRef.of(RecordType.USER, userId));
        }
        if (users.rolesOf(userId).contains(role)) {
            throw new Conflict("The user holds this role already.");
        }
        long id = store.requestGrant(userId, role, admin.userId(), text(reason, "reason"), clock.instant());
        privileged(admin, "asked for role " + role + " for user " + userId + " (change " + id + ")", userId);
        return id;
    }

    @Transactional(readOnly = true)
    public List<Change> pending(Actor admin) {
        policy.require(admin, Permission.USER_ADMIN);
        return store.pending().stream().map(RoleChanges::view).toList();
    }

    @Transactional(readOnly = true)
    public Change find(Actor admin, long changeId) {
        policy.require(admin, Permission.USER_ADMIN);
        return view(store.find(changeId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.ROLE_CHANGE, changeId))));
    }

    @Transactional(readOnly = true)
    public List<Change> recent(Actor admin, int limit) {
        policy.require(admin, Permission.USER_ADMIN);
        return store.recent(Math.max(1, Math.min(limit, 500))).stream()
                .map(RoleChanges::view)
                .toList();
    }

    private static Change view(RoleChangeStore.RoleChange c) {
        return new Change(
                c.id(),
                c.userId(),
                c.username(),
                c.role(),
                c.requestedById(),
                c.requestedBy(),
                c.requestedAt(),
                c.reason(),
                c.state(),
                c.decidedBy(),
                c.decidedAt(),
                c.decisionNote());
    }

    /** A second administrator approves: the role is granted now. */
    @Transactional
    public void approve(Actor admin, long changeId) {
        RoleChangeStore.RoleChange change = decidable(admin, changeId, "approve");
        if (!users.findById(change.userId()).map(u -> u.enabled()).orElse(false)) {
            throw new Conflict("The account is disabled: refuse the change instead.");
        }
        if (!store.decide(changeId, true, admin.userId(), null, clock.instant())) {
            throw new Conflict("Someone decided this change already.");
        }
        users.grantRole(change.userId(), change.role());
        privileged(
                admin,
                "approved role " + change.role() + " for user " + change.userId() + " asked for by "
                        + change.requestedBy() + " (change " + changeId + "): granted",
                change.userId());
    }

    /** A second administrator refuses, saying why. */
    @Transactional
    public void refuse(Actor admin, long changeId, String note) {
        String why = text(note, "note");
        if (why == null) {
            throw new InvalidInput("note", "Say why the change is refused.");
        }
        RoleChangeStore.RoleChange change = decidable(admin, changeId, "refuse");
        if (!store.decide(changeId, false, admin.userId(), why, clock.instant())) {
            throw new Conflict("Someone decided this change already.");
        }
        privileged(
                admin,
                "refused role " + change.role() + " for user " + change.userId() + " (change " + changeId + "): " + why,
                change.userId());
    }

    private RoleChangeStore.RoleChange decidable(Actor admin, long changeId, String verb) {
        policy.require(admin, Permission.USER_ADMIN);
        RoleChangeStore.RoleChange change = store.find(changeId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.ROLE_CHANGE, changeId)));
        policy.requireSecondPerson(
                admin,
                change.requestedById(),
                change.userId(),
                verb + " role change " + changeId,
                RecordRef.of(RecordType.ROLE_CHANGE, changeId));
        if (!change.pending()) {
            throw new Conflict("This change was " + change.state().toLowerCase(Locale.ROOT) + " already.");
        }
        return change;
    }

    private static @Nullable String text(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > 500 || v.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput(field, "At most 500 characters of plain text.");
        }
        return v;
    }

    private void privileged(Actor actor, String action, long userId) {
        events.publishEvent(new PrivilegedActionTaken(
                actor.username(),
                actor.rolesText(),
                action,
                RecordRef.of(RecordType.USER, userId).toString(),
                clock.instant()));
    }
}
