package org.constable.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.constable.audit.domain.AuditChain;
import org.constable.audit.domain.AuditEntry;
import org.constable.audit.domain.CheckpointSigner;
import org.constable.audit.persistence.AuditEntries;
import org.constable.shared.RecordRef;

/**
 * Appends entries to the chain inside a transaction that the caller owns: takes the chain lock,
 * numbers and hashes each entry after the head, and signs a checkpoint at entry 1 and every
 * {@code checkpointEvery} entries. Used in a request's own transaction and by the batching writer.
 */
final class ChainAppender {

    record Pending(AuditRecord record, String correlationId) {}

    private final CheckpointSigner signer;
    private final Clock clock;
    private final int checkpointEvery;

    ChainAppender(CheckpointSigner signer, Clock clock, int checkpointEvery) {
        this.signer = signer;
        this.clock = clock;
        this.checkpointEvery = checkpointEvery;
    }

    void signHead(AuditEntries entries) {
        AuditEntries.Head head = entries.lockHead();
        if (head.hash() != null) {
            entries.insertCheckpoint(head.seq(), head.hash(), clock.instant(), signer.sign(head.seq(), head.hash()));
        }
    }

    /** Returns the sequence numbers given, in order. */
    long[] append(AuditEntries entries, List<Pending> batch) {
        AuditEntries.Head head = entries.lockHead();
        long seq = head.seq();
        String prev = head.hash() == null ? AuditChain.GENESIS : head.hash();
        long[] given = new long[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            AuditRecord r = batch.get(i).record();
            seq++;
            Instant at = AuditChain.storable(clock.instant());
            String refs = r.records().stream().map(RecordRef::toString).collect(Collectors.joining(","));
            String correlation =
                    batch.get(i).correlationId() == null ? "none" : batch.get(i).correlationId();
            String hash = AuditChain.hash(
                    prev,
                    AuditChain.canonical(
                            seq,
                            at,
                            r.actor(),
                            r.actorRoles(),
                            r.operation().name(),
                            refs,
                            r.purpose(),
                            r.recipient(),
                            r.outcome().name(),
                            correlation,
                            r.detail()));
            entries.insert(new AuditEntry(
                    seq,
                    at,
                    r.actor(),
                    r.actorRoles(),
                    r.operation().name(),
                    refs,
                    r.purpose(),
                    r.recipient(),
                    r.outcome().name(),
                    correlation,
                    r.detail(),
                    prev,
                    hash));
            if (seq == 1 || seq % checkpointEvery == 0) {
                entries.insertCheckpoint(seq, hash, at, signer.sign(seq, hash));
            }
            given[i] = seq;
            prev = hash;
        }
        return given;
    }
}
