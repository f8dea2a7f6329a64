package org.constable.evidence.application;

import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.evidence.domain.ContinuityChain;
import org.constable.evidence.domain.StoreCheck;
import org.constable.evidence.persistence.ExhibitStore;
import org.constable.evidence.persistence.PropertyStoreStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.Conflict;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Property stores: what the chains say each holds, and checks of a store against the records. */
@Service
public class PropertyStores {

    public record Store(long id, String name, String address) {}

    /** One exhibit held, by its shelf label; {@code id} null when the actor may not open it (restricted). */
    public record Held(@Nullable Long id, String label, String description, String since) {}

    public record Check(long id, String checkedBy, String checkedAt, StoreCheck result) {}

    public record Holdings(Store store, List<Held> held, int withheld, List<Check> checks) {}

    private final PropertyStoreStore stores;
    private final ExhibitStore exhibits;
    private final ExhibitAccess access;
    private final ExhibitQueries queries;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    PropertyStores(
            PropertyStoreStore stores,
            ExhibitStore exhibits,
            ExhibitAccess access,
            ExhibitQueries queries,
            AccessPolicy policy,
            AuditTrail audit,
            java.time.Clock clock) {
        this.stores = stores;
        this.exhibits = exhibits;
        this.access = access;
        this.queries = queries;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Store> stores(Actor actor) {
        policy.require(actor, Permission.EVIDENCE_READ);
        return stores.stores().stream()
                .map(s -> new Store(s.id(), s.name(), s.address()))
                .toList();
    }

    @Transactional
    public long open(Actor actor, @Nullable String name, @Nullable String address) {
        policy.require(actor, Permission.PROPERTY_STORE_MANAGE);
        InvalidInput.Collector errors = new InvalidInput.Collector();
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add("name", "Name the property store (at most 200 characters).");
        }
        if (address == null || address.isBlank() || address.length() > 500) {
            errors.add("address", "Give the store's address (at most 500 characters).");
        }
        errors.throwIfAny();
        String n = java.util.Objects.requireNonNull(name).trim();
        if (stores.byName(n).isPresent()) {
            throw new Conflict("name: a property store called " + n + " already exists.");
        }
        long id = stores.insert(n, java.util.Objects.requireNonNull(address).trim());
        audit.record(AuditRecord.of(Operation.COLLECTION, actor, null, RecordRef.of(RecordType.PROPERTY_STORE, id))
                .withDetail("property store opened"));
        return id;
    }

    @Transactional
    public Holdings holdings(Actor actor, long storeId, String purpose) {
        AuditRecord.requirePurpose(purpose);
        policy.require(actor, Permission.EVIDENCE_READ);
        var store = stores.find(storeId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.PROPERTY_STORE, storeId)));
        List<Held> held = new ArrayList<>();
        int withheld = 0;
        List<RecordRef> read = new ArrayList<>();
        read.add(RecordRef.of(RecordType.PROPERTY_STORE, storeId));
        for (HeldExhibit h : held(storeId)) {
            if (access.visible(actor, h.row())) {
                held.add(new Held(h.row().id(), h.label(), h.row().description(), h.since()));
                read.add(RecordRef.of(RecordType.EXHIBIT, h.row().id()));
            } else {
                withheld++;
            }
        }
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, read.toArray(RecordRef[]::new))
                .withDetail("what a property store holds"));
        List<Check> checks = stores.checks(storeId, 10).stream()
                .map(c -> new Check(c.id(), c.checkedBy(), ForceTime.dateTime(c.checkedAt()), c.check()))
                .toList();
        return new Holdings(new Store(store.id(), store.name(), store.address()), held, withheld, checks);
    }

    /** Records a check: the labels found on the shelves against what the chains say is there. */
    @Transactional
    public Check check(Actor actor, long storeId, @Nullable List<String> found) {
        policy.require(actor, Permission.PROPERTY_STORE_MANAGE);
        if (stores.find(storeId).isEmpty()) {
            throw new RecordNotFound(RecordRef.of(RecordType.PROPERTY_STORE, storeId));
        }
        if (found == null) {
            throw new InvalidInput("found", "List the labels found in the store (an empty list if it is empty).");
        }
        List<String> expected = held(storeId).stream().map(HeldExhibit::label).toList();
        StoreCheck result = StoreCheck.of(expected, found);
        var now = clock.instant();
        long id = stores.insertCheck(storeId, actor.username(), now, result);
        audit.record(AuditRecord.of(Operation.COLLECTION, actor, null, RecordRef.of(RecordType.PROPERTY_STORE, storeId))
                .withDetail("store check: " + result.missing().size() + " missing, "
                        + result.unexpected().size() + " not on the records"));
        return new Check(id, actor.username(), ForceTime.dateTime(now), result);
    }

    private record HeldExhibit(ExhibitStore.ExhibitRow row, String label, String since) {}

    private List<HeldExhibit> held(long storeId) {
        List<HeldExhibit> held = new ArrayList<>();
        for (ExhibitStore.ExhibitRow e : exhibits.everStoredIn(storeId)) {
            ContinuityChain chain = new ContinuityChain(e.seizure(), exhibits.movements(e.id()));
            if (chain.heldIn(storeId)) {
                var last = chain.movements().stream()
                        .filter(m -> !m.inError())
                        .reduce((a, b) -> b)
                        .orElseThrow();
                held.add(new HeldExhibit(
                        e,
                        StoreCheck.label(queries.crimeReference(e.crimeId()), e.reference()),
                        ForceTime.dateTime(last.at())));
            }
        }
        return held;
    }
}
