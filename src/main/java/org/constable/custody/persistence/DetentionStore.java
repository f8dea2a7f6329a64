package org.constable.custody.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.constable.custody.domain.Detention;
import org.constable.custody.domain.DetentionLimit;
import org.constable.custody.domain.DetentionStatus;
import org.constable.custody.domain.Disposal;
import org.constable.custody.domain.DisposalKind;
import org.constable.custody.domain.Entry;
import org.constable.custody.domain.EntryKind;
import org.constable.custody.domain.LimitAuthority;
import org.constable.custody.domain.ObservationLevel;
import org.constable.custody.domain.Offence;
import org.constable.custody.domain.Review;
import org.constable.custody.domain.ReviewPostponement;
import org.constable.custody.domain.RiskAssessment;
import org.constable.custody.domain.Visit;
import org.constable.shared.Conflict;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Detentions and their custody records. A detention is stored as its current state plus the
 * append-only entries, reviews, postponements and visits that brought it there; saving appends
 * what the aggregate added and never rewrites a line.
 */
@Repository
public class DetentionStore {

    /** A stored detention with where it is held. */
    public record Stored(long id, long suiteId, @Nullable String cellName, Detention detention) {}

    private static final String OPEN = "status IN ('AWAITING_DECISION', 'DETAINED')";

    private final JdbcClient jdbc;

    DetentionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean openFor(long personId) {
        return jdbc.sql("SELECT count(*) FROM custody.detention WHERE person_id = ? AND " + OPEN)
                        .param(personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insert(long suiteId, Detention d, String bookedBy, Instant bookedAt) {
        Detention.Snapshot s = d.snapshot();
        long id;
        try {
            id = bind(
                            jdbc.sql("""
                    INSERT INTO custody.detention (person_id, suite_id, cell_id, arresting_officer, arrest_grounds,
                        arrested_at, arrived_at, relevant_time, juvenile, vulnerable, risk_self_harm, risk_medical,
                        risk_drugs_alcohol, risk_mental_health, risk_vulnerable, observation_level, level_set_at, status,
                        limit_authority, limit_until, limit_granted_by, limit_grounds, booked_by, booked_at)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"""),
                            s.personId(),
                            suiteId,
                            s.cellId(),
                            s.arrestingOfficer(),
                            s.arrestGrounds(),
                            ts(s.arrestedAt()),
                            ts(s.arrivedAt()),
                            ts(s.relevantTime()),
                            s.juvenile(),
                            s.vulnerable(),
                            s.risk().selfHarm(),
                            s.risk().medical(),
                            s.risk().drugsOrAlcohol(),
                            s.risk().mentalHealth(),
                            s.risk().vulnerable(),
                            s.level().number(),
                            ts(s.levelSetAt()),
                            s.status().name(),
                            s.limit().authority().name(),
                            ts(s.limit().until()),
                            s.limit().grantedBy(),
                            s.limit().grounds(),
                            bookedBy,
                            ts(bookedAt))
                    .query(Long.class)
                    .single();
        } catch (DataIntegrityViolationException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("detention_one_per_cell")) {
                throw new Conflict("That cell is occupied: choose another.");
            }
            if (m.contains("detention_one_open_per_person")) {
                throw new Conflict(
                        "This person is already detained: close that custody record before opening another.");
            }
            throw e;
        }
        for (Offence o : s.offences()) {
            bind(
                            jdbc.sql(
                                    "INSERT INTO custody.offence (detention_id, description, indictable) VALUES (?,?,?)"),
                            id,
                            o.description(),
                            o.indictable())
                    .update();
        }
        appendEntries(id, d.newEntries());
        return id;
    }

    /** The detention, locked for this transaction so two decisions on one record are made one after the other. */
    public Optional<Stored> lock(long id) {
        return jdbc.sql(
                        "SELECT d.*, c.name AS cell_name FROM custody.detention d LEFT JOIN custody.cell c ON c.id = d.cell_id"
                                + " WHERE d.id = ? FOR UPDATE OF d")
                .param(id)
                .query((rs, n) -> rs.getLong("id"))
                .optional()
                .flatMap(this::find);
    }

    public Optional<Stored> find(long id) {
        DetentionLines lines = DetentionLines.of(jdbc, List.of(id));
        return jdbc.sql(
                        "SELECT d.*, c.name AS cell_name FROM custody.detention d LEFT JOIN custody.cell c ON c.id = d.cell_id"
                                + " WHERE d.id = ?")
                .param(id)
                .query((rs, n) -> restore(rs, lines))
                .optional();
    }

    /** The open detentions of a suite in cell order, each with its lines, in five statements whatever their number. */
    public List<Stored> openInSuite(long suiteId) {
        List<Long> ids = jdbc.sql("SELECT id FROM custody.detention WHERE suite_id = ? AND " + OPEN)
                .param(suiteId)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        DetentionLines lines = DetentionLines.of(jdbc, ids);
        return jdbc.sql(
                        "SELECT d.*, c.name AS cell_name FROM custody.detention d LEFT JOIN custody.cell c ON c.id = d.cell_id"
                                + " WHERE d.id = ANY(?) ORDER BY c.name NULLS LAST, d.id")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> restore(rs, lines))
                .list();
    }

