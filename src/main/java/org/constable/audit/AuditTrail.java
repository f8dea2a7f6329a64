package org.constable.audit;

import org.constable.audit.domain.AuditChain;
import org.constable.audit.domain.AuditEntry;
import org.constable.audit.domain.CheckpointSigner;
import org.constable.audit.persistence.AuditEntries;
import org.constable.shared.RecordRef;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Appends entries to the chain. {@link #record} joins the caller's transaction, so the entry and
 * the audited change commit or fail together; {@link #recordRegardless} is for refusals and
 * failed sign-ins, which must be kept even though the operation itself fails.
 */
@Service
public class AuditTrail {

    private static final String HOLDS_CHAIN_LOCK = AuditTrail.class.getName() + ".lock";

    private final AuditEntries entries;
    private final CheckpointSigner signer;
    private final Clock clock;
    private final int checkpointEvery;

    public AuditTrail(AuditEntries entries, CheckpointSigner signer, Clock clock,
                      @Value("${constable.audit.checkpoint-every:100}") int checkpointEvery) {
        this.entries = entries;
        this.signer = signer;
        this.clock = clock;
        this.checkpointEvery = checkpointEvery;
    }

    /** Writes the entry in the caller's transaction; returns its sequence number. */
    @Transactional(propagation = Propagation.REQUIRED)
    public long record(AuditRecord record) {
        return append(record);
    }

    /** Writes the entry in a transaction of its own, so it survives the caller's rollback. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long recordRegardless(AuditRecord record) {
        return append(record);
    }

    /** True if this transaction already holds the chain lock (a nested new transaction would wait for itself). */
    public static boolean holdsChainLock() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.hasResource(HOLDS_CHAIN_LOCK);
    }

    private long append(AuditRecord r) {
        AuditEntries.Head head = entries.lockHead();
        if (!TransactionSynchronizationManager.hasResource(HOLDS_CHAIN_LOCK)) {
            TransactionSynchronizationManager.bindResource(HOLDS_CHAIN_LOCK, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HOLDS_CHAIN_LOCK);
                }
            });
        }
        long seq = head.seq() + 1;
        String prev = head.hash() == null ? AuditChain.GENESIS : head.hash();
        Instant at = AuditChain.storable(clock.instant());
        String refs = r.records().stream().map(RecordRef::toString).collect(Collectors.joining(","));
        String correlation = MDC.get("correlationId") == null ? "none" : MDC.get("correlationId");
        String hash = AuditChain.hash(prev, AuditChain.canonical(seq, at, r.actor(), r.actorRoles(), r.operation().name(),
                refs, r.purpose(), r.recipient(), r.outcome().name(), correlation, r.detail()));
        entries.insert(new AuditEntry(seq, at, r.actor(), r.actorRoles(), r.operation().name(), refs, r.purpose(),
                r.recipient(), r.outcome().name(), correlation, r.detail(), prev, hash));
        if (seq == 1 || seq % checkpointEvery == 0) {
            entries.insertCheckpoint(seq, hash, at, signer.sign(seq, hash));
        }
        return seq;
    }

    /** Signs the current head, so that a later truncation of the tail is detected. */
    @Transactional
    public void checkpointHead() {
        AuditEntries.Head head = entries.lockHead();
        if (head.hash() != null) {
            entries.insertCheckpoint(head.seq(), head.hash(), clock.instant(), signer.sign(head.seq(), head.hash()));
        }
    }
}
