package org.constable.people.application;

import java.time.Clock;
import java.util.Locale;
import org.constable.audit.Operation;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.domain.EntityType;
import org.constable.people.persistence.LocationStore;
import org.constable.people.persistence.PersonStore;
import org.constable.people.persistence.VehicleStore;
import org.constable.shared.Conflict;
import org.constable.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lifting a restriction: a decision of its own, never the side effect of an edit. It is taken by
 * someone who decides who may see restricted records (the need-to-know granting permission) and
 * who may see this record, with a reason, and it is audited. Afterwards everything derived from the
 * record shows it again, because derived records read the live flag.
 */
@Service
public class RestrictionLifting {

    private final PersonStore persons;
    private final LocationStore locations;
    private final VehicleStore vehicles;
    private final PoleAccess access;
    private final Clock clock;

    RestrictionLifting(
            PersonStore persons, LocationStore locations, VehicleStore vehicles, PoleAccess access, Clock clock) {
        this.persons = persons;
        this.locations = locations;
        this.vehicles = vehicles;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void lift(Actor actor, EntityType type, long id, String reason) {
        Permission write = switch (type) {
            case PERSON -> Permission.PERSON_WRITE;
            case LOCATION -> Permission.LOCATION_WRITE;
            case VEHICLE -> Permission.VEHICLE_WRITE;
        };
        access.policy().require(actor, write);
        access.policy().require(actor, Permission.NEED_TO_KNOW_GRANT);
        boolean restricted = switch (type) {
            case PERSON -> persons.find(id).orElseThrow(() -> missing(type, id)).restricted();
            case LOCATION ->
                locations.find(id).orElseThrow(() -> missing(type, id)).restricted();
            case VEHICLE ->
                vehicles.find(id).orElseThrow(() -> missing(type, id)).restricted();
        };
        access.requireWrite(actor, write, type, id, restricted);
        if (reason == null || reason.isBlank() || reason.trim().length() > 1000) {
            throw new IllegalArgumentException(
                    "Give the reason for lifting the restriction (reason, 1 to 1000 characters).");
        }
        boolean lifted = switch (type) {
            case PERSON -> persons.liftRestriction(id, clock.instant());
            case LOCATION -> locations.liftRestriction(id, clock.instant());
            case VEHICLE -> vehicles.liftRestriction(id, clock.instant());
        };
        if (!lifted) {
            throw new Conflict(
                    "This " + type.name().toLowerCase(Locale.ROOT) + " is not restricted: there is nothing to lift.");
        }
        access.recordChange(
                actor, Operation.ALTERATION, "restriction lifted; reason: " + reason.trim(), PoleAccess.ref(type, id));
    }

    private static RecordNotFound missing(EntityType type, long id) {
        return new RecordNotFound(PoleAccess.ref(type, id));
    }
}
