package org.constable.covert.application;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constable.audit.AuditRecord;
import org.constable.audit.Operation;
import org.constable.covert.persistence.AuthorisationStore;
import org.constable.covert.persistence.OperationStore;
import org.constable.covert.persistence.OperationStore.OperationRow;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Covert operations (ADR 0101): opened by a supervisor, who becomes the senior officer; read by
 * members only; membership changed by the senior officer only, each change kept and audited. There
 * is no break-glass: a member who lost access is added again by the senior officer.
 */
@Service
public class Operations {

    public record Open(
            @Nullable String name,
            @Nullable String purpose,
            @Nullable List<Long> memberIds) {}

    static final int LONGEST_TEXT = 4000;

    private final OperationStore store;
    private final AuthorisationStore authorisations;
    private final Compartment compartment;
    private final AuthorisationViews views;
    private final AccessPolicy policy;
    private final CurrentActor users;
    private final CovertAudit audit;
    private final Clock clock;

    Operations(
            OperationStore store,
            AuthorisationStore authorisations,
            Compartment compartment,
            AuthorisationViews views,
            AccessPolicy policy,
            CurrentActor users,
            CovertAudit audit,
            Clock clock) {
        this.store = store;
        this.authorisations = authorisations;
        this.compartment = compartment;
        this.views = views;
        this.policy = policy;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A supervisor opens an operation and is its senior officer and first member. */
    @Transactional
    public long open(Actor actor, Open o) {
        policy.require(actor, Permission.COVERT_OPERATION_OPEN);
        var errors = new InvalidInput.Collector();
        String name = text(errors, "name", o.name(), 200);
        String purpose = text(errors, "purpose", o.purpose(), LONGEST_TEXT);
        errors.throwIfAny();
        Set<Long> others = new LinkedHashSet<>(o.memberIds() == null ? List.of() : o.memberIds());
        others.remove(actor.userId());
        for (long userId : others) {
            realUser(userId, "memberIds");
        }
        var now = clock.instant();
        long id = store.open(name, purpose, actor.userId(), actor.username(), now);
        store.addMember(id, actor.userId(), actor.username(), now);
        store.handOver(id, actor.userId(), actor.username(), now);
        for (long userId : others) {
            store.addMember(id, userId, actor.username(), now);
        }
        audit.record(
                Operation.COLLECTION,
                actor,
                null,
                id,
                "covert operation opened, " + (others.size() + 1) + " member(s)");
        return id;
    }

    /** The operations the actor is a member of; for anyone else there are none. */
    @Transactional
    public List<CovertViews.OperationLine> mine(Actor actor, String purpose) {
        AuditRecord.requirePurpose(purpose);
        policy.require(actor, Permission.COVERT_COMPARTMENT);
        List<OperationRow> rows = store.of(actor.userId());
        audit.consulted(
                actor,
                purpose,
                rows.stream().map(OperationRow::id).toList(),
                "covert operations of which one is a member");
        return rows.stream()
                .map(r -> new CovertViews.OperationLine(
                        r.id(), r.name(), username(r.seniorOfficerId()), r.seniorOfficerId() == actor.userId()))
                .toList();
    }

    @Transactional
    public CovertViews.Operation operation(Actor actor, long id, String purpose) {
        AuditRecord.requirePurpose(purpose);
        OperationRow row = compartment.enter(actor, id);
        var view = new CovertViews.Operation(
                row.id(),
                row.name(),
                row.purpose(),
                row.seniorOfficerId(),
                username(row.seniorOfficerId()),
                row.seniorOfficerId() == actor.userId(),
                row.openedBy(),
                row.openedAt(),
                store.members(id).stream()
                        .map(m -> new CovertViews.Member(
                                m.userId(),
                                username(m.userId()),
                                m.userId() == row.seniorOfficerId(),
                                m.addedBy(),
                                m.addedAt()))
                        .toList(),
                store.changes(id).stream()
                        .map(c -> new CovertViews.MembershipChange(
                                c.userId(), username(c.userId()), c.change(), c.changedBy(), c.changedAt()))
                        .toList(),
                authorisations.ofOperation(id).stream().map(views::line).toList(),
                store.reports(id));
        audit.record(Operation.CONSULTATION, actor, purpose, id, "covert operation consulted");
        return view;
    }

    /** The senior officer adds a member (or restores one who lost access). */
    @Transactional
    public void addMember(Actor actor, long id, @Nullable Long userId) {
        OperationRow row = seniorOfficerOf(actor, id, "add a member");
        long member = realUser(userId, "userId");
        if (store.addMember(row.id(), member, actor.username(), clock.instant())) {
            audit.record(
                    Operation.ALTERATION,
                    actor,
                    null,
                    id,
                    "covert operation membership: member added (user " + member + ")");
        }
    }

    /** The senior officer removes a member; not themself (they hand over first). */
    @Transactional
    public void removeMember(Actor actor, long id, long userId) {
        OperationRow row = seniorOfficerOf(actor, id, "remove a member");
        if (userId == row.seniorOfficerId()) {
            throw new InvalidInput(
                    "userId", "The senior officer hands the operation to another member before leaving it.");
        }
        if (!store.removeMember(row.id(), userId, actor.username(), clock.instant())) {
            throw new RecordNotFound("member", userId);
        }
        audit.record(
                Operation.ALTERATION,
                actor,
                null,
                id,
                "covert operation membership: member removed (user " + userId + ")");
    }

    /** The senior officer hands the operation to another member who may open operations (a supervisor). */
    @Transactional
    public void handOver(Actor actor, long id, @Nullable Long userId) {
        OperationRow row = seniorOfficerOf(actor, id, "hand the operation over");
        long to = realUser(userId, "userId");
        Actor next = users.usernameOf(to)
                .flatMap(users::load)
                .orElseThrow(() -> new RecordNotFound("user", to).inField("userId"));
        if (!store.isMember(row.id(), to) || !policy.allows(next, Permission.COVERT_OPERATION_OPEN)) {
            throw new InvalidInput(
                    "userId", "The new senior officer must be a member of the operation and a supervisor.");
        }
        store.handOver(row.id(), to, actor.username(), clock.instant());
        audit.record(
                Operation.ALTERATION,
                actor,
                null,
                id,
                "covert operation handed to another senior officer (user " + to + ")");
    }

    private OperationRow seniorOfficerOf(Actor actor, long id, String what) {
        OperationRow row = compartment.enter(actor, id);
        if (row.seniorOfficerId() != actor.userId()) {
            throw new AccessDeniedException("Only the operation's senior officer may " + what + ".");
        }
        return row;
    }

    private long realUser(@Nullable Long userId, String field) {
        if (userId == null) {
            throw new InvalidInput(field, "Name a user by their id.");
        }
        if (users.usernameOf(userId).isEmpty()) {
            throw new RecordNotFound(RecordRef.of(RecordType.USER, userId)).inField(field);
        }
        return userId;
    }

    String username(long userId) {
        return users.usernameOf(userId).orElse("user " + userId);
    }

    static String text(InvalidInput.Collector errors, String field, @Nullable String value, int longest) {
        if (value == null || value.isBlank()) {
            errors.add(field, "Required.");
            return "";
        }
        if (value.length() > longest) {
            errors.add(field, "At most " + longest + " characters.");
        }
        return value.strip();
    }
}
