package org.constable.audit.application;

import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.domain.AuditEntry;
import org.constable.audit.domain.ChainVerification;
import org.constable.audit.persistence.AuditEntries;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and verifying the trail: auditors only, and each reading is itself audited. */
@Service
public class AuditReading {

    private final AuditEntries entries;
    private final AuditVerifier verifier;
    private final AuditTrail trail;
    private final AccessPolicy policy;

    public AuditReading(AuditEntries entries, AuditVerifier verifier, AuditTrail trail, AccessPolicy policy) {
        this.entries = entries;
        this.verifier = verifier;
        this.trail = trail;
        this.policy = policy;
    }

    @Transactional
    public List<AuditEntry> latest(Actor actor, String purpose, int limit, String byActor, String record) {
        policy.require(actor, Permission.AUDIT_READ);
        if (limit < 1 || limit > 1000) {
            throw new InvalidInput("limit", "limit must be between 1 and 1000");
        }
        trail.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose)
                .withDetail("read audit trail" + (byActor == null ? "" : " actor=" + byActor)
                        + (record == null ? "" : " record=" + record)));
        return entries.latest(limit, blankToNull(byActor), blankToNull(record));
    }

    /**
     * Verifies first, so the verifier sees the trail as it was found; then records the consultation
     * with the result; and signs the new head only when the chain is intact, so a checkpoint never
     * vouches for a tampered trail.
     */
    public ChainVerification verify(Actor actor, String purpose) {
        policy.require(actor, Permission.AUDIT_READ);
        AuditRecord consultation = AuditRecord.of(Operation.CONSULTATION, actor, purpose);
        ChainVerification result = verifier.verify();
        trail.record(consultation.withDetail("verified audit chain: "
                + (result.intact() ? "intact" : "broken at entry " + result.firstBrokenSeq())));
        if (result.intact()) {
            trail.checkpointHead();
        }
        return result;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
