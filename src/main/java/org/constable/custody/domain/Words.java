package org.constable.custody.domain;

import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Free text the law requires: present, printable and not too long. */
final class Words {

    static final int MOST = 2000;

    private Words() {}

    static String require(String field, @Nullable String text, String whatIsNeeded) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, whatIsNeeded);
        }
        return check(field, text);
    }

    static String optional(String field, @Nullable String text) {
        return text == null || text.isBlank() ? "" : check(field, text);
    }

    private static String check(String field, String text) {
        if (text.length() > MOST) {
            throw new InvalidInput(field, "At most " + MOST + " characters.");
        }
        return text.strip();
    }
}
