package org.constable.evidence.application;

import java.time.Clock;
import java.time.Instant;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.crime.PersonCrimes;
import org.constable.evidence.domain.ContinuityChain;
import org.constable.evidence.domain.ExhibitReference;
import org.constable.evidence.domain.Movement;
import org.constable.evidence.domain.MovementKind;
import org.constable.evidence.persistence.ExhibitStore;
import org.constable.evidence.persistence.PropertyStoreStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Permission;
import org.constable.people.PoleDirectory;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording an exhibit seized for a crime, and each movement of it, as an append-only chain. */
@Service
public class ExhibitDesk {

    /** What the seizing officer records. {@code seizedBy} null: the one recording it. */
    public record NewExhibit(
            @Nullable Long crimeId,
            @Nullable String reference,
            @Nullable String description,
            @Nullable String seizedBy,
            @Nullable Instant seizedAt,
            @Nullable String seizedWhere,
            @Nullable String seal,
            @Nullable Long personId,
            @Nullable Long locationId) {}

    /** One movement. From-holder and from-place null: where the chain left it. {@code storeId} for "stored at". */
    public record NewMovement(
            @Nullable MovementKind kind,
            @Nullable String fromHolder,
            @Nullable String fromPlace,
            @Nullable String toHolder,
            @Nullable String toPlace,
            @Nullable Long storeId,
            @Nullable Instant at,
            @Nullable String sealSeen,
            @Nullable String authority,
            boolean inError,
            @Nullable String note) {}

    private final ExhibitStore exhibits;
    private final PropertyStoreStore stores;
    private final ExhibitAccess access;
    private final AccessPolicy policy;
    private final PersonCrimes crimes;
    private final PoleDirectory pole;
    private final CurrentActor users;
    private final AuditTrail audit;
    private final Clock clock;

