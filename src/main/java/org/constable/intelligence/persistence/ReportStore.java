package org.constable.intelligence.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constable.intelligence.domain.Evaluation;
import org.constable.intelligence.domain.Grade;
import org.constable.intelligence.domain.HandlingCode;
import org.constable.intelligence.domain.IntelligenceAssessment;
import org.constable.intelligence.domain.SourceEvaluation;
import org.constable.intelligence.domain.SourceType;
import org.constable.intelligence.domain.Submission;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The intelligence tables: reports and their links, evaluations as append-only versions,
 * disseminations. The original text is read by {@link OriginalTexts} alone, so that no other query
 * here can carry it by accident.
 */
@Repository
public class ReportStore {

    /** A report as submitted, without its text. */
    public record ReportRow(
            long id,
            String submittedBy,
            long submittedByUser,
            Instant submittedAt,
            @Nullable Instant observedAt,
            @Nullable Long locationId,
            @Nullable String placeWords,
            SourceType sourceType) {}

    /** One POLE link of a report. */
    public record Link(RecordType type, long id) {}

    /** One sharing outside the force. */
    public record DisseminationRow(
            long id,
            int evaluationVersion,
            String recipient,
            String purpose,
            @Nullable String handlingConditions,
            String disseminatedBy,
            Instant disseminatedAt) {}

    private static final String REPORT_COLUMNS =
            "id, submitted_by, submitted_by_user, submitted_at, observed_at, location_id, place_words, source_type";
    private static final String EVALUATION_COLUMNS =
            "report_id, version, source_evaluation, assessment, handling_code, "
                    + "handling_conditions, risk_assessment, sanitised_text, evaluated_by, evaluated_at";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the report, its original text (apart) and its links; returns its id. */
    public long insert(Submission s, String author, long authorUserId, Instant at, List<Link> links) {
        long id = jdbc.sql(
                        "INSERT INTO intelligence.report (submitted_by, submitted_by_user, submitted_at, observed_at, "
                                + "location_id, place_words, source_type) VALUES (?,?,?,?,?,?,?) RETURNING id")
                .param(author)
                .param(authorUserId)
                .param(Timestamp.from(at))
                .param(s.observedAt() == null ? null : Timestamp.from(s.observedAt()))
                .param(s.locationId())
                .param(s.placeWords())
                .param(s.sourceType().name())
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO intelligence.original_text (report_id, text) VALUES (?, ?)")
                .param(id)
                .param(s.text())
                .update();
        for (Link l : links.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO intelligence.report_link (report_id, record_type, record_id) VALUES (?,?,?)")
                    .param(id)
                    .param(l.type().code())
                    .param(l.id())
                    .update();
        }
        return id;
    }

