package org.constable.audit.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One chained entry as stored. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        String actorRoles,
        String operation,
        String recordRefs,
        @Nullable String purpose,
        @Nullable String recipient,
        String outcome,
        String correlationId,
        @Nullable String detail,
        String prevHash,
        String hash) {}
