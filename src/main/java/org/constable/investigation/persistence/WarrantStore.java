package org.constable.investigation.persistence;

import static org.constable.investigation.persistence.InvestigationStore.instant;
import static org.constable.investigation.persistence.InvestigationStore.nullableInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.constable.investigation.domain.WarrantStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Warrants of investigations and the exhibits their execution seized. */
@Repository
public class WarrantStore {

    public record WarrantRow(
            long id,
            String reference,
            long investigationId,
            String investigationReference,
            String kind,
            String grounds,
            String premises,
            @Nullable Long locationId,
            String court,
            WarrantStatus status,
            String appliedBy,
            Instant appliedAt,
            @Nullable LocalDate decidedOn,
            @Nullable String decisionRecordedBy,
            @Nullable String decisionNote,
            @Nullable LocalDate expiresOn,
            @Nullable Instant executedAt,
            @Nullable String executedBy,
            @Nullable String found,
            @Nullable LocalDate returnDueOn,
            @Nullable LocalDate returnedOn,
            @Nullable String returnedBy,
            @Nullable String returnNote) {}

    public record ExhibitLink(long exhibitId, String exhibitReference) {}

    private static final String COLUMNS = "w.id, w.reference, w.investigation_id, i.reference, w.kind, w.grounds, "
            + "w.premises, w.location_id, w.court, w.status, w.applied_by, w.applied_at, w.decided_on, "
            + "w.decision_recorded_by, w.decision_note, w.expires_on, w.executed_at, w.executed_by, w.found, "
            + "w.return_due_on, w.returned_on, w.returned_by, w.return_note";
    private static final String FROM =
            " FROM investigation.warrant w JOIN investigation.investigation i ON i.id = w.investigation_id ";

    private final JdbcClient jdbc;

    WarrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long apply(
            long investigationId,
            String kind,
            String grounds,
            String premises,
            @Nullable Long locationId,
            String court,
            String by,
            Instant at,
            LocalDate day) {
        long id = jdbc.sql("SELECT nextval('investigation.warrant_id_seq')")
                .query(Long.class)
                .single();
        // WNT-yyyymmdd-id: unique by the id, readable by the day it was applied for
        String reference = "WNT-" + day.toString().replace("-", "") + "-" + id;
        jdbc.sql("INSERT INTO investigation.warrant (id, reference, investigation_id, kind, grounds, premises, "
                        + "location_id, court, status, applied_by, applied_at) VALUES (?,?,?,?,?,?,?,?,'APPLIED',?,?)")
                .param(id)
                .param(reference)
                .param(investigationId)
                .param(kind)
                .param(grounds)
                .param(premises)
                .param(locationId)
                .param(court)
                .param(by)
                .param(Timestamp.from(at))
                .update();
        return id;
    }

    public Optional<WarrantRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE w.id = ?")
                .param(id)
                .query(WarrantStore::row)
                .optional();
    }

    /** Locks the warrant for a change, so two changes of one warrant take turns. */
    public Optional<WarrantRow> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE w.id = ? FOR UPDATE OF w")
                .param(id)
                .query(WarrantStore::row)
                .optional();
    }

    public List<WarrantRow> ofInvestigation(long investigationId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE w.investigation_id = ? ORDER BY w.id DESC")
                .param(investigationId)
                .query(WarrantStore::row)
                .list();
    }

    /**
     * Warrants issued or executed and not yet returned, of investigations the user is officer in
     * charge, supervisor or a team member of, or that the user applied for; earliest return first.
     */
    public List<WarrantRow> outstandingFor(String username, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE w.status IN ('ISSUED', 'EXECUTED') AND (w.applied_by = ? "
                        + "OR i.officer_in_charge = ? OR i.supervisor = ? OR EXISTS (SELECT 1 FROM "
                        + "investigation.investigation_member m WHERE m.investigation_id = i.id AND m.username = ?)) "
                        + "ORDER BY w.return_due_on, w.id LIMIT ?")
                .params(username, username, username, username, limit)
                .query(WarrantStore::row)
                .list();
    }

    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM investigation.warrant)")
                .query(Boolean.class)
                .single();
    }

    public void decide(
            long id,
            WarrantStatus status,
            LocalDate on,
            String by,
            @Nullable String note,
            @Nullable LocalDate expiresOn,
            @Nullable LocalDate returnDueOn) {
        jdbc.sql("UPDATE investigation.warrant SET status = ?, decided_on = ?, decision_recorded_by = ?, "
                        + "decision_note = ?, expires_on = ?, return_due_on = ? WHERE id = ?")
                .param(status.name())
                .param(on)
                .param(by)
                .param(note)
                .param(expiresOn)
                .param(returnDueOn)
                .param(id)
                .update();
    }

    public void execute(long id, Instant at, String by, String found, String recordedBy, LocalDate returnDueOn) {
        jdbc.sql("UPDATE investigation.warrant SET status = 'EXECUTED', executed_at = ?, executed_by = ?, found = ?, "
                        + "execution_recorded_by = ?, return_due_on = ? WHERE id = ?")
                .params(Timestamp.from(at), by, found, recordedBy, returnDueOn, id)
                .update();
    }

    public void linkExhibit(long warrantId, long exhibitId, String reference) {
        jdbc.sql("INSERT INTO investigation.warrant_exhibit (warrant_id, exhibit_id, exhibit_reference) "
                        + "VALUES (?,?,?) ON CONFLICT DO NOTHING")
                .params(warrantId, exhibitId, reference)
                .update();
    }

    public List<ExhibitLink> exhibits(long warrantId) {
        return jdbc.sql("SELECT exhibit_id, exhibit_reference FROM investigation.warrant_exhibit "
                        + "WHERE warrant_id = ? ORDER BY exhibit_reference")
                .param(warrantId)
                .query((rs, n) -> new ExhibitLink(rs.getLong(1), rs.getString(2)))
                .list();
    }

    public void returned(long id, LocalDate on, String by, @Nullable String note) {
        jdbc.sql("UPDATE investigation.warrant SET status = 'RETURNED', returned_on = ?, returned_by = ?, "
                        + "return_note = ? WHERE id = ?")
                .param(on)
                .param(by)
                .param(note)
                .param(id)
                .update();
    }

    private static WarrantRow row(ResultSet rs, int n) throws SQLException {
        long location = rs.getLong(8);
        Long locationId = rs.wasNull() ? null : location;
        return new WarrantRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                locationId,
                rs.getString(9),
                WarrantStatus.valueOf(rs.getString(10)),
                rs.getString(11),
                instant(rs, 12),
                rs.getObject(13, LocalDate.class),
                rs.getString(14),
                rs.getString(15),
                rs.getObject(16, LocalDate.class),
                nullableInstant(rs, 17),
                rs.getString(18),
                rs.getString(19),
                rs.getObject(20, LocalDate.class),
                rs.getObject(21, LocalDate.class),
                rs.getString(22),
                rs.getString(23));
    }
}
