package org.constable.covert.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Directed surveillance authorisations with their reviews, renewals and uses (covert.authorisation*).
 * An authorisation is read only together with its operation's membership of the reader (ADR 0101).
 */
@Repository
public class AuthorisationStore {

    public record AuthorisationRow(
            long id,
            long operationId,
            long applicantId,
            String applicant,
            long authorisingOfficerId,
            String grounds,
            String necessity,
            String proportionality,
            Instant appliedAt,
            @Nullable Instant grantedAt,
            @Nullable Instant expiresAt,
            @Nullable Instant cancelledAt,
            @Nullable String cancelledBy,
            @Nullable String cancellationReason) {}

    public record ReviewRow(String outcome, String notes, String reviewedBy, Instant reviewedAt) {}

    public record RenewalRow(Instant expiresBefore, Instant expiresAfter, String renewedBy, Instant renewedAt) {}

    public record UseRow(String activity, String recordedBy, Instant recordedAt) {}

    private static final String COLUMNS = "a.id, a.operation_id, a.applicant_id, a.applicant, a.authorising_officer_id,"
            + " a.grounds, a.necessity, a.proportionality, a.applied_at, a.granted_at, a.expires_at, a.cancelled_at,"
            + " a.cancelled_by, a.cancellation_reason";

    private static final String AS_MEMBER = " FROM covert.authorisation a JOIN covert.member m"
            + " ON m.operation_id = a.operation_id AND m.user_id = ?";

    private final JdbcClient jdbc;

    public AuthorisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long apply(
            long operationId,
            long applicantId,
            String applicant,
            long authorisingOfficerId,
            String grounds,
            String necessity,
            String proportionality,
            Instant at) {
        long id = OperationStore.opaqueId();
        jdbc.sql("INSERT INTO covert.authorisation (id, operation_id, applicant_id, applicant, authorising_officer_id,"
                        + " grounds, necessity, proportionality, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        operationId,
                        applicantId,
                        applicant,
                        authorisingOfficerId,
                        grounds,
                        necessity,
                        proportionality,
                        Timestamp.from(at))
                .update();
        return id;
    }

    /** The authorisation if {@code userId} is a member of its operation; empty for a missing one alike. */
    public Optional<AuthorisationRow> asMember(long authorisationId, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + AS_MEMBER + " WHERE a.id = ?")
                .params(userId, authorisationId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The authorisation locked for a change, if {@code userId} is a member of its operation. */
    public Optional<AuthorisationRow> lockAsMember(long authorisationId, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + AS_MEMBER + " WHERE a.id = ? FOR UPDATE OF a")
                .params(userId, authorisationId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    public List<AuthorisationRow> ofOperation(long operationId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM covert.authorisation a WHERE a.operation_id = ? ORDER BY a.applied_at, a.id")
                .param(operationId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Not cancelled authorisations this officer authorises, in operations they are a member of. */
    public List<AuthorisationRow> forOfficer(long officerId) {
        return jdbc.sql("SELECT " + COLUMNS + AS_MEMBER
                        + " WHERE a.authorising_officer_id = ? AND a.cancelled_at IS NULL ORDER BY a.applied_at, a.id")
                .params(officerId, officerId)
                .query((rs, n) -> row(rs))
                .list();
    }

    public void grant(long id, Instant at, Instant expiresAt) {
        jdbc.sql("UPDATE covert.authorisation SET granted_at = ?, expires_at = ? WHERE id = ? AND granted_at IS NULL")
                .params(Timestamp.from(at), Timestamp.from(expiresAt), id)
                .update();
    }

    public void review(long id, String outcome, String notes, String by, Instant at) {
        jdbc.sql("INSERT INTO covert.authorisation_review (authorisation_id, outcome, notes, reviewed_by, reviewed_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(id, outcome, notes, by, Timestamp.from(at))
                .update();
    }

    public void renew(long id, Instant before, Instant after, String by, Instant at) {
        jdbc.sql("UPDATE covert.authorisation SET expires_at = ? WHERE id = ?")
                .params(Timestamp.from(after), id)
                .update();
        jdbc.sql(
                        "INSERT INTO covert.authorisation_renewal (authorisation_id, expires_before, expires_after, renewed_by,"
                                + " renewed_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, Timestamp.from(before), Timestamp.from(after), by, Timestamp.from(at))
                .update();
    }

    public void cancel(long id, String reason, String by, Instant at) {
        jdbc.sql("UPDATE covert.authorisation SET cancelled_at = ?, cancelled_by = ?, cancellation_reason = ?"
                        + " WHERE id = ? AND cancelled_at IS NULL")
                .params(Timestamp.from(at), by, reason, id)
                .update();
    }

    public void use(long id, String activity, String by, Instant at) {
        jdbc.sql("INSERT INTO covert.authorisation_use (authorisation_id, activity, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?)")
                .params(id, activity, by, Timestamp.from(at))
                .update();
    }

    public List<ReviewRow> reviews(long id) {
        return jdbc.sql("SELECT outcome, notes, reviewed_by, reviewed_at FROM covert.authorisation_review"
                        + " WHERE authorisation_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new ReviewRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public List<RenewalRow> renewals(long id) {
        return jdbc.sql("SELECT expires_before, expires_after, renewed_by, renewed_at FROM covert.authorisation_renewal"
                        + " WHERE authorisation_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new RenewalRow(
                        rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public List<UseRow> uses(long id) {
        return jdbc.sql("SELECT activity, recorded_by, recorded_at FROM covert.authorisation_use"
                        + " WHERE authorisation_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new UseRow(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** When it was last reviewed, or null. */
    public @Nullable Instant lastReviewed(long id) {
        return jdbc.sql("SELECT reviewed_at FROM covert.authorisation_review WHERE authorisation_id = ?"
                        + " ORDER BY id DESC LIMIT 1")
                .param(id)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional()
                .orElse(null);
    }

    private static AuthorisationRow row(ResultSet rs) throws SQLException {
        return new AuthorisationRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant(),
                instant(rs, 10),
                instant(rs, 11),
                instant(rs, 12),
                rs.getString(13),
                rs.getString(14));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
