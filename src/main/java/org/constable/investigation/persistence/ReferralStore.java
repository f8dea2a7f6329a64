package org.constable.investigation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.constable.investigation.domain.ReferralSource;
import org.constable.investigation.domain.ReferralStage;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Safeguarding referrals and every step of each (ADR 0088). Nothing is deleted; owner and due time are never null. */
@Repository
public class ReferralStore {

    public record ReferralRow(
            long id,
            String agency,
            ReferralSource sourceType,
            long sourceId,
            String subject,
            String concerns,
            String owner,
            @Nullable Long ownerTeamId,
            ReferralStage stage,
            Instant dueAt,
            int escalationLevel,
            @Nullable String escalatedTo,
            @Nullable Instant nextEscalationAt,
            @Nullable Long riskAssessmentId,
            String createdBy,
            Instant createdAt,
            @Nullable String agencyReference,
            @Nullable String outcome) {

        public String reference() {
            return "SGR-" + id;
        }
    }

    public record EventRow(
            long id,
            String kind,
            Instant at,
            String byWhom,
            String detail,
            Instant dueAt,
            @Nullable Integer escalationLevel,
            @Nullable String escalatedTo) {}

    private static final String COLUMNS = "id, agency, source_type, source_id, subject, concerns, owner, owner_team_id,"
            + " stage, due_at, escalation_level, escalated_to, next_escalation_at, risk_assessment_id, created_by,"
            + " created_at, agency_reference, outcome";

    private final JdbcClient jdbc;

