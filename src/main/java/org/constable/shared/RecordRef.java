package org.constable.shared;

import java.util.Objects;

/** A reference to one record of one module, e.g. {@code person:42}. Used by audit and access decisions. */
public record RecordRef(RecordType type, long id) {

    public RecordRef {
        Objects.requireNonNull(type, "type");
    }

    public static RecordRef of(RecordType type, long id) {
        return new RecordRef(type, id);
    }

    /**
     * A reference by the type's stored code; only for codes read back from storage or from a branch
     * not yet moved to {@link RecordType}.
     */
    @Deprecated
    public static RecordRef of(String type, long id) {
        return new RecordRef(RecordType.ofCode(type), id);
    }

    /** "person:42" back into a reference, as the audit trail prints it. */
    public static RecordRef parse(String ref) {
        int colon = ref.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("not a record reference: " + ref);
        }
        return new RecordRef(RecordType.ofCode(ref.substring(0, colon)), Long.parseLong(ref.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return type.code() + ":" + id;
    }
}
