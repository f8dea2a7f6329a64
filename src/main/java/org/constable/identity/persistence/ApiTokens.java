package org.constable.identity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bearer tokens, stored only as SHA-256 hashes. */
@Repository
public class ApiTokens {

    public record StoredToken(
            long id, long userId, Instant issuedAt, Instant expiresAt, Instant lastUsedAt, boolean revoked) {}

    private final JdbcClient jdbc;

    public ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long userId, String tokenHash, Instant issuedAt, Instant expiresAt) {
        jdbc.sql(
                        "INSERT INTO identity.api_token (user_id, token_hash, issued_at, expires_at, last_used_at) VALUES (?, ?, ?, ?, ?)")
                .params(
                        userId,
                        tokenHash,
                        Timestamp.from(issuedAt),
                        Timestamp.from(expiresAt),
                        Timestamp.from(issuedAt))
                .update();
    }

    public Optional<StoredToken> findByHash(String tokenHash) {
        return jdbc.sql(
                        "SELECT id, user_id, issued_at, expires_at, last_used_at, revoked FROM identity.api_token WHERE token_hash = ?")
                .param(tokenHash)
                .query((rs, n) -> new StoredToken(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6)))
                .optional();
    }

    public void touch(long id, Instant now) {
        jdbc.sql("UPDATE identity.api_token SET last_used_at = ? WHERE id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    public void revoke(long id) {
        jdbc.sql("UPDATE identity.api_token SET revoked = TRUE WHERE id = ?")
                .param(id)
                .update();
    }

    public void revokeAllOf(long userId) {
        jdbc.sql("UPDATE identity.api_token SET revoked = TRUE WHERE user_id = ?")
                .param(userId)
                .update();
    }
}
