package org.constable.people.application;

import java.util.List;
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
     * Opens a record: the access decision first, then the caller builds what it shows, and the
     * consultation is appended last, so the audit chain's lock is held only for the append and
     * the commit, not for the whole read.
     */
    <T> T consult(
            Actor actor,
            Permission permission,
            EntityType type,
            long id,
            boolean restricted,
            String purpose,
            java.util.function.Supplier<T> read) {
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        policy.requireRecord(actor, permission, ref(type, id), restricted);
        T shown = read.get();
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, ref(type, id)));
        return shown;
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
