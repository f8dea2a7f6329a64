package org.constable.people.domain;

import java.time.LocalDate;
import java.util.Locale;

/** What is recorded about a person, checked before it is stored. */
public record PersonDetails(
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
        boolean restricted) {

    public PersonDetails {
        forename = required(forename, "forename");
        surname = required(surname, "surname");
        middleNames = optional(middleNames, 120);
        build = optional(build, 60);
        hair = optional(hair, 60);
        eyes = optional(eyes, 60);
        description = optional(description, 2000);
        sex = sex == null || sex.isBlank() ? "UNKNOWN" : sex.trim().toUpperCase(Locale.ROOT);
        if (!sex.matches("FEMALE|MALE|UNKNOWN")) {
            throw new IllegalArgumentException("sex must be FEMALE, MALE or UNKNOWN");
        }
        if (heightCm != null && (heightCm < 40 || heightCm > 260)) {
            throw new IllegalArgumentException("heightCm must be between 40 and 260");
        }
    }

    /** Checks a date of birth against today: not in the future, not more than 130 years ago. */
    public void checkDateOfBirth(LocalDate today) {
        if (dateOfBirth != null && (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(today.minusYears(130)))) {
            throw new IllegalArgumentException("dateOfBirth must be in the past 130 years");
        }
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        if (value.length() > 80) {
            throw new IllegalArgumentException(field + " must be at most 80 characters");
        }
        return value.trim();
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("a field is longer than " + max + " characters");
        }
        return value.trim();
    }
}
