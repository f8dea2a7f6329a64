package org.constable.crime.application;

import java.util.Set;
import org.constable.crime.persistence.CrimeStore;
import org.constable.identity.RestrictableRecords;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/** Tells identity which crime records exist, so need-to-know is granted only on real ones. */
@Component
class RestrictableCrimes implements RestrictableRecords {

    private final CrimeStore crimes;

    RestrictableCrimes(CrimeStore crimes) {
        this.crimes = crimes;
    }

    @Override
    public Set<RecordType> types() {
        return Set.of(RecordType.CRIME);
    }

    @Override
    public boolean exists(RecordRef record) {
        return record.type() == RecordType.CRIME && crimes.find(record.id()).isPresent();
    }
}
