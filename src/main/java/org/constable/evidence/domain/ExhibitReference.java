package org.constable.evidence.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * An exhibit reference as officers write it: the seizing officer's initials and their own running
 * number, e.g. {@code JS/1} or {@code ABC/12}. It is unique within the case, which here is the crime
 * the exhibit is seized for (two officers both called J. Smith keep to JS/1 and JS/2 within one crime).
 */
public final class ExhibitReference {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2,4}/[1-9][0-9]{0,4}");

    private ExhibitReference() {}

    /** The reference in its stored form (upper case, no spaces), or InvalidInput naming {@code reference}. */
    public static String of(@Nullable String text) {
        String r = text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!FORM.matcher(r).matches()) {
            throw new InvalidInput(
                    "reference",
                    "The exhibit reference is the seizing officer's initials (2 to 4 letters), a slash and their"
                            + " number, for example JS/1.");
        }
        return r;
    }
}
