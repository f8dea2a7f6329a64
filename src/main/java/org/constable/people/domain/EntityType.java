package org.constable.people.domain;

import org.constable.shared.RecordType;

/** The POLE entities this module holds. */
public enum EntityType {
    PERSON(RecordType.PERSON),
    LOCATION(RecordType.LOCATION),
    VEHICLE(RecordType.VEHICLE);

    private final RecordType recordType;

    EntityType(RecordType recordType) {
        this.recordType = recordType;
    }

    /** The record type used in audit entries and need-to-know grants. */
    public RecordType recordType() {
        return recordType;
    }
}
