package org.constable.crime;

import java.time.Instant;

/**
 * A crime was cancelled ("no crime"), approved by a crime registrar: nothing more is owed to its
 * victims under the Victims' Code, so victim care closes their open deadlines as cancelled.
 */
public record CrimeCancelled(
        long crimeId,
        String reference,
        CancellationGround ground,
        Instant cancelledAt,
        String requestedBy,
        String approvedBy) {}
