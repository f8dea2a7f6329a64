package org.constable.identity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time enrolment codes, kept only as SHA-256 hashes. */
@Repository
public class EnrolmentCodes {

    private final JdbcClient jdbc;

    public EnrolmentCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a code, ending any earlier unredeemed one for the same account. */
    public void issue(long userId, String codeHash, long issuedBy, Instant now, Instant expiresAt) {
        jdbc.sql("UPDATE identity.enrolment_code SET expires_at = ? "
                        + "WHERE user_id = ? AND redeemed_at IS NULL AND expires_at > ?")
                .params(Timestamp.from(now), userId, Timestamp.from(now))
                .update();
        jdbc.sql("INSERT INTO identity.enrolment_code (user_id, code_hash, issued_by, issued_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(userId, codeHash, issuedBy, Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
    }

    /** Redeems a live code for the account; false if there is none with this hash (wrong, used or expired). */
    public boolean redeem(long userId, String codeHash, Instant now) {
        return jdbc.sql("UPDATE identity.enrolment_code SET redeemed_at = ? WHERE user_id = ? AND code_hash = ? "
                                + "AND redeemed_at IS NULL AND expires_at > ?")
                        .params(Timestamp.from(now), userId, codeHash, Timestamp.from(now))
                        .update()
                == 1;
    }

    public boolean redeemedFor(long userId) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM identity.enrolment_code WHERE user_id = ? AND redeemed_at IS NOT NULL)")
                .param(userId)
                .query(Boolean.class)
                .single();
    }
}
