package org.constable.dispatch;

import java.time.Instant;

public record IncidentRaised(long incidentId, String reference, String grade, Instant at) {}
