package org.constable.identity;

import java.util.Set;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;

/**
 * Implemented by each module that owns records a need-to-know grant can name (people, dispatch,
 * crime), so that identity can refuse a grant on a record that does not exist without depending on
 * the module that owns it. Answers only whether the record exists, never what it holds.
 */
public interface RestrictableRecords {

    /** The record types this module owns that a grant can name: e.g. person, location. */
    Set<RecordType> types();

    /** True if the record exists (restricted or not). */
    boolean exists(RecordRef record);
}
