package org.constable.investigation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.constable.investigation.domain.InvestigationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Investigations, their crimes, team, plan versions, lines of enquiry and supervisory reviews. */
@Repository
public class InvestigationStore {

    public record InvestigationRow(
            long id,
            String reference,
            String title,
            String officerInCharge,
            String supervisor,
            @Nullable Long incidentId,
            String plan,
            int planVersion,
            InvestigationStatus status,
            Instant openedAt,
            String openedBy,
            @Nullable LocalDate nextReviewOn,
            @Nullable Instant finalisedAt,
            @Nullable String finalisedBy,
            @Nullable String finalisationNote) {

        public boolean open() {
            return status == InvestigationStatus.OPEN;
        }
    }

    public record CrimeLink(long crimeId, String crimeReference, boolean open) {}

    public record PlanVersionRow(int version, String text, String writtenBy, Instant writtenAt) {}

    public record LineRow(
            long id,
            String description,
            String addedBy,
            Instant addedAt,
            @Nullable Instant closedAt,
            @Nullable String closedBy,
            @Nullable String result) {}

    public record ReviewRow(
            long id,
            LocalDate dueOn,
            String reviewedBy,
            Instant reviewedAt,
            String decisions,
            LocalDate nextReviewOn) {}

    private static final String COLUMNS =
            "id, reference, title, officer_in_charge, supervisor, incident_id, plan, plan_version, status, opened_at, "
                    + "opened_by, next_review_on, finalised_at, finalised_by, finalisation_note";

    private final JdbcClient jdbc;

