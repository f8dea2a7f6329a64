package org.constable.audit.domain;

import java.time.Instant;

/** One chained entry as stored. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        String actorRoles,
        String operation,
        String recordRefs,
        String purpose,
        String recipient,
        String outcome,
        String correlationId,
        String detail,
        String prevHash,
        String hash) {}
