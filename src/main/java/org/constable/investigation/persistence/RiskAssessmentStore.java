package org.constable.investigation.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.constable.investigation.domain.ReferralSource;
import org.constable.investigation.domain.RiskJudgement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Domestic-abuse risk assessments: the checklist's answers, the officer's judgement, the MARAC referral it led to. */
@Repository
public class RiskAssessmentStore {

    public record AssessmentRow(
            long id,
            ReferralSource sourceType,
            long sourceId,
            String subject,
            String answers,
            int yesCount,
            RiskJudgement judgement,
            boolean highRisk,
            String notes,
            String assessedBy,
            Instant assessedAt,
            @Nullable Long referralId) {}

    private final JdbcClient jdbc;

    public RiskAssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            ReferralSource source,
            long sourceId,
            String subject,
            String answers,
            int yesCount,
            RiskJudgement judgement,
            boolean highRisk,
            String notes,
            String by,
            Instant at) {
        return jdbc.sql("""
                        INSERT INTO investigation.risk_assessment (source_type, source_id, subject, answers,
                            yes_count, judgement, high_risk, notes, assessed_by, assessed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                        """)
                .params(
                        source.name(),
                        sourceId,
                        subject,
                        answers,
                        yesCount,
                        judgement.name(),
                        highRisk,
                        notes,
                        by,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    public Optional<AssessmentRow> find(long id, boolean lock) {
        return jdbc.sql("SELECT id, source_type, source_id, subject, answers, yes_count, judgement, high_risk, notes,"
                        + " assessed_by, assessed_at, referral_id FROM investigation.risk_assessment WHERE id = ?"
                        + (lock ? " FOR UPDATE" : ""))
                .param(id)
                .query((rs, n) -> new AssessmentRow(
                        rs.getLong(1),
                        ReferralSource.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        RiskJudgement.valueOf(rs.getString(7)),
                        rs.getBoolean(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getTimestamp(11).toInstant(),
                        (Long) rs.getObject(12)))
                .optional();
    }

    public void linkReferral(long id, long referralId) {
        jdbc.sql("UPDATE investigation.risk_assessment SET referral_id = ? WHERE id = ?")
                .params(referralId, id)
                .update();
    }
}
