package org.constable.investigation.application;

import static org.constable.investigation.application.Investigations.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.application.InvestigationActions.NewAction;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.domain.SupervisoryReviewSchedule;
import org.constable.investigation.persistence.InvestigationStore;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's review of an investigation: the decisions in words, any new actions, and the next
 * review's day, which follows from the day of this review by the configured schedule (ADR 0080).
 */
@Service
public class SupervisoryReviews {

    static final int MAX_NEW_ACTIONS = 20;

    public record Reviewed(long reviewId, LocalDate nextReviewOn, List<Long> actionIds) {}

    private final Investigations investigations;
    private final InvestigationActions actions;
    private final InvestigationStore store;
    private final SupervisoryReviewSchedule schedule;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    SupervisoryReviews(
            Investigations investigations,
            InvestigationActions actions,
            InvestigationStore store,
            SupervisoryReviewSchedule schedule,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.investigations = investigations;
        this.actions = actions;
        this.store = store;
        this.schedule = schedule;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Reviewed record(
            Actor actor, long investigationId, @Nullable String decisions, @Nullable List<NewAction> newActions) {
        policy.require(actor, Permission.INVESTIGATION_REVIEW);
        InvestigationRow inv = investigations.openForChange(actor, investigationId);
        String text = text(decisions, "decisions", "the review's decisions", Investigations.TEXT_MAX);
        List<NewAction> raised = newActions == null ? List.of() : newActions;
        if (raised.size() > MAX_NEW_ACTIONS) {
            throw new InvalidInput("actions", "A review raises at most " + MAX_NEW_ACTIONS + " actions at once.");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Deadline.ENGLAND_AND_WALES);
        LocalDate next = schedule.nextAfter(today);
        LocalDate due = Objects.requireNonNull(inv.nextReviewOn(), "an open investigation has a review day");
        long reviewId = store.addReview(investigationId, due, actor.username(), now, text, next);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < raised.size(); i++) {
            ids.add(actions.raise(actor, inv, raised.get(i), reviewId, "actions[" + i + "]"));
        }
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        RecordRef.of(RecordType.INVESTIGATION, investigationId),
                        RecordRef.of(RecordType.SUPERVISORY_REVIEW, reviewId))
                .withDetail("supervisory review of " + inv.reference() + " (due " + due + "), " + ids.size()
                        + " new action(s); next review due " + next));
        return new Reviewed(reviewId, next, ids);
    }
}
