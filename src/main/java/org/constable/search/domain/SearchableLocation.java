package org.constable.search.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An address as the search index sees it, with its warning markers shown at a glance. */
public record SearchableLocation(
        long id,
        @Nullable String premises,
        @Nullable String street,
        @Nullable String locality,
        @Nullable String town,
        @Nullable String postcode,
        @Nullable Double latitude,
        @Nullable Double longitude,
        List<String> warnings,
        boolean restricted) {

    public SearchableLocation {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {premises, street, locality, town, postcode}) {
            if (part != null && !part.isBlank()) {
                sb.append(sb.isEmpty() ? "" : ", ").append(part);
            }
        }
        return sb.toString();
    }
}