    ExhibitDesk(
            ExhibitStore exhibits,
            PropertyStoreStore stores,
            ExhibitAccess access,
            AccessPolicy policy,
            PersonCrimes crimes,
            PoleDirectory pole,
            CurrentActor users,
            AuditTrail audit,
            Clock clock) {
        this.exhibits = exhibits;
        this.stores = stores;
        this.access = access;
        this.policy = policy;
        this.crimes = crimes;
        this.pole = pole;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long record(Actor actor, NewExhibit n) {
        policy.require(actor, Permission.EXHIBIT_RECORD);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String reference = null;
        try {
            reference = ExhibitReference.of(n.reference());
        } catch (InvalidInput e) {
            e.errors().forEach(f -> errors.add(f.field(), f.message()));
        }
        if (n.crimeId() == null) {
            errors.add("crimeId", "Name the crime the exhibit is seized for: the case its reference belongs to.");
        } else if (crimes.byId(n.crimeId()).isEmpty()) {
            errors.add("crimeId", "There is no crime " + n.crimeId() + ".");
        }
        String description =
                text(n.description(), "description", "Describe the exhibit as it would be read in court.", errors);
        String seizedWhere = text(n.seizedWhere(), "seizedWhere", "Say where the exhibit was seized.", errors);
        String seal = text(n.seal(), "seal", "Give the number of the seal put on the exhibit's bag.", errors);
        String seizedBy = or(n.seizedBy(), actor.username());
        if (users.load(seizedBy).isEmpty()) {
            errors.add("seizedBy", "Who seized it must be a user of this force; " + seizedBy + " is not.");
        }
        Instant now = clock.instant();
        Instant seizedAt = n.seizedAt() == null ? now : n.seizedAt();
        if (seizedAt.isAfter(now.plusSeconds(60))) {
            errors.add("seizedAt", "The time of seizure cannot be in the future.");
        }
        if (n.personId() != null && !pole.personVisible(actor, n.personId())) {
            errors.add("personId", "There is no person " + n.personId() + ".");
        }
        if (n.locationId() != null && pole.place(actor, n.locationId()).isEmpty()) {
            errors.add("locationId", "There is no location " + n.locationId() + ".");
        }
        errors.throwIfAny();
        long crimeId = java.util.Objects.requireNonNull(n.crimeId());
        String ref = java.util.Objects.requireNonNull(reference);
        if (exhibits.referenceTaken(crimeId, ref)) {
            throw new Conflict("reference: " + ref + " is already an exhibit of this crime; the officer's next number"
                    + " is the next free one.");
        }
        long id = exhibits.insert(new ExhibitStore.ExhibitRow(
                0,
                crimeId,
                ref,
                description,
                seizedBy,
                seizedAt,
                seizedWhere,
                seal,
                n.personId(),
                n.locationId(),
                actor.username(),
                now));
        audit.record(AuditRecord.of(Operation.COLLECTION, actor, null, refs(id, crimeId, n.personId()))
                .withDetail("exhibit " + ref + " seized"));
        return id;
    }

    @Transactional
    public int move(Actor actor, long exhibitId, NewMovement n) {
        ExhibitStore.ExhibitRow e = access.open(actor, Permission.EXHIBIT_RECORD, exhibitId);
        exhibits.lock(exhibitId);
        ContinuityChain chain = new ContinuityChain(e.seizure(), exhibits.movements(exhibitId));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (n.kind() == null) {
            errors.add(
                    "kind",
                    "Say what happened: handed to, stored at, sent to a laboratory, returned, produced at"
                            + " court, disposed of or returned to its owner.");
            errors.throwIfAny();
        }
        MovementKind kind = java.util.Objects.requireNonNull(n.kind());
        if (kind.endsTheChain()) {
            policy.require(actor, Permission.PROPERTY_STORE_MANAGE);
        }
        chain.admit(kind, n.authority(), n.inError());
        if (n.inError() && (n.note() == null || n.note().isBlank())) {
            errors.add("note", "An entry recorded as an error needs a note saying what it corrects.");
        }
        String toPlace = n.toPlace() == null ? "" : n.toPlace().trim();
        Long storeId = n.storeId();
        if (kind == MovementKind.STORED_AT) {
            var store = storeId == null ? null : stores.find(storeId).orElse(null);
            if (store == null) {
                errors.add("storeId", "Choose the property store it was put in.");
            } else {
                toPlace = store.name();
            }
        } else if (storeId != null) {
            errors.add("storeId", "Only \"stored at\" names a property store.");
        }
        if (toPlace.isEmpty()) {
            errors.add("toPlace", "Say where the exhibit went.");
        }
        String toHolder =
                text(n.toHolder(), "toHolder", "Say who received the exhibit (a name, a laboratory, a court).", errors);
        String seal = text(n.sealSeen(), "sealSeen", "Give the seal number seen on the bag at this movement.", errors);
        Instant now = clock.instant();
        Instant at = n.at() == null ? now : n.at();
        if (at.isAfter(now.plusSeconds(60))) {
            errors.add("at", "The time of a movement cannot be in the future.");
        }
        errors.throwIfAny();
        var from = chain.whereabouts();
        Movement m = new Movement(
                chain.nextSeq(),
                kind,
                or(n.fromHolder(), from.holder()),
                or(n.fromPlace(), from.place()),
                toHolder,
                toPlace,
                kind == MovementKind.STORED_AT ? storeId : null,
                at,
                seal,
                trimmed(n.authority()),
                n.inError(),
                trimmed(n.note()),
                actor.username());
        exhibits.append(exhibitId, m, now);
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, refs(exhibitId, e.crimeId(), e.personId()))
                .withDetail("continuity entry " + m.seq() + ": " + kind.label()));
        return m.seq();
    }

    static RecordRef[] refs(long exhibitId, long crimeId, @Nullable Long personId) {
        return personId == null
                ? new RecordRef[] {RecordRef.of(RecordType.EXHIBIT, exhibitId), RecordRef.of(RecordType.CRIME, crimeId)}
                : new RecordRef[] {
                    RecordRef.of(RecordType.EXHIBIT, exhibitId),
                    RecordRef.of(RecordType.CRIME, crimeId),
                    RecordRef.of(RecordType.PERSON, personId)
                };
    }

    private static String or(@Nullable String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s.trim();
    }

    private static @Nullable String trimmed(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String text(@Nullable String s, String field, String message, InvalidInput.Collector errors) {
        if (s == null || s.isBlank()) {
            errors.add(field, message);
            return "";
        }
        String t = s.trim();
        if (t.length() > 2000) {
            errors.add(field, "At most 2000 characters.");
        }
        return t;
    }
}
