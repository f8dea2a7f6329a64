package org.constable.people.domain;

/** The POLE entities this module holds. */
public enum EntityType {
    PERSON("person"),
    LOCATION("location"),
    VEHICLE("vehicle");

    private final String recordType;

    EntityType(String recordType) {
        this.recordType = recordType;
    }

    /** The record type used in audit entries and need-to-know grants. */
    public String recordType() {
        return recordType;
    }
}
