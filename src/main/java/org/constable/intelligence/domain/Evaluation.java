package org.constable.intelligence.domain;

import java.time.Instant;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * One version of the intelligence unit's evaluation of a report: the 3x5x2 grade, the handling
 * conditions (required for C), the risk assessment and the sanitised text that everyone outside the
 * unit reads. Versions are appended, never changed; the highest is current.
 */
public record Evaluation(
        int version,
        Grade grade,
        @Nullable String handlingConditions,
        String riskAssessment,
        String sanitisedText,
        String evaluatedBy,
        Instant evaluatedAt) {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_CONDITIONS = 2_000;

    /**
     * The next version as the unit typed it, or InvalidInput naming every field at fault: each grade
     * chosen from its closed set, conditions for a C code, a risk assessment and a sanitised text.
     */
    public static Evaluation decide(
            int version,
            @Nullable Integer sourceEvaluation,
            @Nullable String assessment,
            @Nullable String handlingCode,
            @Nullable String handlingConditions,
            @Nullable String riskAssessment,
            @Nullable String sanitisedText,
            String evaluatedBy,
            Instant at) {
        var errors = new InvalidInput.Collector();
        SourceEvaluation source = null;
        if (sourceEvaluation == null || sourceEvaluation < 1 || sourceEvaluation > 3) {
            errors.add(
                    "sourceEvaluation",
                    "Choose the source evaluation: 1 (reliable), 2 (untested) or 3 (not reliable).");
        } else {
            source = SourceEvaluation.ofCode(sourceEvaluation);
        }
        IntelligenceAssessment judged = Words.oneOf(IntelligenceAssessment.class, assessment);
        if (judged == null) {
            errors.add(
                    "assessment",
                    "Choose the intelligence assessment: A (known to be true), B (known to the source), "
                            + "C (corroborated), D (cannot be judged) or E (suspected false).");
        }
        HandlingCode code = Words.oneOf(HandlingCode.class, handlingCode);
        if (code == null) {
            errors.add("handlingCode", "Choose the handling code: P (sharing permitted) or C (with conditions).");
        }
        String conditions = Words.trimmed(handlingConditions);
        if (code == HandlingCode.C && conditions == null) {
            errors.add("handlingConditions", "A C handling code needs its conditions: say how it may be shared.");
        }
        if (conditions != null && conditions.length() > MAX_CONDITIONS) {
            errors.add("handlingConditions", "Handling conditions are at most " + MAX_CONDITIONS + " characters.");
        }
        String risk = Words.trimmed(riskAssessment);
        if (risk == null) {
            errors.add(
                    "riskAssessment",
                    "Write the risk assessment: the risk to the source, to others and to the police.");
        } else if (risk.length() > MAX_TEXT) {
            errors.add("riskAssessment", "The risk assessment is at most " + MAX_TEXT + " characters.");
        }
        String sanitised = Words.trimmed(sanitisedText);
        if (sanitised == null) {
            errors.add(
                    "sanitisedText",
                    "Write the sanitised text: what others may read, with nothing that identifies the source.");
        } else if (sanitised.length() > MAX_TEXT) {
            errors.add("sanitisedText", "The sanitised text is at most " + MAX_TEXT + " characters.");
        }
        errors.throwIfAny();
        return new Evaluation(
                version,
                new Grade(
                        java.util.Objects.requireNonNull(source),
                        java.util.Objects.requireNonNull(judged),
                        java.util.Objects.requireNonNull(code)),
                conditions,
                java.util.Objects.requireNonNull(risk),
                java.util.Objects.requireNonNull(sanitised),
                evaluatedBy,
                at);
    }
}
