package org.constable.audit;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.constable.audit.domain.CheckpointSigner;
import org.constable.audit.persistence.AuditEntries;
import org.constable.shared.HistoryClock;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to the chain.
 * <ul>
 * <li>{@link #record} joins the caller's transaction, so a change and its entry commit or fail
 * together. A consultation is the exception: it goes through the group-commit writer and is
 * durable before the caller may show the data (unless this transaction already holds the chain
 * lock, when it is written here to avoid waiting on itself).</li>
 * <li>{@link #recordRegardless} is for refusals and failed sign-ins, which must be kept even
 * though the operation itself fails: written by the group-commit writer on its own pool, so it
 * survives the caller's rollback and never takes a second connection of the application's pool
 * (ADR 0042).</li>
 * <li>{@link #recordLater} queues an entry on the same writer without waiting for it: for the
 * refusal of a read, whose cost must not tell a restricted record from a missing one.</li>
 * </ul>
 */
@Service
public class AuditTrail implements DisposableBean {

    private static final String HOLDS_CHAIN_LOCK = AuditTrail.class.getName() + ".lock";

    private final AuditEntries entries;
    private final ChainAppender appender;
    private final ConsultationWriter consultations;

    public AuditTrail(
            AuditEntries entries,
            CheckpointSigner signer,
            Clock clock,
            @Value("${constable.audit.checkpoint-every:100}") int checkpointEvery,
            @Qualifier("auditWriterDataSource") DataSource writerDataSource) {
        this.entries = entries;
        // an entry records when it was really written, also for a replayed synthetic history
        this.appender = new ChainAppender(signer, HistoryClock.real(clock), checkpointEvery);
        this.consultations = new ConsultationWriter(writerDataSource, appender);
    }

    /** Writes the entry: a change in the caller's transaction, a consultation durably before returning. */
    @Transactional
    public long record(AuditRecord record) {
        if (record.operation() == Operation.CONSULTATION && !holdsChainLock()) {
            return consultations.write(pending(record));
        }
        return appendHere(record);
    }

    /**
     * Writes the entry outside the caller's transaction, so it survives the caller's rollback, and
     * durably before returning. When this transaction already holds the chain lock the writer would
     * wait for it, so the entry is queued without waiting and lands once this transaction ends.
     */
    public void recordRegardless(AuditRecord record) {
        if (holdsChainLock()) {
            consultations.submit(pending(record));
        } else {
            consultations.write(pending(record));
        }
    }

    /** Queues the entry on the writer's own pool and returns at once; a failure is logged, never thrown. */
    public void recordLater(AuditRecord record) {
        try {
            consultations.submit(pending(record));
        } catch (AuditWriteFailed e) {
            org.slf4j.LoggerFactory.getLogger(AuditTrail.class)
                    .error("Audit entry not queued ({} by {}): {}", record.operation(), record.actor(), e.getMessage());
        }
    }

    /** True if this transaction already holds the chain lock (a nested new transaction would wait for itself). */
    public static boolean holdsChainLock() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.hasResource(HOLDS_CHAIN_LOCK);
    }

    /** Signs the current head, so that a later truncation of the tail is detected. */
    @Transactional
    public void checkpointHead() {
        appender.signHead(entries);
    }

    private long appendHere(AuditRecord record) {
        long seq = appender.append(entries, List.of(pending(record)))[0];
        if (!TransactionSynchronizationManager.hasResource(HOLDS_CHAIN_LOCK)) {
            TransactionSynchronizationManager.bindResource(HOLDS_CHAIN_LOCK, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HOLDS_CHAIN_LOCK);
                }
            });
        }
        return seq;
    }

    private static ChainAppender.Pending pending(AuditRecord record) {
        return new ChainAppender.Pending(record, MDC.get("correlationId"));
    }

    @Override
    public void destroy() {
        consultations.close();
    }
}
