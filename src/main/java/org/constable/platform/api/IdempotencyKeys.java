package org.constable.platform.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored first responses of POSTs, by (user, key). */
@Repository
class IdempotencyKeys {

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

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Claims the key for this request; false if another request holds it already. */
    boolean claim(String owner, String key, String method, String path, String requestHash, Instant now) {
        return jdbc.sql(
                                "INSERT INTO platform.idempotency_key (owner, idem_key, method, path, request_hash, created_at) "
                                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(owner, key, method, path, requestHash, Timestamp.from(now))
                        .update()
                == 1;
    }

    void complete(
            String owner,
            String key,
            int status,
            @Nullable String contentType,
            byte[] body,
            @Nullable String location) {
        jdbc.sql("UPDATE platform.idempotency_key SET status = ?, content_type = ?, response_body = ?, location = ? "
                        + "WHERE owner = ? AND idem_key = ?")
                .param(status)
                .param(contentType)
                .param(body)
                .param(location)
                .param(owner)
                .param(key)
                .update();
    }

    void release(String owner, String key) {
        jdbc.sql("DELETE FROM platform.idempotency_key WHERE owner = ? AND idem_key = ? AND status IS NULL")
                .params(owner, key)
                .update();
    }
}
