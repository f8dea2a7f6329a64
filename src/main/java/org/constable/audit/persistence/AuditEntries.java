package org.constable.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.constable.audit.domain.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuditEntries {

    /** Arbitrary constant naming the advisory lock that serialises appends to the chain. */
    private static final long CHAIN_LOCK = 0x436f6e7374L;

    private static final String COLUMNS = "seq, occurred_at, actor, actor_roles, operation, record_refs, purpose, "
            + "recipient, outcome, correlation_id, detail, prev_hash, hash";

    public record Head(long seq, @Nullable String hash) {}

    public record Checkpoint(long seq, String entryHash, String signature) {}

    private final JdbcClient jdbc;

    public AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the chain lock until the current transaction ends, and reads the head. */
    public Head lockHead() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)")
                .param(CHAIN_LOCK)
                .query((rs, n) -> 1)
                .single();
        return jdbc.sql("SELECT seq, hash FROM audit.audit_entry ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElseGet(this::afterLastCheckpoint);
    }

    /**
     * An empty trail with signed checkpoints was truncated: carry on after the last checkpoint, so
     * new entries never reuse numbers a checkpoint vouches for and the gap stays visible.
     */
    private Head afterLastCheckpoint() {
        return jdbc.sql("SELECT seq, entry_hash FROM audit.audit_checkpoint ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new Head(0, null));
    }

    public void insert(AuditEntry e) {
        jdbc.sql("INSERT INTO audit.audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(e.seq())
                .param(Timestamp.from(e.occurredAt()))
                .param(e.actor())
                .param(e.actorRoles())
                .param(e.operation())
                .param(e.recordRefs())
                .param(e.purpose())
                .param(e.recipient())
                .param(e.outcome())
                .param(e.correlationId())
                .param(e.detail())
                .param(e.prevHash())
                .param(e.hash())
                .update();
    }

    public void insertCheckpoint(long seq, String entryHash, java.time.Instant at, String signature) {
        jdbc.sql(
                        "INSERT INTO audit.audit_checkpoint (seq, entry_hash, signed_at, signature) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(seq, entryHash, Timestamp.from(at), signature)
                .update();
    }

    public void forEachInOrder(Consumer<AuditEntry> visitor) {
        try (Stream<AuditEntry> s = jdbc
                .sql("SELECT " + COLUMNS + " FROM audit.audit_entry ORDER BY seq")
                .withFetchSize(1000)
                .query(AuditEntries::map)
                .stream()) {
            s.forEach(visitor);
        }
    }

    public List<Checkpoint> checkpoints() {
        return jdbc.sql("SELECT seq, entry_hash, signature FROM audit.audit_checkpoint ORDER BY seq")
                .query((rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public Optional<AuditEntry> find(long seq) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit.audit_entry WHERE seq = ?")
                .param(seq)
                .query(AuditEntries::map)
                .optional();
    }

    public List<AuditEntry> latest(int limit, @Nullable String actor, @Nullable String record) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit.audit_entry "
                        + "WHERE (CAST(:actor AS TEXT) IS NULL OR actor = :actor) "
                        + "AND (CAST(:record AS TEXT) IS NULL OR (',' || record_refs || ',') LIKE '%,' || :record || ',%') "
                        + "ORDER BY seq DESC LIMIT :limit")
                .param("actor", actor)
                .param("record", record)
                .param("limit", limit)
                .query(AuditEntries::map)
                .list();
    }

    private static AuditEntry map(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("actor_roles"),
                rs.getString("operation"),
                rs.getString("record_refs"),
                rs.getString("purpose"),
                rs.getString("recipient"),
                rs.getString("outcome"),
                rs.getString("correlation_id"),
                rs.getString("detail"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
