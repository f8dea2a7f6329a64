package org.constable.shared;

import java.util.Objects;

/** A reference to one record of one module, e.g. {@code person:42}. Used by audit and access decisions. */
public record RecordRef(String type, long id) {

    public RecordRef {
        Objects.requireNonNull(type, "type");
        if (!type.matches("[a-z][a-z_-]{1,40}")) {
            throw new IllegalArgumentException("record type must be a lower-case word: " + type);
        }
    }

    public static RecordRef of(String type, long id) {
        return new RecordRef(type, id);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
