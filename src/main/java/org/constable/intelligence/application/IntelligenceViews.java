package org.constable.intelligence.application;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the intelligence pages and API read: never a store row, never the original text unless named so. */
public final class IntelligenceViews {

    private IntelligenceViews() {}

    /** A record a report names, as this reader may see it ({@code id} null when withheld). */
    public record LinkView(
            String type,
            @Nullable Long id,
            String words,
            @Nullable String href) {}

    /** One version of the evaluation; {@code riskAssessment} only for the intelligence unit. */
    public record EvaluationView(
            int version,
            String grade,
            String gradeWords,
            String sourceEvaluation,
            String assessment,
            String handlingCode,
            @Nullable String handlingConditions,
            @Nullable String riskAssessment,
            String sanitisedText,
            String evaluatedBy,
            Instant evaluatedAt,
            String evaluatedAtLocal) {}

    public record DisseminationView(
            long id,
            int evaluationVersion,
            String recipient,
            String purpose,
            @Nullable String handlingConditions,
            String disseminatedBy,
            Instant disseminatedAt,
            String disseminatedAtLocal) {}

    /**
     * A report as this reader may see it. {@code current} is null while it awaits evaluation;
     * {@code versions} and {@code disseminations} are filled for the intelligence unit only.
     */
    public record Report(
            long id,
            String status,
            String submittedBy,
            Instant submittedAt,
            String submittedAtLocal,
            @Nullable Instant observedAt,
            @Nullable String observedAtLocal,
            @Nullable String place,
            String sourceType,
            String sourceTypeLabel,
            List<LinkView> links,
            @Nullable EvaluationView current,
            List<EvaluationView> versions,
            List<DisseminationView> disseminations,
            boolean mayEvaluate) {}

    /** A report in a list: no text at all, only what it is and where it stands. */
    public record ReportLine(
            long id,
            String submittedBy,
            String submittedAtLocal,
            String sourceTypeLabel,
            @Nullable String place,
            String status,
            @Nullable String grade) {}

    /** The unit's desk: reports awaiting evaluation (oldest first) and those graded (newest first). */
    public record Desk(List<ReportLine> awaiting, List<ReportLine> graded) {}

    /** The original text, for the intelligence unit only. */
    public record Original(long reportId, String text) {}

    /** The intelligence on one person, place or vehicle for a reader allowed it: how many, and the latest (as published). */
    public record Picture(
            String subject,
            long subjectId,
            int count,
            List<org.constable.intelligence.IntelligenceWhereNeeded.Item> latest) {}
}
