package org.constable.investigation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.application.SafeguardingViews.Answered;
import org.constable.investigation.application.SafeguardingViews.Assessment;
import org.constable.investigation.application.SafeguardingViews.Question;
import org.constable.investigation.domain.ReferralSource;
import org.constable.investigation.domain.RiskAnswer;
import org.constable.investigation.domain.RiskChecklist;
import org.constable.investigation.domain.RiskJudgement;
import org.constable.investigation.domain.SafeguardingAgency;
import org.constable.investigation.persistence.RiskAssessmentStore;
import org.constable.investigation.persistence.RiskAssessmentStore.AssessmentRow;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The domestic-abuse risk assessment (ADR 0088): the checklist answered question by question with the
 * officer's judgement, kept as it was given. A high-risk result proposes the referral to the
 * domestic-abuse risk conference (MARAC); the officer confirms it, which makes the referral with the
 * assessment named on it. An assessment inherits the restriction of the record it was made from.
 */
@Service
public class RiskAssessments {

    /** What the officer submits: one answer per question, in order, and the judgement. */
    public record NewAssessment(
            @Nullable ReferralSource sourceType,
            @Nullable Long sourceId,
            @Nullable String subject,
            @Nullable List<RiskAnswer> answers,
            @Nullable RiskJudgement judgement,
            @Nullable String notes) {}

    private final RiskAssessmentStore store;
    private final ReferralSources sources;
    private final Referrals referrals;
    private final RiskChecklist checklist;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    RiskAssessments(
            RiskAssessmentStore store,
            ReferralSources sources,
            Referrals referrals,
            RiskChecklist checklist,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.sources = sources;
        this.referrals = referrals;
        this.checklist = checklist;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Question> questions() {
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < RiskChecklist.QUESTIONS.size(); i++) {
            out.add(new Question(i + 1, RiskChecklist.QUESTIONS.get(i)));
        }
        return out;
    }

    public int highRiskYesCount() {
        return checklist.highRiskYesCount();
    }

    @Transactional
    public Assessment complete(Actor actor, NewAssessment cmd) {
        policy.require(actor, Permission.SAFEGUARDING_REFER);
        if (cmd.sourceType() == null) {
            throw new InvalidInput(
                    "sourceType", "Say what the assessment is made from: incident, crime, investigation or detention.");
        }
        if (cmd.sourceId() == null) {
            throw new InvalidInput(
                    "sourceId", "Give the id of the " + cmd.sourceType().words() + ".");
        }
        String subject = Investigations.text(cmd.subject(), "subject", "the victim assessed", 200);
        List<RiskAnswer> answers = cmd.answers();
        int n = RiskChecklist.QUESTIONS.size();
        if (answers == null || answers.size() != n) {
            throw new InvalidInput("answers", "Answer all " + n + " questions: yes, no or not known.");
        }
        for (int i = 0; i < n; i++) {
            if (answers.get(i) == null) {
                throw new InvalidInput("answers", "Answer question " + (i + 1) + ": yes, no or not known.");
            }
        }
        if (cmd.judgement() == null) {
            throw new InvalidInput(
                    "judgement", "Give your professional judgement of the risk: standard, medium or high.");
        }
        String notes = Investigations.optionalText(cmd.notes(), "notes", Referrals.TEXT_MAX);
        ReferralSource type = cmd.sourceType();
        long sourceId = cmd.sourceId();
        if (!sources.exists(type, sourceId)) {
            throw new InvalidInput("sourceId", "There is no " + type.words() + " with id " + sourceId + ".");
        }
        RecordRef source = ReferralSources.ref(type, sourceId);
        policy.requireFound(actor, Permission.SAFEGUARDING_REFER, source, sources.restrictedFor(actor, type, sourceId));
        int yes = RiskChecklist.yesCount(answers);
        boolean high = checklist.highRisk(answers, cmd.judgement());
        Instant now = clock.instant();
        long id = store.insert(
                type,
                sourceId,
                subject,
                RiskChecklist.code(answers),
                yes,
                cmd.judgement(),
                high,
                notes == null ? "" : notes,
                actor.username(),
                now);
        audit.record(
                AuditRecord.of(Operation.COLLECTION, actor, null, RecordRef.of(RecordType.RISK_ASSESSMENT, id), source)
                        .withDetail("domestic-abuse risk assessment: " + yes + " yes, judgement "
                                + cmd.judgement().name() + (high ? ", high risk: MARAC referral proposed" : "")));
        return view(store.find(id, false).orElseThrow());
    }

    @Transactional(readOnly = true)
    public Assessment read(Actor actor, long id, String purpose) {
        AssessmentRow row = open(actor, id, false);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        audit.record(
                AuditRecord.of(Operation.CONSULTATION, actor, purpose, RecordRef.of(RecordType.RISK_ASSESSMENT, id))
                        .withDetail("domestic-abuse risk assessment"));
        return view(row);
    }

    /** The officer confirms the proposed MARAC referral: it is made, owned by the officer unless another is named. */
    @Transactional
    public Referrals.Made referToMarac(Actor actor, long id, @Nullable String concerns, @Nullable String owner) {
        AssessmentRow row = open(actor, id, true);
        if (row.referralId() != null) {
            throw new Conflict("This assessment already led to referral SGR-" + row.referralId() + ".");
        }
        if (!row.highRisk()) {
            throw new Conflict(
                    "The assessment is not high risk: refer to the domestic-abuse risk conference only on a high risk,"
                            + " or make a referral to another agency.");
        }
        String text = concerns == null || concerns.isBlank()
                ? "High-risk domestic-abuse risk assessment: " + row.yesCount() + " of "
                        + RiskChecklist.QUESTIONS.size()
                        + " questions answered yes; officer's judgement "
                        + row.judgement().name().toLowerCase(java.util.Locale.ROOT)
                        + "." + (row.notes().isEmpty() ? "" : " " + row.notes())
                : concerns;
        Referrals.Made made = referrals.make(
                actor,
                new Referrals.NewReferral(
                        SafeguardingAgency.MARAC, row.sourceType(), row.sourceId(), row.subject(), text, owner),
                id);
        store.linkReferral(id, made.id());
        return made;
    }

    private AssessmentRow open(Actor actor, long id, boolean lock) {
        policy.require(actor, Permission.SAFEGUARDING_REFER);
        AssessmentRow row = store.find(id, lock).orElse(null);
        Boolean restricted = row == null ? null : sources.restrictedFor(actor, row.sourceType(), row.sourceId());
        policy.requireFound(
                actor, Permission.SAFEGUARDING_REFER, RecordRef.of(RecordType.RISK_ASSESSMENT, id), restricted);
        if (row == null) {
            throw new RecordNotFound(RecordRef.of(RecordType.RISK_ASSESSMENT, id));
        }
        return row;
    }

    private Assessment view(AssessmentRow row) {
        List<Answered> answered = new ArrayList<>();
        for (int i = 0; i < row.answers().length() && i < RiskChecklist.QUESTIONS.size(); i++) {
            answered.add(new Answered(
                    i + 1,
                    RiskChecklist.QUESTIONS.get(i),
                    RiskAnswer.ofCode(row.answers().charAt(i))));
        }
        return new Assessment(
                row.id(),
                row.sourceType(),
                row.sourceId(),
                row.subject(),
                answered,
                row.yesCount(),
                checklist.highRiskYesCount(),
                row.judgement(),
                row.judgement().label(),
                row.highRisk(),
                row.notes(),
                row.assessedBy(),
                SafeguardingViews.local(row.assessedAt()),
                row.referralId(),
                row.highRisk() && row.referralId() == null);
    }
}
