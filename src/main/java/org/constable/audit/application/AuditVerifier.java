package org.constable.audit.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.domain.AuditChain;
import org.constable.audit.domain.AuditEntry;
import org.constable.audit.domain.ChainVerification;
import org.constable.audit.domain.CheckpointSigner;
import org.constable.audit.persistence.AuditEntries;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain from the first entry and names the first one that is missing, edited or out of
 * place; then checks every signed checkpoint against the entry it covers, which catches a chain
 * rewritten from some point on and a truncated tail up to the latest checkpoint.
 */
@Service
public class AuditVerifier {

    private final AuditEntries entries;
    private final CheckpointSigner signer;
    private final int checkpointEvery;

    public AuditVerifier(
            AuditEntries entries,
            CheckpointSigner signer,
            @Value("${constable.audit.checkpoint-every:100}") int checkpointEvery) {
        this.entries = entries;
        this.signer = signer;
        this.checkpointEvery = checkpointEvery;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        List<AuditEntries.Checkpoint> checkpoints = entries.checkpoints();
        Map<Long, AuditEntries.Checkpoint> bySeq = new HashMap<>();
        for (AuditEntries.Checkpoint c : checkpoints) {
            if (!signer.verify(c.seq(), c.entryHash(), c.signature())) {
                return ChainVerification.broken(
                        0, checkpoints.size(), c.seq(), "checkpoint at entry " + c.seq() + " has an invalid signature");
            }
            bySeq.put(c.seq(), c);
        }
        Walk walk = new Walk(bySeq, checkpointEvery);
        entries.forEachInOrder(walk::visit);
        if (walk.broken != null) {
            return walk.broken;
        }
        long lastCheckpoint = checkpoints.isEmpty()
                ? 0
                : checkpoints.get(checkpoints.size() - 1).seq();
        if (walk.lastSeq < lastCheckpoint) {
            long first = walk.lastSeq + 1;
            return ChainVerification.broken(
                    walk.count,
                    checkpoints.size(),
                    first,
                    "the chain is truncated: entry " + first + " is missing but a checkpoint covers entries up to "
                            + lastCheckpoint);
        }
        return ChainVerification.intact(walk.count, checkpoints.size());
    }

    private static final class Walk {
        private final Map<Long, AuditEntries.Checkpoint> checkpoints;
        private final int checkpointEvery;
        private long count;
        private long lastSeq;
        private String lastHash = AuditChain.GENESIS;
        private @Nullable ChainVerification broken;

        Walk(Map<Long, AuditEntries.Checkpoint> checkpoints, int checkpointEvery) {
            this.checkpoints = checkpoints;
            this.checkpointEvery = checkpointEvery;
        }

        void visit(AuditEntry e) {
            if (broken != null) {
                return;
            }
            long expected = lastSeq + 1;
            if (e.seq() != expected) {
                fail(expected, "entry " + expected + " is missing (the next entry found is " + e.seq() + ")");
                return;
            }
            if (!e.prevHash().equals(lastHash)) {
                fail(e.seq(), "entry " + e.seq() + " does not link to the entry before it");
                return;
            }
            String recomputed = AuditChain.hashOf(e);
            if (!recomputed.equals(e.hash())) {
                fail(e.seq(), "entry " + e.seq() + " was altered: its content no longer matches its hash");
                return;
            }
            AuditEntries.Checkpoint c = checkpoints.get(e.seq());
            if (c == null && (e.seq() == 1 || e.seq() % checkpointEvery == 0)) {
                // the trail always signs these entries in the same transaction: a missing one was removed
                fail(
                        e.seq(),
                        "entry " + e.seq()
                                + " has no signed checkpoint, though one is always written: checkpoints were removed");
                return;
            }
            if (c != null && !c.entryHash().equals(e.hash())) {
                fail(e.seq(), "entry " + e.seq() + " differs from its signed checkpoint: the chain was rewritten");
                return;
            }
            count++;
            lastSeq = e.seq();
            lastHash = e.hash();
        }

        private void fail(long seq, String problem) {
            broken = ChainVerification.broken(count, checkpoints.size(), seq, problem);
        }
    }
}
