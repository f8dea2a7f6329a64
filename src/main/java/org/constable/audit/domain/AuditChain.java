package org.constable.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The chain rule: hash = SHA-256(previous hash + canonical entry). The canonical form
 * length-prefixes every field, so no choice of field values can make two entries read alike.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** PostgreSQL keeps microseconds; the hash must be computed on what is stored. */
    public static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String canonical(
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
            @Nullable String detail) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, Long.toString(seq));
        field(sb, storable(occurredAt).toString());
        field(sb, actor);
        field(sb, actorRoles);
        field(sb, operation);
        field(sb, recordRefs);
        field(sb, purpose);
        field(sb, recipient);
        field(sb, outcome);
        field(sb, correlationId);
        field(sb, detail);
        return sb.toString();
    }

    public static String hash(String prevHash, String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hashOf(AuditEntry e) {
        return hash(
                e.prevHash(),
                canonical(
                        e.seq(),
                        e.occurredAt(),
                        e.actor(),
                        e.actorRoles(),
                        e.operation(),
                        e.recordRefs(),
                        e.purpose(),
                        e.recipient(),
                        e.outcome(),
                        e.correlationId(),
                        e.detail()));
    }

    private static void field(StringBuilder sb, @Nullable String value) {
        if (value == null) {
            sb.append("-;");
        } else {
            sb.append(value.length()).append(':').append(value).append(';');
        }
    }
}
