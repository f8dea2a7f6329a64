package org.constable.crime.persistence;

import static org.constable.crime.persistence.CrimeStore.instant;
import static org.constable.crime.persistence.CrimeStore.ts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.constable.crime.CancellationGround;
import org.constable.crime.domain.ChangeKind;
import org.constable.crime.domain.ChangeRequestStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Re-classification and cancellation requests awaiting or bearing the registrar's decision, and outcomes. */
@Repository
public class ChangeRequestStore {

    public record ChangeRequest(
            long id,
            long crimeId,
            ChangeKind kind,
            @Nullable String newCode,
            @Nullable CancellationGround ground,
            String reason,
            String requestedBy,
            Instant requestedAt,
            ChangeRequestStatus status,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String decisionNote) {
        public boolean pending() {
            return status == ChangeRequestStatus.PENDING;
        }
    }

    /** An outcome; {@code title} is the Home Office outcome type's title, the words users read. */
    public record Outcome(
            String outcomeType,
            String title,
            LocalDate decidedOn,
            String decidedBy,
            Instant recordedAt,
            String recordedBy,
            @Nullable String note) {}

    private static final String COLUMNS =
            "id, crime_id, kind, new_code, ground, reason, requested_by, requested_at, status, decided_by, "
                    + "decided_at, decision_note";
    private static final RowMapper<ChangeRequest> ROW = (rs, n) -> new ChangeRequest(
            rs.getLong(1),
            rs.getLong(2),
            ChangeKind.valueOf(rs.getString(3)),
            rs.getString(4),
            rs.getString(5) == null ? null : CancellationGround.valueOf(rs.getString(5)),
            rs.getString(6),
            rs.getString(7),
            rs.getTimestamp(8).toInstant(),
            ChangeRequestStatus.valueOf(rs.getString(9)),
            rs.getString(10),
            instant(rs.getTimestamp(11)),
            rs.getString(12));

    private final JdbcClient jdbc;

    public ChangeRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long crimeId,
            ChangeKind kind,
            @Nullable String newCode,
            @Nullable CancellationGround ground,
            String reason,
            String requestedBy,
            Instant at) {
        return jdbc.sql(
                        "INSERT INTO crime.change_request (crime_id, kind, new_code, ground, reason, requested_by, requested_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .param(crimeId)
                .param(kind.name())
                .param(newCode)
                .param(ground == null ? null : ground.name())
                .param(reason)
                .param(requestedBy)
                .param(ts(at))
                .query(Long.class)
                .single();
    }

    /** Decides a pending request; false if it was decided meanwhile. */
    public boolean decide(long id, boolean approved, String decidedBy, Instant at, @Nullable String note) {
        return jdbc.sql("UPDATE crime.change_request SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? "
                                + "WHERE id = ? AND status = 'PENDING'")
                        .param((approved ? ChangeRequestStatus.APPROVED : ChangeRequestStatus.REJECTED).name())
                        .param(decidedBy)
                        .param(ts(at))
                        .param(note)
                        .param(id)
                        .update()
                == 1;
    }

    public Optional<ChangeRequest> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crime.change_request WHERE id = ?")
                .param(id)
                .query(ROW)
                .optional();
    }

    public Optional<ChangeRequest> pendingFor(long crimeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crime.change_request WHERE crime_id = ? AND status = 'PENDING'")
                .param(crimeId)
                .query(ROW)
                .optional();
    }

    public List<ChangeRequest> of(long crimeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM crime.change_request WHERE crime_id = ? ORDER BY id")
                .param(crimeId)
                .query(ROW)
                .list();
    }

    public List<ChangeRequest> pending() {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM crime.change_request WHERE status = 'PENDING' ORDER BY requested_at")
                .query(ROW)
                .list();
    }

    public void addOutcome(
            long crimeId,
            String type,
            LocalDate decidedOn,
            String decidedBy,
            Instant at,
            String recordedBy,
            @Nullable String note) {
        jdbc.sql(
                        "INSERT INTO crime.outcome (crime_id, outcome_type, decided_on, decided_by, recorded_at, recorded_by, note) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .param(crimeId)
                .param(type)
                .param(decidedOn)
                .param(decidedBy)
                .param(ts(at))
                .param(recordedBy)
                .param(note)
                .update();
    }

    public List<Outcome> outcomes(long crimeId) {
        return jdbc.sql(
                        "SELECT o.outcome_type, t.title, o.decided_on, o.decided_by, o.recorded_at, o.recorded_by, o.note FROM crime.outcome o "
                                + "LEFT JOIN crime.outcome_type t ON t.code = o.outcome_type WHERE o.crime_id = ? ORDER BY o.id")
                .param(crimeId)
                .query((rs, n) -> new Outcome(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }
}
