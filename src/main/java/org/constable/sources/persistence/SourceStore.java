package org.constable.sources.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.sources.domain.Authorisation;
import org.constable.sources.domain.ContactEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's rows: sources, their authorisations and reviews, and the contact log. Never the true identity. */
@Repository
public class SourceStore {

    public record SourceRow(
            long id,
            String reference,
            String pseudonym,
            long handlerUserId,
            long controllerUserId,
            String registeredBy,
            Instant registeredAt) {}

    public record ContactRow(
            long id,
            long authorisationId,
            Instant metAt,
            String handler,
            String summary,
            @Nullable String tasking,
            @Nullable Long intelligenceReportId,
            String loggedBy,
            Instant loggedAt) {}

    public record ReviewRow(long authorisationId, String reviewedBy, Instant reviewedAt, String note) {}

    private static final String SOURCE_COLUMNS =
            "id, reference, pseudonym, handler_user_id, controller_user_id, registered_by, registered_at";

    private final JdbcClient jdbc;

    SourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            String reference, String pseudonym, long handler, long controller, String registeredBy, Instant at) {
        return jdbc.sql("INSERT INTO sources.source (reference, pseudonym, handler_user_id, controller_user_id,"
                        + " registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(reference, pseudonym, handler, controller, registeredBy, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public Optional<SourceRow> find(long id) {
        return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM sources.source WHERE id = ?")
                .param(id)
                .query(SourceStore::source)
                .optional();
    }

    /** Every source, for a registrar; or those the user handles or controls. */
    public List<SourceRow> visibleTo(long userId, boolean registrar, int limit) {
        return jdbc.sql("SELECT " + SOURCE_COLUMNS + " FROM sources.source"
                        + " WHERE ? OR handler_user_id = ? OR controller_user_id = ? ORDER BY id DESC LIMIT ?")
                .params(registrar, userId, userId, limit)
                .query(SourceStore::source)
                .list();
    }

    public void reassign(long id, long handler, long controller) {
        jdbc.sql("UPDATE sources.source SET handler_user_id = ?, controller_user_id = ? WHERE id = ?")
                .params(handler, controller, id)
                .update();
    }

    public long grant(
            long sourceId,
            @Nullable Long renewalOf,
            String grantedBy,
            long grantedByUserId,
            Instant grantedAt,
            Instant startsAt,
            Instant expiresAt,
            boolean juvenile,
            int reviewIntervalDays,
            String grounds) {
        return jdbc.sql("INSERT INTO sources.authorisation (source_id, renewal_of, granted_by, granted_by_user_id,"
                        + " granted_at, starts_at, expires_at, juvenile, review_interval_days, grounds)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .param(sourceId)
                .param(renewalOf)
                .param(grantedBy)
                .param(grantedByUserId)
                .param(Timestamp.from(grantedAt))
                .param(Timestamp.from(startsAt))
                .param(Timestamp.from(expiresAt))
                .param(juvenile)
                .param(reviewIntervalDays)
                .param(grounds)
                .query(Long.class)
                .single();
    }

    /** A source's authorisations, oldest first, each with its latest review. */
    public List<Authorisation> authorisations(long sourceId) {
        return jdbc.sql("SELECT a.*, (SELECT max(r.reviewed_at) FROM sources.review r WHERE r.authorisation_id = a.id)"
                        + " AS last_review_at FROM sources.authorisation a WHERE a.source_id = ? ORDER BY a.id")
                .param(sourceId)
                .query(SourceStore::authorisation)
                .list();
    }

    /** Cancels once: false if it was cancelled already (by someone else meanwhile). */
    public boolean cancel(long authorisationId, Instant at, String by, String reason) {
        return jdbc.sql("UPDATE sources.authorisation SET cancelled_at = ?, cancelled_by = ?, cancellation_reason = ?"
                                + " WHERE id = ? AND cancelled_at IS NULL")
                        .params(Timestamp.from(at), by, reason, authorisationId)
                        .update()
                == 1;
    }

    public void review(long authorisationId, String by, Instant at, String note) {
        jdbc.sql("INSERT INTO sources.review (authorisation_id, reviewed_by, reviewed_at, note) VALUES (?, ?, ?, ?)")
                .params(authorisationId, by, Timestamp.from(at), note)
                .update();
    }

    public List<ReviewRow> reviews(long sourceId) {
        return jdbc.sql("SELECT r.authorisation_id, r.reviewed_by, r.reviewed_at, r.note FROM sources.review r"
                        + " JOIN sources.authorisation a ON a.id = r.authorisation_id WHERE a.source_id = ?"
                        + " ORDER BY r.reviewed_at, r.id")
                .param(sourceId)
                .query((rs, n) -> new ReviewRow(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    public long logContact(
            long sourceId, long authorisationId, ContactEntry c, String handler, String loggedBy, Instant at) {
        return jdbc.sql("INSERT INTO sources.contact (source_id, authorisation_id, met_at, handler, summary, tasking,"
                        + " intelligence_report_id, logged_by, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " RETURNING id")
                .param(sourceId)
                .param(authorisationId)
                .param(Timestamp.from(c.metAt()))
                .param(handler)
                .param(c.summary())
                .param(c.tasking())
                .param(c.intelligenceReportId())
                .param(loggedBy)
                .param(Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public List<ContactRow> contacts(long sourceId, int limit) {
        return jdbc.sql("SELECT id, authorisation_id, met_at, handler, summary, tasking, intelligence_report_id,"
                        + " logged_by, logged_at FROM sources.contact WHERE source_id = ? ORDER BY met_at DESC, id DESC"
                        + " LIMIT ?")
                .params(sourceId, limit)
                .query((rs, n) -> new ContactRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, Long.class),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant()))
                .list();
    }

    private static SourceRow source(ResultSet rs, int n) throws SQLException {
        return new SourceRow(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("pseudonym"),
                rs.getLong("handler_user_id"),
                rs.getLong("controller_user_id"),
                rs.getString("registered_by"),
                rs.getTimestamp("registered_at").toInstant());
    }

    private static Authorisation authorisation(ResultSet rs, int n) throws SQLException {
        return new Authorisation(
                rs.getLong("id"),
                rs.getLong("source_id"),
                rs.getObject("renewal_of", Long.class),
                rs.getString("granted_by"),
                rs.getLong("granted_by_user_id"),
                rs.getTimestamp("granted_at").toInstant(),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getBoolean("juvenile"),
                rs.getInt("review_interval_days"),
                rs.getString("grounds"),
                instant(rs.getTimestamp("cancelled_at")),
                rs.getString("cancelled_by"),
                rs.getString("cancellation_reason"),
                instant(rs.getTimestamp("last_review_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
