package org.constable.people.application;

import java.time.Clock;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.PersonChanged;
import org.constable.people.domain.EntityType;
import org.constable.people.persistence.CombinationStore;
import org.constable.people.persistence.PersonRow;
import org.constable.people.persistence.PersonStore;
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
 * Combining two records of one person into a survivor, and separating them again (ADR 0017). Both
 * are one transaction that locks both persons first, so a second combination of the same person
 * waits and is then refused; both leave a COMBINATION audit entry with the reason given.
 */
@Service
public class PersonCombinations {

    private final CombinationStore combinations;
    private final PersonStore persons;
    private final PoleAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonCombinations(
            CombinationStore combinations,
            PersonStore persons,
            PoleAccess access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.combinations = combinations;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Combines {@code absorbedId} into {@code survivorId}; returns the combination's id. */
    @Transactional
    public long combine(Actor actor, long survivorId, long absorbedId, @Nullable String reason) {
        access.policy().require(actor, Permission.PERSON_COMBINE);
        String why = reason(reason);
        if (survivorId == absorbedId) {
            throw new InvalidInput(
                    "absorbedId", "Choose two different persons: a person cannot be combined with itself.");
        }
        List<CombinationStore.Locked> locked = lockBoth(actor, survivorId, absorbedId);
        CombinationStore.Locked survivor =
                locked.stream().filter(l -> l.id() == survivorId).findFirst().orElseThrow();
        CombinationStore.Locked absorbed =
                locked.stream().filter(l -> l.id() == absorbedId).findFirst().orElseThrow();
        if (absorbed.combinedInto() != null) {
            throw new Conflict("Person " + absorbedId + " has already been combined into another record.");
        }
        if (survivor.combinedInto() != null) {
            throw new Conflict(
                    "Person " + survivorId + " has itself been combined into another record; combine into that one.");
        }
        if (survivor.restricted() != absorbed.restricted()) {
            throw new Conflict(
                    "A restricted record can only be combined with another restricted record: "
                            + "restrict or unrestrict one of them first, so nothing restricted becomes visible by the combination.");
        }
        PersonRow s = persons.find(survivorId).orElseThrow();
        PersonRow a = persons.find(absorbedId).orElseThrow();
        long id = combinations.combine(
                survivorId, absorbedId, why, clock.instant(), actor.username(), a, !sameName(s, a));
        audit.record(AuditRecord.of(
                        Operation.COMBINATION,
                        actor,
                        why,
                        ref(survivorId),
                        ref(absorbedId),
                        RecordRef.of(RecordType.COMBINATION, id))
                .withDetail("combined person " + absorbedId + " into person " + survivorId));
        events.publishEvent(new PersonChanged(survivorId));
        events.publishEvent(new PersonChanged(absorbedId));
        return id;
    }

    /**
     * Separates the persons again, exactly as they were before. Refused while the survivor has
     * itself been combined into a third record: what moved onto it has moved on, so that later
     * combination must be undone first. Returns the id of the person separated again.
     */
    @Transactional
    public long undo(Actor actor, long combinationId, @Nullable String reason) {
        access.policy().require(actor, Permission.PERSON_COMBINE);
        String why = reason(reason);
        CombinationStore.CombinationRow c = combinations
                .lockCombination(combinationId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.COMBINATION, combinationId)));
        List<CombinationStore.Locked> locked = lockBoth(actor, c.survivorId(), c.absorbedId());
        if (c.undoneAt() != null) {
            throw new Conflict("This combination has already been undone.");
        }
        CombinationStore.Locked survivor = locked.stream()
                .filter(l -> l.id() == c.survivorId())
                .findFirst()
                .orElseThrow();
        if (survivor.combinedInto() != null) {
            throw new Conflict("Person " + c.survivorId() + " has since been combined into person "
                    + survivor.combinedInto() + "; undo that combination first.");
        }
        combinations.undo(c, why, clock.instant(), actor.username());
        audit.record(AuditRecord.of(
                        Operation.COMBINATION,
                        actor,
                        why,
                        ref(c.survivorId()),
                        ref(c.absorbedId()),
                        RecordRef.of(RecordType.COMBINATION, combinationId))
                .withDetail("undid combination " + combinationId + ": person " + c.absorbedId()
                        + " separated from person " + c.survivorId()));
        events.publishEvent(new PersonChanged(c.survivorId()));
        events.publishEvent(new PersonChanged(c.absorbedId()));
        return c.absorbedId();
    }

    /** Locks both persons; a missing one and one the actor may not open look the same (404). */
    private List<CombinationStore.Locked> lockBoth(Actor actor, long first, long second) {
        List<CombinationStore.Locked> locked = combinations.lock(first, second);
        for (long id : new long[] {first, second}) {
            CombinationStore.Locked l = locked.stream()
                    .filter(x -> x.id() == id)
                    .findFirst()
                    .orElseThrow(() -> new RecordNotFound(ref(id)));
            access.requireWrite(actor, Permission.PERSON_COMBINE, EntityType.PERSON, id, l.restricted());
        }
        return locked;
    }

    private static boolean sameName(PersonRow s, PersonRow a) {
        return s.forename().equalsIgnoreCase(a.forename())
                && s.surname().equalsIgnoreCase(a.surname())
                && java.util.Objects.equals(s.dateOfBirth(), a.dateOfBirth());
    }

    private static String reason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(
                    "reason", "Give the reason: why these records are one person (it goes into the audit trail).");
        }
        if (reason.length() > 500) {
            throw new InvalidInput("reason", "The reason must be at most 500 characters.");
        }
        return reason.trim();
    }

    private static RecordRef ref(long personId) {
        return PoleAccess.ref(EntityType.PERSON, personId);
    }
}
