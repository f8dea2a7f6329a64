package org.constable.platform.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stored first responses of POSTs, by (user, key), written in the request's own transaction (ADR
 * 0074). While a request runs, its key is held by a transaction-scoped advisory lock, not by a
 * committed row: a request that dies (its connection, its JVM) lets go of the key with its
 * transaction, and the key's row only ever becomes visible together with the work it answers for.
 */
@Repository
class IdempotencyKeys {

    /** Names the advisory locks that hold keys; the two-number lock space is apart from the audit chain's. */
    private static final int LOCK_CLASS = 0x1DE4;

    record Stored(
            String requestHash,
            @Nullable Integer status,
            @Nullable String contentType,
            byte @Nullable [] body,
            @Nullable String location) {
        boolean finished() {
            return status != null;
        }
    }

    record Answer(
            int status,
            @Nullable String contentType,
            byte[] body,
            @Nullable String location) {}

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the key for this transaction; false at once if another live transaction holds it. Two
     * keys may share a lock (a hash): that only makes one of them wait its turn.
     */
    boolean tryHold(String owner, String key) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(?, hashtext(?))")
                .params(LOCK_CLASS, owner + "\n" + key)
                .query(Boolean.class)
                .single());
    }

    /**
     * Holds the key for this transaction, waiting at most {@code millis} for a live transaction that
     * holds it to end (a duplicate sent while the first request runs then gets its committed answer);
     * false if it is still held then. On false the transaction is aborted and must be rolled back.
     * The wait bound applies to this lock alone: the request's own locks wait as before.
     */
    boolean holdWithin(String owner, String key, long millis) {
        if (tryHold(owner, key)) {
            return true; // nearly always: one statement, as before
        }
        String before = jdbc.sql("SELECT current_setting('lock_timeout')")
                .query(String.class)
                .single();
        jdbc.sql("SELECT set_config('lock_timeout', ?, true)")
                .param(millis + "ms")
                .query(String.class)
                .single();
        try {
            jdbc.sql("SELECT pg_advisory_xact_lock(?, hashtext(?))::text")
                    .params(LOCK_CLASS, owner + "\n" + key)
                    .query(String.class)
                    .single();
        } catch (org.springframework.dao.PessimisticLockingFailureException stillHeld) {
            return false;
        }
        jdbc.sql("SELECT set_config('lock_timeout', ?, true)")
                .param(before)
                .query(String.class)
                .single();
        return true;
    }

    /**
     * Waits (at most the given seconds) until no other transaction holds the key, then holds it: the
     * transaction of a request whose commit was not answered has then surely ended one way or the other.
     */
    void hold(String owner, String key, int seconds) {
        jdbc.sql("SELECT set_config('lock_timeout', ?, true)")
                .param(seconds + "s")
                .query(String.class)
                .single();
        jdbc.sql("SELECT pg_advisory_xact_lock(?, hashtext(?))::text")
                .params(LOCK_CLASS, owner + "\n" + key)
                .query(String.class)
                .single();
    }

    Optional<Stored> find(String owner, String key) {
        return jdbc.sql(
                        "SELECT request_hash, status, content_type, response_body, location FROM platform.idempotency_key "
                                + "WHERE owner = ? AND idem_key = ?")
                .params(owner, key)
                .query((rs, n) -> new Stored(
                        rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4), rs.getString(5)))
                .optional();
    }

    /**
     * Removes a claim without an answer. Such a row is left by a request that died after committing
     * its claim on its own (before ADR 0074); whoever holds the key now knows that request is gone.
     */
    void forgetUnanswered(String owner, String key) {
        jdbc.sql("DELETE FROM platform.idempotency_key WHERE owner = ? AND idem_key = ? AND status IS NULL")
                .params(owner, key)
                .update();
    }

    /** Stores the answer; the caller holds the key, and the row commits with the request's work. */
    void store(String owner, String key, String method, String path, String requestHash, Answer answer, Instant now) {
        jdbc.sql("INSERT INTO platform.idempotency_key (owner, idem_key, method, path, request_hash, status, "
                        + "content_type, response_body, location, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(owner)
                .param(key)
                .param(method)
                .param(path)
                .param(requestHash)
                .param(answer.status())
                .param(answer.contentType())
                .param(answer.body())
                .param(answer.location())
                .param(Timestamp.from(now))
                .update();
    }
}
