package org.constable.evidence.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One continuity entry: the exhibit passed from a holder at a place to a holder at a place, at a
 * time, with the seal number the receiver saw. {@code storeId} names the property store when it was
 * stored; {@code authority} who authorised a disposal or return; {@code inError} marks an entry
 * recorded after the chain ended, kept as an error rather than refused silently.
 */
public record Movement(
        int seq,
        MovementKind kind,
        String fromHolder,
        String fromPlace,
        String toHolder,
        String toPlace,
        @Nullable Long storeId,
        Instant at,
        String sealSeen,
        @Nullable String authority,
        boolean inError,
        @Nullable String note,
        String recordedBy) {}
