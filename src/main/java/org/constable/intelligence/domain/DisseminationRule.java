package org.constable.intelligence.domain;

import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Sharing outside the force (ADR 0078): only a graded item leaves, to a named recipient, for a stated
 * purpose; a C-coded item only with its handling conditions written on the sharing itself.
 */
public final class DisseminationRule {

    public static final int MAX_FIELD = 1_000;

    /** What is shared, checked. */
    public record Decided(
            String recipient, String purpose, @Nullable String handlingConditions) {}

    private DisseminationRule() {}

    public static Decided check(
            @Nullable Evaluation current,
            @Nullable String recipient,
            @Nullable String purpose,
            @Nullable String handlingConditions) {
        var errors = new InvalidInput.Collector();
        if (current == null) {
            errors.add("report", "An ungraded report cannot be shared: the intelligence unit evaluates it first.");
        }
        String to = Words.trimmed(recipient);
        if (to == null) {
            errors.add("recipient", "Name the recipient: the organisation and the person or role receiving it.");
        } else if (to.length() > MAX_FIELD) {
            errors.add("recipient", "The recipient is at most " + MAX_FIELD + " characters.");
        }
        String why = Words.trimmed(purpose);
        if (why == null) {
            errors.add("purpose", "State the purpose of the sharing: the law asks for it.");
        } else if (why.length() > 500) {
            errors.add("purpose", "The purpose is at most 500 characters.");
        }
        String conditions = Words.trimmed(handlingConditions);
        if (current != null && current.grade().handling() == HandlingCode.C && conditions == null) {
            errors.add(
                    "handlingConditions",
                    "This item is handling code C: it is shared only with its conditions. Write them for the recipient.");
        }
        if (conditions != null && conditions.length() > Evaluation.MAX_CONDITIONS) {
            errors.add(
                    "handlingConditions",
                    "Handling conditions are at most " + Evaluation.MAX_CONDITIONS + " characters.");
        }
        errors.throwIfAny();
        return new Decided(java.util.Objects.requireNonNull(to), java.util.Objects.requireNonNull(why), conditions);
    }
}