    public ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            String agency,
            ReferralSource source,
            long sourceId,
            String subject,
            String concerns,
            String owner,
            @Nullable Long ownerTeamId,
            Instant dueAt,
            @Nullable Long riskAssessmentId,
            String createdBy,
            Instant createdAt) {
        return jdbc.sql("""
                        INSERT INTO investigation.safeguarding_referral (agency, source_type, source_id, subject,
                            concerns, owner, owner_team_id, stage, due_at, next_escalation_at, risk_assessment_id,
                            created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'TO_SEND', ?, ?, ?, ?, ?) RETURNING id
                        """)
                .param(agency)
                .param(source.name())
                .param(sourceId)
                .param(subject)
                .param(concerns)
                .param(owner)
                .param(ownerTeamId)
                .param(Timestamp.from(dueAt))
                .param(Timestamp.from(dueAt))
                .param(riskAssessmentId)
                .param(createdBy)
                .param(Timestamp.from(createdAt))
                .query(Long.class)
                .single();
    }

    public Optional<ReferralRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.safeguarding_referral WHERE id = ?")
                .param(id)
                .query(ReferralStore::row)
                .optional();
    }

    public Optional<ReferralRow> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.safeguarding_referral WHERE id = ? FOR UPDATE")
                .param(id)
                .query(ReferralStore::row)
                .optional();
    }

    /** Open referrals the user owns or that were escalated to them, soonest due first. */
    public List<ReferralRow> openFor(String username, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.safeguarding_referral"
                        + " WHERE stage <> 'CLOSED' AND (owner = :u OR escalated_to = :u) ORDER BY due_at, id LIMIT :n")
                .param("u", username)
                .param("n", limit)
                .query(ReferralStore::row)
                .list();
    }

    public List<ReferralRow> openOfTeam(long teamId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.safeguarding_referral"
                        + " WHERE stage <> 'CLOSED' AND owner_team_id = ? ORDER BY due_at, id LIMIT ?")
                .param(teamId)
                .param(limit)
                .query(ReferralStore::row)
                .list();
    }

    public List<ReferralRow> openOfAgency(String agency, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.safeguarding_referral"
                        + " WHERE stage <> 'CLOSED' AND agency = ? ORDER BY due_at, id LIMIT ?")
                .param(agency)
                .param(limit)
                .query(ReferralStore::row)
                .list();
    }

    public List<ReferralRow> openOfForce(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.safeguarding_referral"
                        + " WHERE stage <> 'CLOSED' ORDER BY due_at, id LIMIT ?")
                .param(limit)
                .query(ReferralStore::row)
                .list();
    }

    /** Referrals made from this record, newest first. */
    public List<ReferralRow> ofSource(ReferralSource source, long sourceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.safeguarding_referral"
                        + " WHERE source_type = ? AND source_id = ? ORDER BY id DESC")
                .param(source.name())
                .param(sourceId)
                .query(ReferralStore::row)
                .list();
    }

    /** Open referrals whose next escalation has come, locked, skipping any another check holds. */
    public List<ReferralRow> lockEscalationsDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investigation.safeguarding_referral"
                        + " WHERE next_escalation_at < ? AND stage <> 'CLOSED'"
                        + " ORDER BY next_escalation_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .param(Timestamp.from(now))
                .param(limit)
                .query(ReferralStore::row)
                .list();
    }

    public void reassign(long id, String owner, @Nullable Long teamId) {
        jdbc.sql("UPDATE investigation.safeguarding_referral SET owner = ?, owner_team_id = ? WHERE id = ?")
                .param(owner)
                .param(teamId)
                .param(id)
                .update();
    }

    /** A new stage with its due time: the escalation starts again from level 0 for the new due time. */
    public void advance(long id, ReferralStage stage, Instant dueAt, @Nullable String agencyReference) {
        jdbc.sql("""
                        UPDATE investigation.safeguarding_referral
                           SET stage = ?, due_at = ?, escalation_level = 0, escalated_to = NULL,
                               next_escalation_at = ?, agency_reference = COALESCE(?, agency_reference)
                         WHERE id = ?
                        """)
                .param(stage.name())
                .param(Timestamp.from(dueAt))
                .param(Timestamp.from(dueAt))
                .param(agencyReference)
                .param(id)
                .update();
    }

    /** The outcome: the referral is closed, keeps its last due time, and no longer escalates. */
    public void close(long id, String outcome) {
        jdbc.sql("UPDATE investigation.safeguarding_referral SET stage = 'CLOSED', outcome = ?,"
                        + " next_escalation_at = NULL WHERE id = ?")
                .param(outcome)
                .param(id)
                .update();
    }

    public void escalate(long id, int level, @Nullable String to, @Nullable Instant nextAt) {
        jdbc.sql("UPDATE investigation.safeguarding_referral SET escalation_level = ?, escalated_to = ?,"
                        + " next_escalation_at = ? WHERE id = ?")
                .param(level)
                .param(to)
                .param(nextAt == null ? null : Timestamp.from(nextAt))
                .param(id)
                .update();
    }

    public void event(
            long referralId,
            String kind,
            Instant at,
            String byWhom,
            String detail,
            Instant dueAt,
            @Nullable Integer level,
            @Nullable String escalatedTo) {
        jdbc.sql("""
                        INSERT INTO investigation.referral_event (referral_id, kind, at, by_whom, detail, due_at,
                            escalation_level, escalated_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .param(referralId)
                .param(kind)
                .param(Timestamp.from(at))
                .param(byWhom)
                .param(detail)
                .param(Timestamp.from(dueAt))
                .param(level)
                .param(escalatedTo)
                .update();
    }

    public List<EventRow> events(long referralId) {
        return jdbc.sql("SELECT id, kind, at, by_whom, detail, due_at, escalation_level, escalated_to"
                        + " FROM investigation.referral_event WHERE referral_id = ? ORDER BY id")
                .param(referralId)
                .query((rs, n) -> new EventRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        (Integer) rs.getObject(7),
                        rs.getString(8)))
                .list();
    }

    public boolean anyExists() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM investigation.safeguarding_referral)")
                .query(Boolean.class)
                .single();
    }

    private static ReferralRow row(ResultSet rs, int n) throws SQLException {
        Timestamp next = rs.getTimestamp("next_escalation_at");
        return new ReferralRow(
                rs.getLong("id"),
                rs.getString("agency"),
                ReferralSource.valueOf(rs.getString("source_type")),
                rs.getLong("source_id"),
                rs.getString("subject"),
                rs.getString("concerns"),
                rs.getString("owner"),
                (Long) rs.getObject("owner_team_id"),
                ReferralStage.valueOf(rs.getString("stage")),
                rs.getTimestamp("due_at").toInstant(),
                rs.getInt("escalation_level"),
                rs.getString("escalated_to"),
                next == null ? null : next.toInstant(),
                (Long) rs.getObject("risk_assessment_id"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("agency_reference"),
                rs.getString("outcome"));
    }
}
