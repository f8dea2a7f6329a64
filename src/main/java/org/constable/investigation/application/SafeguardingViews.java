package org.constable.investigation.application;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.domain.ReferralSource;
import org.constable.investigation.domain.ReferralStage;
import org.constable.investigation.domain.RiskAnswer;
import org.constable.investigation.domain.RiskJudgement;
import org.jspecify.annotations.Nullable;

/** What the safeguarding pages and API show: referrals as their reader may see them, in local time. */
public final class SafeguardingViews {

    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK).withZone(Deadline.ENGLAND_AND_WALES);

    private SafeguardingViews() {}

    /** A moment in the force's zone, in words ("Mon 7 Dec 2026 18:05"). */
    public static String local(Instant at) {
        return LOCAL.format(at);
    }

    /**
     * One referral in a queue. {@code subject} is null when {@code withheld}: the record it was made
     * from is restricted for the reader, who still sees that it exists, who owns it and when it is due,
     * so that it cannot stall unseen.
     */
    public record ReferralItem(
            long id,
            String reference,
            String agency,
            String agencyName,
            ReferralSource sourceType,
            long sourceId,
            @Nullable String subject,
            boolean withheld,
            String owner,
            ReferralStage stage,
            String stageLabel,
            String next,
            Instant dueAt,
            String dueLocal,
            boolean overdue,
            int escalationLevel,
            @Nullable String escalatedTo) {}

    /** A queue: the overdue referrals first, then the others, each soonest due first. */
    public record Queue(String scope, Instant now, List<ReferralItem> overdue, List<ReferralItem> due) {}

    public record Step(
            String kind,
            Instant at,
            String atLocal,
            String by,
            String detail,
            @Nullable Integer level,
            @Nullable String escalatedTo) {}

    /** One referral with its concerns, the agency's reference and outcome, and every step. */
    public record ReferralView(
            ReferralItem referral,
            String concerns,
            @Nullable String agencyReference,
            @Nullable String outcome,
            String createdBy,
            String createdAtLocal,
            @Nullable Long riskAssessmentId,
            List<Step> steps) {}

    public record Question(int number, String text) {}

    public record Answered(int number, String text, RiskAnswer answer) {}

    /** A completed risk assessment; {@code proposal} names the MARAC referral a high risk proposes, until it is made. */
    public record Assessment(
            long id,
            ReferralSource sourceType,
            long sourceId,
            String subject,
            List<Answered> answers,
            int yesCount,
            int highRiskYesCount,
            RiskJudgement judgement,
            String judgementLabel,
            boolean highRisk,
            String notes,
            String assessedBy,
            String assessedAtLocal,
            @Nullable Long referralId,
            boolean proposesMarac) {}
}
