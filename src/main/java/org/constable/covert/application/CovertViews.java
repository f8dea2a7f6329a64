package org.constable.covert.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a member reads of covert operations and authorisations. */
public final class CovertViews {

    private CovertViews() {}

    public record OperationLine(long id, String name, String seniorOfficer, boolean seniorOfficerIsMe) {}

    public record Member(long userId, String username, boolean seniorOfficer, String addedBy, Instant addedAt) {}

    public record MembershipChange(long userId, String username, String change, String changedBy, Instant changedAt) {}

    public record Operation(
            long id,
            String name,
            String purpose,
            long seniorOfficerId,
            String seniorOfficer,
            boolean seniorOfficerIsMe,
            String openedBy,
            Instant openedAt,
            List<Member> members,
            List<MembershipChange> changes,
            List<AuthorisationLine> authorisations,
            List<Long> intelligenceReportIds) {}

    public record AuthorisationLine(
            long id,
            String state,
            String applicant,
            String authorisingOfficer,
            @Nullable Instant grantedAt,
            @Nullable Instant expiresAt,
            @Nullable LocalDate nextReviewDue) {}

    public record Review(String outcome, String notes, String reviewedBy, Instant reviewedAt) {}

    public record Renewal(Instant expiresBefore, Instant expiresAfter, String renewedBy, Instant renewedAt) {}

    public record Use(String activity, String recordedBy, Instant recordedAt) {}

    public record Authorisation(
            long id,
            long operationId,
            String state,
            @Nullable String refusal,
            long applicantId,
            String applicant,
            long authorisingOfficerId,
            String authorisingOfficer,
            String grounds,
            String necessity,
            String proportionality,
            Instant appliedAt,
            @Nullable Instant grantedAt,
            @Nullable Instant expiresAt,
            @Nullable LocalDate nextReviewDue,
            @Nullable Instant cancelledAt,
            @Nullable String cancelledBy,
            @Nullable String cancellationReason,
            List<Review> reviews,
            List<Renewal> renewals,
            List<Use> uses) {}

    /** One thing due on the authorising officer's queue: a review, a renewal (or lapse) or a cancellation after expiry. */
    public record DueItem(
            long authorisationId,
            long operationId,
            String operationName,
            String kind,
            LocalDate due,
            boolean overdue,
            String words) {}

    public record DueQueue(LocalDate today, List<DueItem> items) {}
}
