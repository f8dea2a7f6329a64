package org.constable.people.application;

import java.util.List;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.domain.EntityType;
import org.constable.people.persistence.LinkStore;
import org.constable.people.persistence.LocationStore;
import org.constable.people.persistence.PersonStore;
import org.constable.people.persistence.VehicleStore;
import org.springframework.stereotype.Component;

/**
 * A link shows only when the actor may open the record at its other end: a link to a restricted
 * record must not reveal, even by its id, that the record exists.
 */
@Component
class LinkVisibility {

    private final PersonStore persons;
    private final LocationStore locations;
    private final VehicleStore vehicles;
    private final AccessPolicy policy;

    LinkVisibility(PersonStore persons, LocationStore locations, VehicleStore vehicles, AccessPolicy policy) {
        this.persons = persons;
        this.locations = locations;
        this.vehicles = vehicles;
        this.policy = policy;
    }

    List<LinkStore.LinkRow> visible(Actor actor, EntityType selfType, long selfId, List<LinkStore.LinkRow> links) {
        return links.stream()
                .filter(l -> {
                    boolean selfIsFrom = l.fromType() == selfType && l.fromId() == selfId;
                    EntityType type = selfIsFrom ? l.toType() : l.fromType();
                    long id = selfIsFrom ? l.toId() : l.fromId();
                    return mayOpen(actor, type, id);
                })
                .toList();
    }

    private boolean mayOpen(Actor actor, EntityType type, long id) {
        return switch (type) {
            case PERSON ->
                persons.find(id)
                        .map(p ->
                                policy.mayOpen(actor, Permission.PERSON_READ, PoleAccess.ref(type, id), p.restricted()))
                        .orElse(false);
            case LOCATION ->
                locations
                        .find(id)
                        .map(l -> policy.mayOpen(
                                actor, Permission.LOCATION_READ, PoleAccess.ref(type, id), l.restricted()))
                        .orElse(false);
            case VEHICLE ->
                vehicles.find(id)
                        .map(v -> policy.mayOpen(
                                actor, Permission.VEHICLE_READ, PoleAccess.ref(type, id), v.restricted()))
                        .orElse(false);
        };
    }
}
