package org.constable.evidence.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Who holds an exhibit and where, as the chain last left it; {@code storeId} when it is in a property store. */
public record Whereabouts(
        String holder, String place, @Nullable Long storeId) {

    /** Same holder and place, read as people write them: case and surrounding spaces do not count. */
    public boolean sameAs(String otherHolder, String otherPlace) {
        return norm(holder).equals(norm(otherHolder)) && norm(place).equals(norm(otherPlace));
    }

    static String norm(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
