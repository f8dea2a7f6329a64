package org.constable.intelligence.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reading what a user typed: blank is nothing, and a code is read in any case. */
final class Words {

    private Words() {}

    static @Nullable String trimmed(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static <E extends Enum<E>> @Nullable E oneOf(Class<E> type, @Nullable String text) {
        String t = trimmed(text);
        if (t == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }
}
