package org.constable.people.domain;

import java.util.Locale;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** A vehicle registration mark, stored without spaces in upper case so that "AB12 CDE" and "ab12cde" match. */
public final class Vrm {

    private Vrm() {}

    public static String normalise(@Nullable String raw) {
        if (raw == null) {
            throw new InvalidInput("vrm", "A VRM is required.");
        }
        String vrm = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!vrm.matches("[A-Z0-9]{2,10}")) {
            throw new InvalidInput("vrm", "A VRM is 2 to 10 letters and digits.");
        }
        return vrm;
    }
}
