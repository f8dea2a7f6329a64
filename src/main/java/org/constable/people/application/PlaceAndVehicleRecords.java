package org.constable.people.application;

import java.time.Clock;
import org.constable.audit.Operation;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.domain.EntityType;
import org.constable.people.domain.Postcode;
import org.constable.people.domain.RestrictionOnUpdate;
import org.constable.people.domain.Vrm;
import org.constable.people.domain.WarningMarkerType;
import org.constable.people.persistence.LinkStore;
import org.constable.people.persistence.LocationRow;
import org.constable.people.persistence.LocationStore;
import org.constable.people.persistence.PersonStore;
import org.constable.people.persistence.VehicleStore;
import org.constable.shared.GeoPoint;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on locations, vehicles and the links between POLE entities. */
@Service
public class PlaceAndVehicleRecords {

    public record LocationInput(
            @Nullable String premises,
            @Nullable String street,
            @Nullable String locality,
            @Nullable String town,
            @Nullable String postcode,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable Boolean restricted) {}

    /** {@code restricted}: on creation, null means not restricted; on an edit, null leaves it as it is. */
    public record VehicleInput(
            @Nullable String vrm,
            @Nullable String make,
            @Nullable String model,
            @Nullable String colour,
            @Nullable Boolean restricted) {}

    private final LocationStore locations;
    private final VehicleStore vehicles;
    private final PersonStore persons;
    private final LinkStore links;
    private final PoleAccess access;
    private final WarningMarkers markers;
    private final LinkVisibility linkVisibility;
    private final Clock clock;

