package org.constable.people.persistence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record PersonRow(
        long id,
        String forename,
        @Nullable String middleNames,
        String surname,
        @Nullable LocalDate dateOfBirth,
        @Nullable String sex,
        @Nullable Integer heightCm,
        @Nullable String build,
        @Nullable String hair,
        @Nullable String eyes,
        @Nullable String description,
        boolean restricted,
        int version,
        @Nullable Long combinedInto) {

    public boolean combined() {
        return combinedInto != null;
    }
}
