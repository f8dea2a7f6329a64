package org.constable.contact;

import java.time.Instant;

public record CallRecorded(
        long callId, String reference, String channel, long incidentId, boolean joinedExisting, Instant at) {}