    public List<Entry> entries(long id) {
        return jdbc.sql("SELECT kind, at, by_user, text FROM custody.entry WHERE detention_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new Entry(
                        EntryKind.valueOf(rs.getString("kind")),
                        instant(rs, "at"),
                        rs.getString("by_user"),
                        rs.getString("text")))
                .list();
    }

    /** Writes the state the aggregate reached and appends what it added since {@code before}. */
    public void save(long id, Detention.Snapshot before, Detention after) {
        Detention.Snapshot s = after.snapshot();
        Disposal d = s.disposal();
        Visit visit = s.lastVisit();
        bind(
                        jdbc.sql("""
                UPDATE custody.detention SET observation_level = ?, level_set_at = ?, status = ?, authorised_at = ?,
                    authorised_by = ?, limit_authority = ?, limit_until = ?, limit_granted_by = ?, limit_grounds = ?,
                    last_visit_at = ?, appropriate_adult = ?, disposal_kind = ?, disposal_at = ?, disposal_by = ?,
                    disposal_details = ?, bail_until = ?, bail_conditions = ?, transfer_to = ?
                WHERE id = ?"""),
                        s.level().number(),
                        ts(s.levelSetAt()),
                        s.status().name(),
                        s.authorisedAt() == null ? null : ts(s.authorisedAt()),
                        s.authorisedBy(),
                        s.limit().authority().name(),
                        ts(s.limit().until()),
                        s.limit().grantedBy(),
                        s.limit().grounds(),
                        visit == null ? null : ts(visit.at()),
                        s.appropriateAdult(),
                        d == null ? null : d.kind().name(),
                        d == null ? null : ts(d.at()),
                        d == null ? null : d.by(),
                        d == null ? null : d.details(),
                        d == null ? null : d.bailUntil(),
                        d == null ? null : d.bailConditions(),
                        d == null ? null : d.transferTo(),
                        id)
                .update();
        for (Review r : s.reviews().subList(before.reviews().size(), s.reviews().size())) {
            bind(
                            jdbc.sql(
                                    "INSERT INTO custody.review (detention_id, due_at, at, by_user, decision, grounds, representations)"
                                            + " VALUES (?,?,?,?,?,?,?)"),
                            id,
                            ts(r.dueAt()),
                            ts(r.at()),
                            r.by(),
                            r.decision().name(),
                            r.grounds(),
                            r.representations())
                    .update();
        }
        for (ReviewPostponement p : s.postponements()
                .subList(before.postponements().size(), s.postponements().size())) {
            bind(
                            jdbc.sql(
                                    "INSERT INTO custody.review_postponement (detention_id, due_at, at, by_user, reason) VALUES (?,?,?,?,?)"),
                            id,
                            ts(p.dueAt()),
                            ts(p.at()),
                            p.by(),
                            p.reason())
                    .update();
        }
        if (visit != null && !visit.equals(before.lastVisit())) {
            bind(
                            jdbc.sql(
                                    "INSERT INTO custody.visit (detention_id, at, by_user, observation_level, roused, seen)"
                                            + " VALUES (?,?,?,?,?,?)"),
                            id,
                            ts(visit.at()),
                            visit.by(),
                            visit.level().number(),
                            visit.roused(),
                            visit.seen())
                    .update();
        }
        appendEntries(id, after.newEntries());
    }

    private void appendEntries(long id, List<Entry> entries) {
        for (Entry e : entries) {
            bind(
                            jdbc.sql(
                                    "INSERT INTO custody.entry (detention_id, kind, at, by_user, text) VALUES (?,?,?,?,?)"),
                            id,
                            e.kind().name(),
                            ts(e.at()),
                            e.by(),
                            e.text())
                    .update();
        }
    }

    private Stored restore(ResultSet rs, DetentionLines lines) throws SQLException {
        long id = rs.getLong("id");
        List<Offence> offences = lines.offences(id);
        List<Review> reviews = lines.reviews(id);
        List<ReviewPostponement> postponements = lines.postponements(id);
        Visit last = lines.lastVisit(id);
        String disposalKind = rs.getString("disposal_kind");
        Disposal disposal = disposalKind == null
                ? null
                : new Disposal(
                        DisposalKind.valueOf(disposalKind),
                        instant(rs, "disposal_at"),
                        rs.getString("disposal_by"),
                        rs.getString("disposal_details"),
                        rs.getObject("bail_until", LocalDate.class),
                        rs.getString("bail_conditions"),
                        rs.getString("transfer_to"));
        Timestamp authorisedAt = rs.getTimestamp("authorised_at");
        long cell = rs.getLong("cell_id");
        Long cellId = rs.wasNull() ? null : cell;
        Detention d = Detention.restore(new Detention.Snapshot(
                rs.getLong("person_id"),
                cellId,
                rs.getString("arresting_officer"),
                rs.getString("arrest_grounds"),
                offences,
                instant(rs, "arrested_at"),
                instant(rs, "arrived_at"),
                instant(rs, "relevant_time"),
                rs.getBoolean("juvenile"),
                rs.getBoolean("vulnerable"),
                new RiskAssessment(
                        rs.getBoolean("risk_self_harm"),
                        rs.getBoolean("risk_medical"),
                        rs.getBoolean("risk_drugs_alcohol"),
                        rs.getBoolean("risk_mental_health"),
                        rs.getBoolean("risk_vulnerable")),
                ObservationLevel.ofNumber(rs.getInt("observation_level")),
                instant(rs, "level_set_at"),
                DetentionStatus.valueOf(rs.getString("status")),
                authorisedAt == null ? null : authorisedAt.toInstant(),
                rs.getString("authorised_by"),
                new DetentionLimit(
                        LimitAuthority.valueOf(rs.getString("limit_authority")),
                        instant(rs, "limit_until"),
                        rs.getString("limit_granted_by"),
                        rs.getString("limit_grounds")),
                reviews,
                postponements,
                last,
                rs.getString("appropriate_adult"),
                disposal));
        return new Stored(id, rs.getLong("suite_id"), rs.getString("cell_name"), d);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, @Nullable Object... values) {
        JdbcClient.StatementSpec bound = spec;
        for (Object v : values) {
            bound = bound.param(v);
        }
        return bound;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
