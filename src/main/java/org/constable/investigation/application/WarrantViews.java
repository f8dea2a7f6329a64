package org.constable.investigation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.constable.investigation.domain.WarrantKinds;
import org.constable.investigation.domain.WarrantStatus;
import org.jspecify.annotations.Nullable;

/** What the warrant pages and API show: words beside every code, days in Europe/London. */
public final class WarrantViews {

    private WarrantViews() {}

    public record LinkedExhibit(long id, String reference) {}

    public record WarrantView(
            long id,
            String reference,
            long investigationId,
            String investigationReference,
            String kind,
            String kindLabel,
            String grounds,
            String premises,
            String court,
            WarrantStatus status,
            String statusLabel,
            String appliedBy,
            Instant appliedAt,
            @Nullable LocalDate decidedOn,
            @Nullable String decisionNote,
            @Nullable LocalDate expiresOn,
            boolean executable,
            @Nullable Instant executedAt,
            @Nullable String executedBy,
            @Nullable String found,
            List<LinkedExhibit> exhibits,
            @Nullable LocalDate returnDueOn,
            @Nullable String returnState,
            boolean returnOverdue,
            @Nullable LocalDate returnedOn,
            @Nullable String returnedBy,
            @Nullable String returnNote,
            boolean withheld) {}

    /** An exhibit of the investigation's crimes that an execution may link. */
    public record ExhibitChoice(long id, String reference, String description) {}

    public record InvestigationWarrants(
            long investigationId,
            String investigationReference,
            boolean open,
            List<WarrantView> warrants,
            List<WarrantKinds.Kind> kinds) {}

    /** One warrant with what its forms need. */
    public record WarrantPage(WarrantView warrant, List<ExhibitChoice> exhibits) {}

    /**
     * The expiry and return queue: warrants whose return is overdue, warrants to return (executed, or
     * expired unexecuted), and warrants still in force, soonest expiry first.
     */
    public record WarrantQueue(
            LocalDate today, List<WarrantView> returnOverdue, List<WarrantView> toReturn, List<WarrantView> inForce) {}
}
