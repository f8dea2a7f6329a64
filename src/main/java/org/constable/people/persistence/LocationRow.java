package org.constable.people.persistence;

import org.jspecify.annotations.Nullable;

public record LocationRow(
        long id,
        @Nullable String premises,
        String street,
        @Nullable String locality,
        String town,
        @Nullable String postcode,
        @Nullable Double latitude,
        @Nullable Double longitude,
        boolean restricted,
        int version) {

    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {premises, street, locality, town, postcode}) {
            if (part != null && !part.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }
}
