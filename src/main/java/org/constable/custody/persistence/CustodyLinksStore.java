package org.constable.custody.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a custody record points at beyond its own clocks: the suite it moved to, the crimes it
 * answers for, and the safeguarding referrals raised from it. Every row is appended, never changed.
 */
@Repository
public class CustodyLinksStore {

    public record Referral(long id, long detentionId, String concern, String agency, Instant at, String by) {}

    private final JdbcClient jdbc;

    CustodyLinksStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the detention to another suite (and cell); the clocks are not touched. */
    public void move(
            long detentionId,
            long fromSuite,
            long toSuite,
            @Nullable Long toCell,
            Instant at,
            String by,
            String reason) {
        jdbc.sql("""
                INSERT INTO custody.suite_transfer (detention_id, from_suite, to_suite, to_cell, at, by_user, reason)
                VALUES (?,?,?,?,?,?,?)""")
                .param(detentionId)
                .param(fromSuite)
                .param(toSuite)
                .param(toCell)
                .param(Timestamp.from(at))
                .param(by)
                .param(reason)
                .update();
        jdbc.sql("UPDATE custody.detention SET suite_id = ?, cell_id = ? WHERE id = ?")
                .param(toSuite)
                .param(toCell)
                .param(detentionId)
                .update();
    }

    /** Links a crime; false when it was linked already. */
    public boolean linkCrime(long detentionId, long crimeId, Instant at, String by) {
        try {
            return jdbc.sql("""
                    INSERT INTO custody.detention_crime (detention_id, crime_id, linked_at, linked_by)
                    VALUES (?,?,?,?) ON CONFLICT DO NOTHING""")
                            .params(detentionId, crimeId, Timestamp.from(at), by)
                            .update()
                    > 0;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    public List<Long> crimes(long detentionId) {
        return jdbc.sql(
                        "SELECT crime_id FROM custody.detention_crime WHERE detention_id = ? ORDER BY linked_at, crime_id")
                .param(detentionId)
                .query(Long.class)
                .list();
    }

    public long refer(long detentionId, String concern, String agency, Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO custody.safeguarding_referral (detention_id, concern, agency, at, by_user)
                VALUES (?,?,?,?,?) RETURNING id""")
                .params(detentionId, concern, agency, Timestamp.from(at), by)
                .query(Long.class)
                .single();
    }

    public List<Referral> referrals(long detentionId) {
        return jdbc.sql("SELECT * FROM custody.safeguarding_referral WHERE detention_id = ? ORDER BY id")
                .param(detentionId)
                .query((rs, n) -> new Referral(
                        rs.getLong("id"),
                        rs.getLong("detention_id"),
                        rs.getString("concern"),
                        rs.getString("agency"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("by_user")))
                .list();
    }
}
