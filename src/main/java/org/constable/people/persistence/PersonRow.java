package org.constable.people.persistence;

import java.time.LocalDate;

public record PersonRow(
        long id,
        String forename,
        String middleNames,
        String surname,
        LocalDate dateOfBirth,
        String sex,
        Integer heightCm,
        String build,
        String hair,
        String eyes,
        String description,
        boolean restricted,
        int version,
        Long combinedInto) {

    public boolean combined() {
        return combinedInto != null;
    }
}
