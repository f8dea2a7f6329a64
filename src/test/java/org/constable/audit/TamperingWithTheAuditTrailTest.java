package org.constable.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.constable.audit.application.AuditVerifier;
import org.constable.audit.domain.AuditChain;
import org.constable.audit.domain.AuditEntry;
import org.constable.audit.domain.ChainVerification;
import org.constable.audit.persistence.AuditEntries;
import org.constable.identity.Role;
import org.constable.testsupport.Api;
import org.constable.testsupport.ConstableHttpTest;
import org.constable.testsupport.DatabaseAdmin;
import org.constable.testsupport.Json;
import org.constable.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Someone with direct database access changes the trail; the verifier must notice and name the
 * first broken entry. These scenarios break the chain for good, so they run in a context (and a
 * database) of their own, in an order where each new break is earlier than the ones before it.
 */
@ConstableHttpTest
@TestPropertySource(properties = "constable.test.context=tamper")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TamperingWithTheAuditTrailTest {

    static final long EDITED = 140;
    static final long DELETED = 120;
    static final long REWRITTEN = 50;
    static final long CHECKPOINT = 100;

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    DatabaseAdmin admin;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditEntries entries;

    @Autowired
    DataSource appDataSource;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    @Order(1)
    void theApplicationRoleCannotUpdateDeleteOrTruncateTheTrail() throws SQLException {
        assumeFalse(
                DatabaseAdmin.externalWithoutSeparateOwner(),
                "with an external database and no separate owner the application role owns the audit tables");
        trail.record(new AuditRecord(
                Operation.PRIVILEGED_ACTION,
                "tester",
                "ADMINISTRATOR",
                List.of(),
                null,
                null,
                Outcome.SUCCEEDED,
                "an entry to try to change"));
        try (Connection c = appDataSource.getConnection()) {
            c.setAutoCommit(true);
            assertThatThrownBy(() -> execute(c, "UPDATE audit.audit_entry SET detail = 'changed' WHERE seq = 1"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute(c, "DELETE FROM audit.audit_entry WHERE seq = 1"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute(c, "TRUNCATE audit.audit_entry")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> execute(c, "DELETE FROM audit.audit_checkpoint"))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(admin.count("SELECT count(*) FROM audit.audit_entry WHERE seq = 1"))
                .isEqualTo(1);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    @Order(2)
    void anUntouchedTrailOfMoreThanOneCheckpointIsIntact() {
        var investigator = users.create(Role.INVESTIGATOR);
        String token = api.token(users, investigator);
        var created = api.post(
                "/api/v1/persons", token, "{\"forename\":\"Ada\",\"surname\":\"Tamperwatch\",\"restricted\":false}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = Json.read(created.body()).get("id").asLong();
        for (int i = 0; i < 20; i++) {
            assertThat(api.get("/api/v1/persons/" + id + "?purpose=enquiry", token)
                            .status())
                    .isEqualTo(200);
        }
        while (head() < EDITED + 20) {
            trail.record(new AuditRecord(
                    Operation.CONSULTATION,
                    investigator.username(),
                    "INVESTIGATOR",
                    List.of(new org.constable.shared.RecordRef(org.constable.shared.RecordType.PERSON, id)),
                    "bulk enquiry",
                    null,
                    Outcome.SUCCEEDED,
                    null));
        }
        assertThat(admin.count("SELECT count(*) FROM audit.audit_checkpoint WHERE seq = ?", CHECKPOINT))
                .isEqualTo(1);
        assertThat(verifier.verify().intact()).isTrue();
        JsonNode viaApi = verifyAsAuditor();
        assertThat(viaApi.get("intact").asBoolean()).isTrue();
    }

    @Test
    @Order(3)
    void editingOneFieldOfAnEntryIsNamed() {
        assertThat(admin.tamper("UPDATE audit.audit_entry SET detail = 'nothing happened here' WHERE seq = ?", EDITED))
                .isEqualTo(1);

        ChainVerification v = verifier.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(EDITED);
        assertThat(v.problem()).contains("altered");

        JsonNode viaApi = verifyAsAuditor();
        assertThat(viaApi.get("intact").asBoolean()).isFalse();
        assertThat(viaApi.get("firstBrokenSeq").asLong()).isEqualTo(EDITED);
    }

    @Test
    @Order(4)
    void deletingAnEntryInTheMiddleIsNamed() {
        assertThat(admin.tamper("DELETE FROM audit.audit_entry WHERE seq = ?", DELETED))
                .isEqualTo(1);

        ChainVerification v = verifier.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(DELETED);
        assertThat(v.problem()).contains("missing");

        JsonNode viaApi = verifyAsAuditor();
        assertThat(viaApi.get("intact").asBoolean()).isFalse();
        assertThat(viaApi.get("firstBrokenSeq").asLong()).isEqualTo(DELETED);
    }

    @Test
    @Order(5)
    void aPerfectRewriteWithRecomputedHashesIsCaughtByTheSignedCheckpoint() {
        List<AuditEntry> all = new java.util.ArrayList<>();
        entries.forEachInOrder(all::add);
        String prev = entries.find(REWRITTEN - 1).orElseThrow().hash();
        List<AuditEntry> rewritten = new java.util.ArrayList<>();
        for (AuditEntry e : all) {
            if (e.seq() < REWRITTEN) {
                continue;
            }
            String detail = e.seq() == REWRITTEN ? "a different story" : e.detail();
            AuditEntry forged = new AuditEntry(
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
            String hash = AuditChain.hashOf(forged);
            rewritten.add(new AuditEntry(
                    forged.seq(),
                    forged.occurredAt(),
                    forged.actor(),
                    forged.actorRoles(),
                    forged.operation(),
                    forged.recordRefs(),
                    forged.purpose(),
                    forged.recipient(),
                    forged.outcome(),
                    forged.correlationId(),
                    detail,
                    prev,
                    hash));
            prev = hash;
        }
        admin.withAuditTriggersOff(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE audit.audit_entry SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                for (AuditEntry e : rewritten) {
                    ps.setString(1, e.detail());
                    ps.setString(2, e.prevHash());
                    ps.setString(3, e.hash());
                    ps.setLong(4, e.seq());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        // the forged stretch is internally consistent: only the checkpoint can tell
        AuditEntry forged = entries.find(REWRITTEN).orElseThrow();
        assertThat(forged.detail()).isEqualTo("a different story");
        assertThat(AuditChain.hashOf(forged)).isEqualTo(forged.hash());

        ChainVerification v = verifier.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(CHECKPOINT);
        assertThat(v.problem()).contains("checkpoint");

        JsonNode viaApi = verifyAsAuditor();
        assertThat(viaApi.get("intact").asBoolean()).isFalse();
        assertThat(viaApi.get("firstBrokenSeq").asLong()).isEqualTo(CHECKPOINT);
    }

    @Test
    @Order(6)
    void truncatingTheWholeTrailIsReportedThroughTheCheckpoints() {
        admin.withAuditTriggersOff(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE audit.audit_entry");
            }
            return null;
        });
        assertThat(admin.count("SELECT count(*) FROM audit.audit_entry")).isZero();

        ChainVerification v = verifier.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(1L);
        assertThat(v.problem()).contains("truncated");

        JsonNode viaApi = verifyAsAuditor();
        assertThat(viaApi.get("intact").asBoolean()).isFalse();
        assertThat(viaApi.get("firstBrokenSeq").asLong()).isEqualTo(1L);
        assertThat(viaApi.get("problem").asText()).contains("entry 1 is missing");
        // the trail goes on after the last checkpoint rather than reusing numbers it vouches for
        assertThat(admin.count("SELECT min(seq) FROM audit.audit_entry"))
                .isGreaterThan(
                        admin.count(
                                "SELECT max(seq) FROM audit.audit_checkpoint WHERE seq < (SELECT min(seq) FROM audit.audit_entry)"));
    }

    private long head() {
        return admin.count("SELECT coalesce(max(seq), 0) FROM audit.audit_entry");
    }

    private JsonNode verifyAsAuditor() {
        var auditor = users.create(Role.AUDITOR);
        var r = api.get("/api/v1/audit/verification?purpose=integrity%20check", api.token(users, auditor));
        assertThat(r.status()).isEqualTo(200);
        return Json.read(r.body());
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
