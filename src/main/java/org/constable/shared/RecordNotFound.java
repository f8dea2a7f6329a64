package org.constable.shared;

/**
 * No such record, or one the user may not know exists: the two must look the same so that
 * guessing ids reveals nothing.
 */
public class RecordNotFound extends RuntimeException {

    private final RecordRef record;

    public RecordNotFound(RecordRef record) {
        super("No " + record.type() + " with id " + record.id());
        this.record = record;
    }

    public RecordRef record() {
        return record;
    }
}