    public Optional<ReportRow> find(long id) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM intelligence.report WHERE id = ?")
                .param(id)
                .query(ReportStore::report)
                .optional();
    }

    public List<ReportRow> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM intelligence.report WHERE id = ANY(?) ORDER BY id DESC")
                .param(ids.toArray(Long[]::new))
                .query(ReportStore::report)
                .list();
    }

    /** The links of each of these reports. */
    public Map<Long, List<Link>> links(Collection<Long> reportIds) {
        Map<Long, List<Link>> out = new HashMap<>();
        if (reportIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT report_id, record_type, record_id FROM intelligence.report_link WHERE report_id = ANY(?) "
                        + "ORDER BY report_id, record_type, record_id")
                .param(reportIds.toArray(Long[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Link(RecordType.ofCode(rs.getString(2)), rs.getLong(3)));
                });
        return out;
    }

    /** Every version of the report's evaluation, oldest first. */
    public List<Evaluation> evaluations(long reportId) {
        return jdbc.sql("SELECT " + EVALUATION_COLUMNS
                        + " FROM intelligence.evaluation WHERE report_id = ? ORDER BY version")
                .param(reportId)
                .query(ReportStore::evaluation)
                .list();
    }

    /** The current (highest) version of each of these reports' evaluations; an ungraded report is absent. */
    public Map<Long, Evaluation> current(Collection<Long> reportIds) {
        Map<Long, Evaluation> out = new HashMap<>();
        if (reportIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT DISTINCT ON (report_id) " + EVALUATION_COLUMNS
                        + " FROM intelligence.evaluation WHERE report_id = ANY(?) ORDER BY report_id, version DESC")
                .param(reportIds.toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong(1), evaluation(rs, 0));
                });
        return out;
    }

    /** Appends the next version; two evaluations of one report at once: the second fails on the key. */
    public void addEvaluation(long reportId, Evaluation e) {
        jdbc.sql("INSERT INTO intelligence.evaluation (" + EVALUATION_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?)")
                .param(reportId)
                .param(e.version())
                .param(e.grade().source().code())
                .param(e.grade().assessment().name())
                .param(e.grade().handling().name())
                .param(e.handlingConditions())
                .param(e.riskAssessment())
                .param(e.sanitisedText())
                .param(e.evaluatedBy())
                .param(Timestamp.from(e.evaluatedAt()))
                .update();
    }

    public long addDissemination(
            long reportId,
            int version,
            String recipient,
            String purpose,
            @Nullable String conditions,
            String by,
            Instant at) {
        return jdbc.sql("INSERT INTO intelligence.dissemination (report_id, evaluation_version, recipient, purpose, "
                        + "handling_conditions, disseminated_by, disseminated_at) VALUES (?,?,?,?,?,?,?) RETURNING id")
                .param(reportId)
                .param(version)
                .param(recipient)
                .param(purpose)
                .param(conditions)
                .param(by)
                .param(Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public List<DisseminationRow> disseminations(long reportId) {
        return jdbc.sql("SELECT id, evaluation_version, recipient, purpose, handling_conditions, disseminated_by, "
                        + "disseminated_at FROM intelligence.dissemination WHERE report_id = ? ORDER BY id")
                .param(reportId)
                .query((rs, n) -> new DisseminationRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Graded reports that name this record (a place also as where it happened), newest first. */
    public List<Long> gradedLinkedTo(RecordType type, long recordId, int limit) {
        String where = type == RecordType.LOCATION
                ? " UNION SELECT r.id FROM intelligence.report r WHERE r.location_id = :id"
                : "";
        return jdbc.sql("SELECT id FROM (SELECT l.report_id AS id FROM intelligence.report_link l "
                        + "WHERE l.record_type = :type AND l.record_id = :id" + where + ") named "
                        + "WHERE EXISTS (SELECT 1 FROM intelligence.evaluation e WHERE e.report_id = named.id) "
                        + "ORDER BY id DESC LIMIT :limit")
                .param("type", type.code())
                .param("id", recordId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** The reports this user submitted, newest first. */
    public List<ReportRow> byAuthor(long userId, int limit) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS
                        + " FROM intelligence.report WHERE submitted_by_user = ? ORDER BY id DESC LIMIT ?")
                .param(userId)
                .param(limit)
                .query(ReportStore::report)
                .list();
    }

    /** Reports not yet evaluated, oldest first: the unit's queue. */
    public List<ReportRow> awaitingEvaluation(int limit) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM intelligence.report r WHERE NOT EXISTS "
                        + "(SELECT 1 FROM intelligence.evaluation e WHERE e.report_id = r.id) ORDER BY id LIMIT ?")
                .param(limit)
                .query(ReportStore::report)
                .list();
    }

    /** Reports evaluated, most recently submitted first. */
    public List<ReportRow> graded(int limit) {
        return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM intelligence.report r WHERE EXISTS "
                        + "(SELECT 1 FROM intelligence.evaluation e WHERE e.report_id = r.id) ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(ReportStore::report)
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM intelligence.report")
                .query(Long.class)
                .single();
    }

    /** Keeps the order of the ids given. */
    public static <T> Map<Long, T> ordered(List<Long> ids, Map<Long, T> byId) {
        Map<Long, T> out = new LinkedHashMap<>();
        ids.forEach(id -> {
            T t = byId.get(id);
            if (t != null) {
                out.put(id, t);
            }
        });
        return out;
    }

    private static ReportRow report(ResultSet rs, int n) throws SQLException {
        Timestamp observed = rs.getTimestamp(5);
        long location = rs.getLong(6);
        Long locationId = rs.wasNull() ? null : location;
        return new ReportRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getTimestamp(4).toInstant(),
                observed == null ? null : observed.toInstant(),
                locationId,
                rs.getString(7),
                SourceType.valueOf(rs.getString(8)));
    }

    private static Evaluation evaluation(ResultSet rs, int n) throws SQLException {
        return new Evaluation(
                rs.getInt(2),
                new Grade(
                        SourceEvaluation.ofCode(rs.getInt(3)),
                        IntelligenceAssessment.valueOf(rs.getString(4)),
                        HandlingCode.valueOf(rs.getString(5))),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getTimestamp(10).toInstant());
    }
}
