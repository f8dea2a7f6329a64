package org.constable.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.constable.audit.application.AuditVerifier;
import org.constable.audit.domain.AuditChain;
import org.constable.audit.domain.AuditEntry;
import org.constable.audit.domain.ChainVerification;
import org.constable.audit.persistence.AuditEntries;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The thorough forger: rewrites an entry, recomputes every later hash, and also deletes the signed
 * checkpoints that would give the rewrite away. A checkpoint is written at entry 1 and every 100th
 * entry, so a missing one is itself evidence. Breaks the chain, so it has a context of its own.
 */
@ConstableHttpTest
@TestPropertySource(properties = "constable.test.context=rewrite-with-checkpoints")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RewritingTheAuditTrailAndItsCheckpointsTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditEntries entries;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    DatabaseAdmin admin;

    @Test
    void deletingTheCheckpointsThatCoverARewriteDoesNotHideIt() {
        while (admin.count("SELECT coalesce(max(seq), 0) FROM audit.audit_entry") < 250) {
            trail.record(new AuditRecord(
                    Operation.PRIVILEGED_ACTION,
                    "someone",
                    "ADMINISTRATOR",
                    List.of(),
                    null,
                    null,
                    Outcome.SUCCEEDED,
                    "an ordinary day"));
        }
        assertThat(verifier.verify().intact()).isTrue();

        long rewritten = 30;
        List<AuditEntry> all = new ArrayList<>();
        entries.forEachInOrder(all::add);
        String prev = entries.find(rewritten - 1).orElseThrow().hash();
        List<AuditEntry> forged = new ArrayList<>();
        for (AuditEntry e : all) {
            if (e.seq() < rewritten) {
                continue;
            }
            String detail = e.seq() == rewritten ? "nothing happened" : e.detail();
            AuditEntry f = new AuditEntry(
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
                    detail,
                    prev,
                    null);
            String hash = AuditChain.hashOf(f);
            forged.add(new AuditEntry(
                    f.seq(),
                    f.occurredAt(),
                    f.actor(),
                    f.actorRoles(),
                    f.operation(),
                    f.recordRefs(),
                    f.purpose(),
                    f.recipient(),
                    f.outcome(),
                    f.correlationId(),
                    detail,
                    prev,
                    hash));
            prev = hash;
        }
        admin.withAuditTriggersOff(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE audit.audit_entry SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                for (AuditEntry e : forged) {
                    ps.setString(1, e.detail());
                    ps.setString(2, e.prevHash());
                    ps.setString(3, e.hash());
                    ps.setLong(4, e.seq());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit.audit_checkpoint WHERE seq >= ?")) {
                ps.setLong(1, rewritten);
                ps.executeUpdate();
            }
            return null;
        });
        assertThat(admin.count("SELECT count(*) FROM audit.audit_checkpoint")).isEqualTo(1);

        ChainVerification v = verifier.verify();
        assertThat(v.intact())
                .as("a rewrite whose covering checkpoints were deleted")
                .isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(100L);
        assertThat(v.problem()).contains("checkpoint");
    }
}
