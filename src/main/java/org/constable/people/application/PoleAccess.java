package org.constable.people.application;

import java.util.List;
import java.util.Objects;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.domain.EntityType;
import org.constable.people.persistence.LinkStore;
import org.constable.shared.RecordRef;
import org.springframework.stereotype.Component;

/** The access and audit steps every POLE use case shares. */
@Component
class PoleAccess {

    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    PoleAccess(AccessPolicy policy, AuditTrail audit, org.springframework.context.ApplicationEventPublisher events) {
        this.policy = policy;
        this.audit = audit;
        this.events = events;
    }

    AccessPolicy policy() {
        return policy;
    }

    static RecordRef ref(EntityType type, long id) {
        return RecordRef.of(type.recordType(), id);
    }

    /**
     * Opens a record by an id the caller gave: the purpose first (so a request without one gets the
     * same 400 whatever it names), then one access decision for a missing record and a restricted one
     * without need-to-know (the same 404, body and cost), then the caller builds what it shows, and the
     * consultation is appended last, so the audit chain's lock is held only for the append and commit.
     */
    <R, T> T consult(
            Actor actor,
            Permission permission,
            EntityType type,
            long id,
            String purpose,
            java.util.function.LongFunction<java.util.Optional<R>> lookup,
            java.util.function.Predicate<R> restricted,
            java.util.function.Function<R, T> read) {
        AuditRecord.requirePurpose(purpose);
        R row = found(actor, permission, type, id, lookup, restricted);
        T shown = read.apply(row);
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, ref(type, id)));
        return shown;
    }

    /**
     * The record to change or link, if it exists and the actor may reach it; a missing one and a
     * restricted one without need-to-know are the same RecordNotFound.
     */
    <R> R found(
            Actor actor,
            Permission permission,
            EntityType type,
            long id,
            java.util.function.LongFunction<java.util.Optional<R>> lookup,
            java.util.function.Predicate<R> restricted) {
        R row = lookup.apply(id).orElse(null);
        policy.requireFound(actor, permission, ref(type, id), row == null ? null : restricted.test(row));
        return Objects.requireNonNull(row, "requireFound refuses a record that does not exist");
    }

    void requireWrite(Actor actor, Permission permission, EntityType type, long id, boolean restricted) {
        policy.requireRecord(actor, permission, ref(type, id), restricted);
    }

    /** Audits a change and announces it, so read models (the search index) re-read every record it touched. */
    void recordChange(Actor actor, Operation operation, String detail, RecordRef... records) {
        audit.record(AuditRecord.of(operation, actor, null, records).withDetail(detail));
        for (RecordRef r : records) {
            switch (r.type()) {
                case PERSON -> events.publishEvent(new org.constable.people.PersonChanged(r.id()));
                case LOCATION -> events.publishEvent(new org.constable.people.LocationChanged(r.id()));
                case VEHICLE -> events.publishEvent(new org.constable.people.VehicleChanged(r.id()));
                default -> {}
            }
        }
    }

    static List<Views.Marker> markers(LinkStore links, EntityType type, long id) {
        return links.markersOf(type, id).stream()
                .map(m -> new Views.Marker(m.id(), m.marker(), labelOf(m.marker()), m.note()))
                .toList();
    }

    static Views.Link link(LinkStore.LinkRow l) {
        return new Views.Link(
                l.id(), l.fromType().name(), l.fromId(), l.toType().name(), l.toId(), l.kind());
    }

    private static String labelOf(String marker) {
        try {
            return org.constable.people.domain.WarningMarkerType.valueOf(marker).label();
        } catch (IllegalArgumentException e) {
            return marker;
        }
    }
}
