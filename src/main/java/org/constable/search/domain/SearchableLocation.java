package org.constable.search.domain;

import java.util.List;

/** An address as the search index sees it, with its warning markers shown at a glance. */
public record SearchableLocation(
        long id,
        String premises,
        String street,
        String locality,
        String town,
        String postcode,
        Double latitude,
        Double longitude,
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
