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
import org.springframework.transaction.annotation.Propagation;
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
 * though the operation itself fails.</li>
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
    @Transactional(propagation = Propagation.REQUIRED)
    public long record(AuditRecord record) {
        if (record.operation() == Operation.CONSULTATION && !holdsChainLock()) {
            return consultations.write(pending(record));
        }
        return appendHere(record);
    }

    /** Writes the entry in a transaction of its own, so it survives the caller's rollback. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long recordRegardless(AuditRecord record) {
        return appendHere(record);
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
