package org.constable.investigation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Victims' Code records, case events, contacts and deadlines in the investigation schema. */
@Repository
public class VictimCareStore {

    public record VictimCareRow(
            long id,
            long crimeId,
            String crimeReference,
            long personId,
            boolean vulnerable,
            String officerInCharge,
            @Nullable Long officerTeamId,
            Instant reportedAt,
            Instant openedAt) {}

    public record DeadlineRow(
            long id,
            long victimCareId,
            String obligation,
            @Nullable Long caseEventId,
            @Nullable String reason,
            Instant startedAt,
            LocalDate lastDay,
            Instant dueBy,
            @Nullable Long answeredBy,
            @Nullable Instant answeredAt,
            @Nullable Instant closedAt,
            @Nullable String closedReason) {

        /** Answered by a contact, or closed because the crime was cancelled. */
        public boolean open() {
            return answeredBy == null && closedAt == null;
        }
    }

    /** An open deadline with what the due list shows beside it. */
    public record DueRow(DeadlineRow deadline, VictimCareRow care) {}

    public record CaseEventRow(
            long id,
            long crimeId,
            String kind,
            Instant occurredAt,
            @Nullable String note,
            String recordedBy) {}

    public record ContactRow(
            long id,
            long victimCareId,
            String kind,
            Instant contactedAt,
            @Nullable String note,
            String recordedBy) {}

    private static final String CARE =
            "c.id, c.crime_id, c.crime_reference, c.person_id, c.vulnerable, c.officer_in_charge, "
                    + "c.officer_team_id, c.reported_at, c.opened_at";
    private static final String DEADLINE =
            "d.id, d.victim_care_id, d.obligation, d.case_event_id, e.kind AS reason, d.started_at, "
                    + "d.last_day, d.due_by, d.answered_by, d.answered_at, d.closed_at, d.closed_reason";
    private static final String DEADLINE_FROM =
            " FROM investigation.deadline d LEFT JOIN investigation.case_event e ON e.id = d.case_event_id ";

    private final JdbcClient jdbc;

