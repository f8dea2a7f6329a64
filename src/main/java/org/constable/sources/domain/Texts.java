package org.constable.sources.domain;

import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** The checks every free-text field of the register shares: present when required, printable, not too long. */
final class Texts {

    private Texts() {}

    static void required(InvalidInput.Collector errors, String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            errors.add(field, "This field is required.");
            return;
        }
        optional(errors, field, text, max);
    }

    static void optional(InvalidInput.Collector errors, String field, @Nullable String text, int max) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            errors.add(field, "At most " + max + " characters.");
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(field, "Control characters are not allowed.");
        }
    }
}