    public InvestigationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            String title,
            String officerInCharge,
            String supervisor,
            @Nullable Long incidentId,
            Instant openedAt,
            String openedBy,
            LocalDate nextReviewOn,
            LocalDate openedOn) {
        long id = jdbc.sql("SELECT nextval('investigation.investigation_id_seq')")
                .query(Long.class)
                .single();
        // INV-yyyymmdd-id: unique by the id, readable by the day it was opened
        String reference = "INV-" + openedOn.toString().replace("-", "") + "-" + id;
        jdbc.sql(
                        "INSERT INTO investigation.investigation (id, reference, title, officer_in_charge, supervisor, "
                                + "incident_id, status, opened_at, opened_by, next_review_on) VALUES (?,?,?,?,?,?,'OPEN',?,?,?)")
                .param(id)
                .param(reference)
                .param(title)
                .param(officerInCharge)
                .param(supervisor)
                .param(incidentId)
                .param(Timestamp.from(openedAt))
                .param(openedBy)
                .param(nextReviewOn)
                .update();
        return id;
    }

    public void addCrime(long investigationId, long crimeId, String reference) {
        jdbc.sql(
                        "INSERT INTO investigation.investigation_crime (investigation_id, crime_id, crime_reference) VALUES (?,?,?)")
                .param(investigationId)
                .param(crimeId)
                .param(reference)
                .update();
    }

    /** The open investigation a crime belongs to, if any. */
    public Optional<String> openInvestigationOf(long crimeId) {
        return jdbc.sql(
                        "SELECT i.reference FROM investigation.investigation_crime c JOIN investigation.investigation i "
                                + "ON i.id = c.investigation_id WHERE c.crime_id = ? AND c.open")
                .param(crimeId)
                .query(String.class)
                .optional();
    }

    public void addMember(long investigationId, String username) {
        jdbc.sql("INSERT INTO investigation.investigation_member (investigation_id, username) VALUES (?,?) "
                        + "ON CONFLICT DO NOTHING")
                .param(investigationId)
                .param(username)
                .update();
    }

    /** Whether any investigation was ever opened (the demo opens its own only on a first start). */
    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM investigation.investigation)")
                .query(Boolean.class)
                .single();
    }

    public Optional<InvestigationRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.investigation WHERE id = ?")
                .param(id)
                .query(InvestigationStore::row)
                .optional();
    }

    /** Locks the investigation for a change, so two changes of one investigation take turns. */
    public Optional<InvestigationRow> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.investigation WHERE id = ? FOR UPDATE")
                .param(id)
                .query(InvestigationStore::row)
                .optional();
    }

    /**
     * Open investigations the user is officer in charge of or a member of the team of, newest first.
     * Two indexed reads joined by a UNION (investigation_oic_newest, investigation_member_username):
     * written as one condition with OR, PostgreSQL scanned every investigation.
     */
    public List<InvestigationRow> openOf(String username, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.investigation WHERE status = 'OPEN' AND id IN ("
                        + "(SELECT id FROM investigation.investigation WHERE status = 'OPEN' AND officer_in_charge = ? "
                        + "ORDER BY opened_at DESC, id DESC LIMIT ?) UNION "
                        + "SELECT investigation_id FROM investigation.investigation_member WHERE username = ?) "
                        + "ORDER BY opened_at DESC, id DESC LIMIT ?")
                .param(username)
                .param(limit)
                .param(username)
                .param(limit)
                .query(InvestigationStore::row)
                .list();
    }

    /** The supervisor's open investigations whose review is due on or before {@code today}, most overdue first. */
    public List<InvestigationRow> reviewsOwing(String supervisor, LocalDate today, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.investigation WHERE status = 'OPEN' "
                        + "AND supervisor = ? AND next_review_on <= ? ORDER BY next_review_on, id LIMIT ?")
                .param(supervisor)
                .param(today)
                .param(limit)
                .query(InvestigationStore::row)
                .list();
    }

    public List<CrimeLink> crimes(long investigationId) {
        return jdbc.sql("SELECT crime_id, crime_reference, open FROM investigation.investigation_crime "
                        + "WHERE investigation_id = ? ORDER BY crime_reference")
                .param(investigationId)
                .query((rs, n) -> new CrimeLink(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    /** The crimes of many investigations at once, for lists. */
    public List<long[]> crimeIdsOf(Collection<Long> investigationIds) {
        return jdbc.sql("SELECT investigation_id, crime_id FROM investigation.investigation_crime "
                        + "WHERE investigation_id = ANY (?)")
                .param(investigationIds.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    /** (investigation id, incident id) for those of these investigations opened from an incident. */
    public List<long[]> incidentIdsOf(Collection<Long> investigationIds) {
        return jdbc.sql("SELECT id, incident_id FROM investigation.investigation "
                        + "WHERE id = ANY (?) AND incident_id IS NOT NULL")
                .param(investigationIds.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    public List<String> members(long investigationId) {
        return jdbc.sql("SELECT username FROM investigation.investigation_member WHERE investigation_id = ? "
                        + "ORDER BY username")
                .param(investigationId)
                .query(String.class)
                .list();
    }

    public void writePlan(long investigationId, int version, String text, String by, Instant at) {
        jdbc.sql("INSERT INTO investigation.plan_version (investigation_id, version, text, written_by, written_at) "
                        + "VALUES (?,?,?,?,?)")
                .param(investigationId)
                .param(version)
                .param(text)
                .param(by)
                .param(Timestamp.from(at))
                .update();
        jdbc.sql("UPDATE investigation.investigation SET plan = ?, plan_version = ? WHERE id = ?")
                .param(text)
                .param(version)
                .param(investigationId)
                .update();
    }

    public List<PlanVersionRow> planVersions(long investigationId) {
        return jdbc.sql("SELECT version, text, written_by, written_at FROM investigation.plan_version "
                        + "WHERE investigation_id = ? ORDER BY version DESC")
                .param(investigationId)
                .query((rs, n) -> new PlanVersionRow(rs.getInt(1), rs.getString(2), rs.getString(3), instant(rs, 4)))
                .list();
    }

    public long addLine(long investigationId, String description, String by, Instant at) {
        return jdbc.sql("INSERT INTO investigation.line_of_enquiry (investigation_id, description, added_by, added_at) "
                        + "VALUES (?,?,?,?) RETURNING id")
                .param(investigationId)
                .param(description)
                .param(by)
                .param(Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** Closes an open line with its result; false if it is not an open line of this investigation. */
    public boolean closeLine(long investigationId, long lineId, String result, String by, Instant at) {
        return jdbc.sql("UPDATE investigation.line_of_enquiry SET closed_at = ?, closed_by = ?, result = ? "
                                + "WHERE id = ? AND investigation_id = ? AND closed_at IS NULL")
                        .param(Timestamp.from(at))
                        .param(by)
                        .param(result)
                        .param(lineId)
                        .param(investigationId)
                        .update()
                == 1;
    }

    public List<LineRow> lines(long investigationId) {
        return jdbc.sql("SELECT id, description, added_by, added_at, closed_at, closed_by, result "
                        + "FROM investigation.line_of_enquiry WHERE investigation_id = ? ORDER BY id")
                .param(investigationId)
                .query((rs, n) -> new LineRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        instant(rs, 4),
                        nullableInstant(rs, 5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    public long addReview(
            long investigationId, LocalDate dueOn, String by, Instant at, String decisions, LocalDate next) {
        long id = jdbc.sql("INSERT INTO investigation.supervisory_review (investigation_id, due_on, reviewed_by, "
                        + "reviewed_at, decisions, next_review_on) VALUES (?,?,?,?,?,?) RETURNING id")
                .param(investigationId)
                .param(dueOn)
                .param(by)
                .param(Timestamp.from(at))
                .param(decisions)
                .param(next)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE investigation.investigation SET next_review_on = ? WHERE id = ?")
                .param(next)
                .param(investigationId)
                .update();
        return id;
    }

    public List<ReviewRow> reviews(long investigationId) {
        return jdbc.sql("SELECT id, due_on, reviewed_by, reviewed_at, decisions, next_review_on "
                        + "FROM investigation.supervisory_review WHERE investigation_id = ? ORDER BY id DESC")
                .param(investigationId)
                .query((rs, n) -> new ReviewRow(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        instant(rs, 4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** Finalises: no review is owed any more and the crimes are free for another investigation. */
    public void finalise(long investigationId, String by, Instant at, @Nullable String note) {
        jdbc.sql("UPDATE investigation.investigation SET status = 'FINALISED', next_review_on = NULL, "
                        + "finalised_at = ?, finalised_by = ?, finalisation_note = ? WHERE id = ?")
                .param(Timestamp.from(at))
                .param(by)
                .param(note)
                .param(investigationId)
                .update();
        jdbc.sql("UPDATE investigation.investigation_crime SET open = FALSE WHERE investigation_id = ?")
                .param(investigationId)
                .update();
    }

    private static InvestigationRow row(ResultSet rs, int n) throws SQLException {
        long incident = rs.getLong(6);
        Long incidentId = rs.wasNull() ? null : incident;
        return new InvestigationRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                incidentId,
                rs.getString(7),
                rs.getInt(8),
                InvestigationStatus.valueOf(rs.getString(9)),
                instant(rs, 10),
                rs.getString(11),
                rs.getObject(12, LocalDate.class),
                nullableInstant(rs, 13),
                rs.getString(14),
                rs.getString(15));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