    public VictimCareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the record, or returns empty if this victim of this crime already has one (a redelivered event). */
    public Optional<Long> open(
            long crimeId,
            String reference,
            long personId,
            boolean vulnerable,
            String officer,
            @Nullable Long teamId,
            Instant reportedAt,
            Instant openedAt) {
        return jdbc.sql(
                        "INSERT INTO investigation.victim_care (crime_id, crime_reference, person_id, vulnerable, officer_in_charge, "
                                + "officer_team_id, reported_at, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                + "ON CONFLICT (crime_id, person_id) DO NOTHING RETURNING id")
                .param(crimeId)
                .param(reference)
                .param(personId)
                .param(vulnerable)
                .param(officer)
                .param(teamId)
                .param(Timestamp.from(reportedAt))
                .param(Timestamp.from(openedAt))
                .query(Long.class)
                .optional();
    }

    public Optional<VictimCareRow> care(long id) {
        return jdbc.sql("SELECT " + CARE + " FROM investigation.victim_care c WHERE c.id = ?")
                .param(id)
                .query(VictimCareStore::care)
                .optional();
    }

    public List<VictimCareRow> ofCrime(long crimeId) {
        return jdbc.sql("SELECT " + CARE + " FROM investigation.victim_care c WHERE c.crime_id = ? ORDER BY c.id")
                .param(crimeId)
                .query(VictimCareStore::care)
                .list();
    }

    public long addEvent(long crimeId, String kind, Instant occurredAt, @Nullable String note, String by, Instant at) {
        return jdbc.sql(
                        "INSERT INTO investigation.case_event (crime_id, kind, occurred_at, note, recorded_by, recorded_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .param(crimeId)
                .param(kind)
                .param(Timestamp.from(occurredAt))
                .param(note)
                .param(by)
                .param(Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public List<CaseEventRow> eventsOfCrime(long crimeId) {
        return jdbc.sql("SELECT id, crime_id, kind, occurred_at, note, recorded_by FROM investigation.case_event "
                        + "WHERE crime_id = ? ORDER BY occurred_at, id")
                .param(crimeId)
                .query((rs, n) -> new CaseEventRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    public long addContact(
            long careId, String kind, Instant contactedAt, @Nullable String note, String by, Instant at) {
        return jdbc.sql(
                        "INSERT INTO investigation.victim_contact (victim_care_id, kind, contacted_at, note, recorded_by, recorded_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .param(careId)
                .param(kind)
                .param(Timestamp.from(contactedAt))
                .param(note)
                .param(by)
                .param(Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public List<ContactRow> contactsOfCrime(long crimeId) {
        return jdbc.sql(
                        "SELECT k.id, k.victim_care_id, k.kind, k.contacted_at, k.note, k.recorded_by FROM investigation.victim_contact k "
                                + "JOIN investigation.victim_care c ON c.id = k.victim_care_id WHERE c.crime_id = ? ORDER BY k.contacted_at, k.id")
                .param(crimeId)
                .query((rs, n) -> new ContactRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** Starts a deadline; a second referral deadline for the same victim is ignored (redelivery). */
    public void addDeadline(
            long careId,
            String obligation,
            @Nullable Long caseEventId,
            Instant startedAt,
            LocalDate lastDay,
            Instant dueBy) {
        jdbc.sql(
                        "INSERT INTO investigation.deadline (victim_care_id, obligation, case_event_id, started_at, last_day, due_by) "
                                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .param(careId)
                .param(obligation)
                .param(caseEventId)
                .param(Timestamp.from(startedAt))
                .param(lastDay)
                .param(Timestamp.from(dueBy))
                .update();
    }

    /** Closes the victim's open deadlines of these obligations that had started by the time of the contact. */
    public int answer(long careId, Collection<String> obligations, long contactId, Instant contactedAt) {
        return jdbc.sql("UPDATE investigation.deadline SET answered_by = :contact, answered_at = :at "
                        + "WHERE victim_care_id = :care AND answered_by IS NULL AND closed_at IS NULL "
                        + "AND obligation IN (:obligations) AND started_at <= :at")
                .param("contact", contactId)
                .param("at", Timestamp.from(contactedAt))
                .param("care", careId)
                .param("obligations", obligations)
                .update();
    }

    public List<DeadlineRow> deadlinesOfCrime(long crimeId) {
        return jdbc.sql("SELECT " + DEADLINE + DEADLINE_FROM
                        + "JOIN investigation.victim_care c ON c.id = d.victim_care_id "
                        + "WHERE c.crime_id = ? ORDER BY d.due_by, d.id")
                .param(crimeId)
                .query(VictimCareStore::deadline)
                .list();
    }

    /** Open deadlines of one officer's victims, soonest (or most overdue) first. */
    public List<DueRow> openFor(String officer) {
        return due("c.officer_in_charge = ?", officer);
    }

    /** Open deadlines of a team's victims. */
    public List<DueRow> openForTeam(long teamId) {
        return due("c.officer_team_id = ?", teamId);
    }

    public List<DueRow> openForAll() {
        return due("TRUE");
    }

    private List<DueRow> due(String where, Object... params) {
        return jdbc.sql("SELECT " + DEADLINE + ", " + CARE + DEADLINE_FROM
                        + "JOIN investigation.victim_care c ON c.id = d.victim_care_id "
                        + "WHERE d.answered_by IS NULL AND d.closed_at IS NULL AND " + where
                        + " ORDER BY d.due_by, d.id LIMIT 1000")
                .params(params)
                .query((rs, n) -> new DueRow(deadline(rs, n), careAt(rs, 12)))
                .list();
    }

    private static VictimCareRow care(ResultSet rs, int n) throws SQLException {
        return careAt(rs, 0);
    }

    /** Reads the care columns starting after {@code skip} columns. */
    private static VictimCareRow careAt(ResultSet rs, int skip) throws SQLException {
        long team = rs.getLong(skip + 7);
        return new VictimCareRow(
                rs.getLong(skip + 1),
                rs.getLong(skip + 2),
                rs.getString(skip + 3),
                rs.getLong(skip + 4),
                rs.getBoolean(skip + 5),
                rs.getString(skip + 6),
                rs.wasNull() ? null : team,
                rs.getTimestamp(skip + 8).toInstant(),
                rs.getTimestamp(skip + 9).toInstant());
    }

    private static DeadlineRow deadline(ResultSet rs, int n) throws SQLException {
        long event = rs.getLong(4);
        Long caseEventId = rs.wasNull() ? null : event;
        long answeredBy = rs.getLong(9);
        Long answered = rs.wasNull() ? null : answeredBy;
        Timestamp answeredAt = rs.getTimestamp(10);
        Timestamp closedAt = rs.getTimestamp(11);
        return new DeadlineRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                caseEventId,
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getDate(7).toLocalDate(),
                rs.getTimestamp(8).toInstant(),
                answered,
                answeredAt == null ? null : answeredAt.toInstant(),
                closedAt == null ? null : closedAt.toInstant(),
                rs.getString(12));
    }

    /**
     * Remembers that the crime was cancelled and closes its victims' open deadlines as cancelled;
     * returns how many were closed (none on a redelivery).
     */
    public int closeForCancelledCrime(long crimeId, String ground, Instant cancelledAt, String approvedBy) {
        jdbc.sql("INSERT INTO investigation.cancelled_crime (crime_id, ground, cancelled_at, approved_by) "
                        + "VALUES (?, ?, ?, ?) ON CONFLICT (crime_id) DO NOTHING")
                .params(crimeId, ground, Timestamp.from(cancelledAt), approvedBy)
                .update();
        return closeOpenOfCrime(crimeId, cancelledAt);
    }

    /** When the crime has been cancelled, if it has. */
    public Optional<Instant> cancelledAt(long crimeId) {
        return jdbc.sql("SELECT cancelled_at FROM investigation.cancelled_crime WHERE crime_id = ?")
                .param(crimeId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Closes the open deadlines of a cancelled crime's victims, as cancelled. */
    public int closeOpenOfCrime(long crimeId, Instant at) {
        return jdbc.sql("UPDATE investigation.deadline d SET closed_at = ?, closed_reason = 'CRIME_CANCELLED' "
                        + "FROM investigation.victim_care c WHERE c.id = d.victim_care_id AND c.crime_id = ? "
                        + "AND d.answered_by IS NULL AND d.closed_at IS NULL")
                .params(Timestamp.from(at), crimeId)
                .update();
    }
}
