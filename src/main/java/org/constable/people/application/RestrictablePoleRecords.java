package org.constable.people.application;

import java.util.Set;
import org.constable.identity.RestrictableRecords;
import org.constable.people.persistence.LocationStore;
import org.constable.people.persistence.PersonStore;
import org.constable.people.persistence.VehicleStore;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/** Tells identity which persons, locations and vehicles exist, so need-to-know is granted only on real ones. */
@Component
class RestrictablePoleRecords implements RestrictableRecords {

    private final PersonStore persons;
    private final LocationStore locations;
    private final VehicleStore vehicles;

    RestrictablePoleRecords(PersonStore persons, LocationStore locations, VehicleStore vehicles) {
        this.persons = persons;
        this.locations = locations;
        this.vehicles = vehicles;
    }

    @Override
    public Set<RecordType> types() {
        return Set.of(RecordType.PERSON, RecordType.LOCATION, RecordType.VEHICLE);
    }

    @Override
    public boolean exists(RecordRef record) {
        return switch (record.type()) {
            case PERSON -> persons.find(record.id()).isPresent();
            case LOCATION -> locations.find(record.id()).isPresent();
            case VEHICLE -> vehicles.find(record.id()).isPresent();
            default -> false;
        };
    }
}
