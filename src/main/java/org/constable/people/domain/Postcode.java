package org.constable.people.domain;

import java.util.Locale;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** UK postcodes in their display form ("M19 3AB"), whatever spacing or case they arrive in. */
public final class Postcode {

    private static final String PATTERN = "[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}";

    private Postcode() {}

    public static @Nullable String normalise(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String compact = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!compact.matches(PATTERN)) {
            throw new InvalidInput("postcode", "That is not a UK postcode: " + raw.trim());
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
