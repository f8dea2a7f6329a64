package org.constable.investigation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.constable.investigation.domain.ActionPriority;
import org.constable.investigation.domain.DueState;
import org.constable.investigation.domain.InvestigationStatus;
import org.jspecify.annotations.Nullable;

/** What the investigation pages and API show: words beside every code, times as instants, days in Europe/London. */
public final class InvestigationViews {

    private InvestigationViews() {}

    /** Shown in place of a restricted investigation's title and an action's words. */
    public static final String WITHHELD = "Restricted investigation";

    public record Reassignment(String fromOwner, String toOwner, String reason, String by, Instant at) {}

    public record ActionItem(
            long id,
            long investigationId,
            String investigationReference,
            String description,
            String owner,
            ActionPriority priority,
            String priorityLabel,
            LocalDate dueOn,
            DueState state,
            String stateLabel,
            boolean open,
            @Nullable String result,
            @Nullable String completedBy,
            @Nullable Instant completedAt,
            boolean fromReview,
            boolean withheld,
            List<Reassignment> reassignments) {}

    public record InvestigationSummary(
            long id,
            String reference,
            String title,
            String officerInCharge,
            String supervisor,
            @Nullable LocalDate nextReviewOn,
            @Nullable DueState reviewState,
            @Nullable String reviewStateLabel,
            boolean withheld) {}

    /** An investigator's day: their actions overdue, due today and coming up this week, and their open investigations. */
    public record Day(
            String scope,
            LocalDate today,
            List<ActionItem> overdue,
            List<ActionItem> dueToday,
            List<ActionItem> comingUp,
            List<InvestigationSummary> investigations) {}

    /** A supervisor's reviews owing: overdue first, then those due today. */
    public record ReviewQueue(
            String supervisor, LocalDate today, List<InvestigationSummary> overdue, List<InvestigationSummary> due) {}

    public record CrimeItem(
            long id, String reference, String classificationCode, String status, boolean inInvestigation) {}

    public record PlanVersion(int version, String text, String writtenBy, Instant writtenAt) {}

    public record Line(
            long id,
            String description,
            String addedBy,
            Instant addedAt,
            boolean open,
            @Nullable Instant closedAt,
            @Nullable String closedBy,
            @Nullable String result) {}

    public record Review(
            long id,
            LocalDate dueOn,
            String reviewedBy,
            Instant reviewedAt,
            String decisions,
            LocalDate nextReviewOn) {}

    public record InvestigationView(
            long id,
            String reference,
            String title,
            InvestigationStatus status,
            String statusLabel,
            String officerInCharge,
            String supervisor,
            List<String> team,
            @Nullable Long incidentId,
            List<CrimeItem> crimes,
            String plan,
            int planVersion,
            List<PlanVersion> planVersions,
            List<Line> lines,
            List<ActionItem> actions,
            List<Review> reviews,
            @Nullable LocalDate nextReviewOn,
            @Nullable DueState reviewState,
            @Nullable String reviewStateLabel,
            Instant openedAt,
            String openedBy,
            @Nullable Instant finalisedAt,
            @Nullable String finalisedBy,
            @Nullable String finalisationNote) {

        public boolean open() {
            return status == InvestigationStatus.OPEN;
        }

        public long openActions() {
            return actions.stream().filter(ActionItem::open).count();
        }
    }
}
