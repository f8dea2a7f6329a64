package org.constable.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.constable.audit.persistence.AuditEntries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit on the audit writer's own pool (ADR 0010, 0042). Consultations, refusals and failed
 * sign-ins queue their entry; one writer thread appends everything queued in one transaction and
 * one commit. A caller that waits ({@link #write}) gets its data only once its entry is durable;
 * a caller that does not ({@link #submit}) is never slowed by the trail, and a failure is logged.
 * Either way the request holds no second connection of the application's pool. If a batch fails,
 * its entries are tried again one by one, so one bad entry fails only its own request.
 */
final class ConsultationWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConsultationWriter.class);
    private static final int MAX_BATCH = 500;

    private record Job(ChainAppender.Pending pending, CompletableFuture<Long> done) {}

    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>(100_000);
    private final AuditEntries entries;
    private final TransactionTemplate transactions;
    private final ChainAppender appender;
    private final Thread thread;
    private volatile boolean running = true;

    ConsultationWriter(DataSource dataSource, ChainAppender appender) {
        this.entries = new AuditEntries(JdbcClient.create(dataSource));
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.appender = appender;
        this.thread = new Thread(this::run, "audit-consultation-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues the entry and waits until it is durable; throws AuditWriteFailed if it is not. */
    long write(ChainAppender.Pending pending) {
        CompletableFuture<Long> done = enqueue(pending);
        try {
            return done.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditWriteFailed("interrupted while writing the audit entry", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AuditWriteFailed("the audit entry could not be written", e);
        }
    }

    /** Queues the entry and returns at once; a failure to write it is logged as an error. */
    CompletableFuture<Long> submit(ChainAppender.Pending pending) {
        CompletableFuture<Long> done = enqueue(pending);
        done.whenComplete((seq, failure) -> {
            if (failure != null) {
                log.error(
                        "An audit entry written without waiting was lost ({} by {}): {}",
                        pending.record().operation(),
                        pending.record().actor(),
                        failure.getMessage());
            }
        });
        return done;
    }

    private CompletableFuture<Long> enqueue(ChainAppender.Pending pending) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        if (!running || !queue.offer(new Job(pending, done))) {
            throw new AuditWriteFailed("the audit trail is not accepting entries", null);
        }
        return done;
    }

    private void run() {
        List<Job> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Job first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                appendAll(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                log.error("Audit writer failed on a batch of {}: {}", batch.size(), e.getMessage());
                batch.forEach(j -> j.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void appendAll(List<Job> batch) {
        List<ChainAppender.Pending> pendings = batch.stream().map(Job::pending).toList();
        long[] seqs;
        try {
            seqs = transactions.execute(status -> appender.append(entries, pendings));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                log.error("Audit entry could not be written: {}", e.getMessage());
                batch.get(0).done().completeExceptionally(e);
                return;
            }
            log.warn("Audit batch of {} failed ({}); writing its entries one by one", batch.size(), e.getMessage());
            for (Job job : batch) {
                appendAll(List.of(job));
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(seqs[i]);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.forEach(j -> j.done().completeExceptionally(new AuditWriteFailed("shutting down", null)));
    }
}