    public PlaceAndVehicleRecords(
            LocationStore locations,
            VehicleStore vehicles,
            PersonStore persons,
            LinkStore links,
            PoleAccess access,
            WarningMarkers markers,
            LinkVisibility linkVisibility,
            Clock clock) {
        this.markers = markers;
        this.linkVisibility = linkVisibility;
        this.locations = locations;
        this.vehicles = vehicles;
        this.persons = persons;
        this.links = links;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public long createLocation(Actor actor, LocationInput in) {
        access.policy().require(actor, Permission.LOCATION_WRITE);
        long id = locations.insert(checked(in, Boolean.TRUE.equals(in.restricted())), clock.instant());
        access.recordChange(actor, Operation.COLLECTION, "created location", PoleAccess.ref(EntityType.LOCATION, id));
        return id;
    }

    @Transactional
    public Views.Location openLocation(Actor actor, long id, String purpose) {
        return access.consult(
                actor,
                Permission.LOCATION_READ,
                EntityType.LOCATION,
                id,
                purpose,
                locations::find,
                LocationRow::restricted,
                l -> new Views.Location(
                        l.id(),
                        l.premises(),
                        l.street(),
                        l.locality(),
                        l.town(),
                        l.postcode(),
                        l.latitude(),
                        l.longitude(),
                        l.restricted(),
                        l.version(),
                        PoleAccess.markers(links, EntityType.LOCATION, id),
                        linkVisibility
                                .visible(actor, EntityType.LOCATION, id, links.linksOf(EntityType.LOCATION, id))
                                .stream()
                                .map(PoleAccess::link)
                                .toList()));
    }

    @Transactional
    public void updateLocation(Actor actor, long id, int version, LocationInput in) {
        LocationRow l = access.found(
                actor, Permission.LOCATION_WRITE, EntityType.LOCATION, id, locations::find, LocationRow::restricted);
        boolean after = RestrictionOnUpdate.after(l.restricted(), in.restricted());
        if (!locations.update(id, version, checked(in, after), clock.instant())) {
            throw new OptimisticLockingFailureException("location " + id + " changed since version " + version);
        }
        access.recordChange(
                actor,
                Operation.ALTERATION,
                after && !l.restricted() ? "updated location; restricted" : "updated location",
                PoleAccess.ref(EntityType.LOCATION, id));
    }

    @Transactional
    public long addLocationWarning(Actor actor, long id, WarningMarkerType marker, @Nullable String note) {
        LocationRow l = access.found(
                actor,
                Permission.WARNING_MARKER_WRITE,
                EntityType.LOCATION,
                id,
                locations::find,
                LocationRow::restricted);
        return markers.add(actor, EntityType.LOCATION, id, l.restricted(), marker, note);
    }

    @Transactional
    public long createVehicle(Actor actor, VehicleInput in) {
        access.policy().require(actor, Permission.VEHICLE_WRITE);
        long id = vehicles.insert(
                Vrm.normalise(in.vrm()),
                trim(in.make()),
                trim(in.model()),
                trim(in.colour()),
                Boolean.TRUE.equals(in.restricted()),
                clock.instant());
        access.recordChange(actor, Operation.COLLECTION, "created vehicle", PoleAccess.ref(EntityType.VEHICLE, id));
        return id;
    }

    @Transactional
    public Views.Vehicle openVehicle(Actor actor, long id, String purpose) {
        return access.consult(
                actor,
                Permission.VEHICLE_READ,
                EntityType.VEHICLE,
                id,
                purpose,
                vehicles::find,
                VehicleStore.VehicleRow::restricted,
                v -> new Views.Vehicle(v.id(), v.vrm(), v.make(), v.model(), v.colour(), v.restricted(), v.version()));
    }

    @Transactional
    public void updateVehicle(Actor actor, long id, int version, VehicleInput in) {
        VehicleStore.VehicleRow v = access.found(
                actor,
                Permission.VEHICLE_WRITE,
                EntityType.VEHICLE,
                id,
                vehicles::find,
                VehicleStore.VehicleRow::restricted);
        boolean after = RestrictionOnUpdate.after(v.restricted(), in.restricted());
        if (!vehicles.update(
                id,
                version,
                Vrm.normalise(in.vrm()),
                trim(in.make()),
                trim(in.model()),
                trim(in.colour()),
                after,
                clock.instant())) {
            throw new OptimisticLockingFailureException("vehicle " + id + " changed since version " + version);
        }
        access.recordChange(
                actor,
                Operation.ALTERATION,
                after && !v.restricted() ? "updated vehicle; restricted" : "updated vehicle",
                PoleAccess.ref(EntityType.VEHICLE, id));
    }

    /** Links two entities, e.g. a person who owns a vehicle. Both ends must exist and be visible to the actor. */
    @Transactional
    public long link(Actor actor, EntityType fromType, long fromId, EntityType toType, long toId, String kind) {
        if (kind == null || !kind.matches("[A-Z_]{2,30}")) {
            throw new InvalidInput("kind", "kind must be an upper-case word such as OWNER, ASSOCIATE or KEEPER");
        }
        if (fromType == toType && fromId == toId) {
            throw new InvalidInput("toId", "an entity cannot be linked to itself");
        }
        requireWritable(actor, fromType, fromId);
        requireWritable(actor, toType, toId);
        long id = links.link(fromType, fromId, toType, toId, kind, clock.instant());
        access.recordChange(
                actor,
                Operation.COMBINATION,
                "linked " + kind,
                PoleAccess.ref(fromType, fromId),
                PoleAccess.ref(toType, toId));
        return id;
    }

    private void requireWritable(Actor actor, EntityType type, long id) {
        switch (type) {
            case PERSON ->
                access.found(
                        actor,
                        Permission.PERSON_WRITE,
                        type,
                        id,
                        persons::find,
                        org.constable.people.persistence.PersonRow::restricted);
            case LOCATION ->
                access.found(actor, Permission.LOCATION_WRITE, type, id, locations::find, LocationRow::restricted);
            case VEHICLE ->
                access.found(
                        actor, Permission.VEHICLE_WRITE, type, id, vehicles::find, VehicleStore.VehicleRow::restricted);
        }
    }

    private static LocationStore.LocationData checked(LocationInput in, boolean restricted) {
        if (in.street() == null
                || in.street().isBlank()
                || in.town() == null
                || in.town().isBlank()) {
            throw new InvalidInput(
                    in.street() == null || in.street().isBlank() ? "street" : "town", "street and town are required");
        }
        if ((in.latitude() == null) != (in.longitude() == null)) {
            throw new InvalidInput(
                    in.latitude() == null ? "latitude" : "longitude", "give both latitude and longitude, or neither");
        }
        if (in.latitude() != null) {
            new GeoPoint(in.latitude(), in.longitude());
        }
        return new LocationStore.LocationData(
                trim(in.premises()),
                in.street().trim(),
                trim(in.locality()),
                in.town().trim(),
                Postcode.normalise(in.postcode()),
                in.latitude(),
                in.longitude(),
                restricted);
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
