package org.constable.identity;

import java.util.Set;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;

/**
 * Implemented by each module that keeps records which can be restricted, so that a need-to-know
 * grant can be checked against records that exist without identity depending on that module.
 */
public interface RestrictableRecords {

    /** The record types kept that can be restricted. */
    Set<RecordType> types();

    /** Whether the record exists, restricted or not. */
    boolean exists(RecordRef record);
}
