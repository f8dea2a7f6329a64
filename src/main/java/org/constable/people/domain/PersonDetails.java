package org.constable.people.domain;

import java.time.LocalDate;
import java.util.Locale;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What is recorded about a person, checked before it is stored. */
public record PersonDetails(
        String forename,
        @Nullable String middleNames,
        String surname,
        @Nullable LocalDate dateOfBirth,
        String sex,
        @Nullable Integer heightCm,
        @Nullable String build,
        @Nullable String hair,
        @Nullable String eyes,
        @Nullable String description,
        boolean restricted) {

    public PersonDetails {
        forename = required(forename, "forename");
        surname = required(surname, "surname");
        middleNames = optional(middleNames, "middleNames", 120);
        build = optional(build, "build", 60);
        hair = optional(hair, "hair", 60);
        eyes = optional(eyes, "eyes", 60);
        description = optional(description, "description", 2000);
        sex = sex == null || sex.isBlank() ? "UNKNOWN" : sex.trim().toUpperCase(Locale.ROOT);
        if (!sex.matches("FEMALE|MALE|UNKNOWN")) {
            throw new InvalidInput("sex", "sex must be FEMALE, MALE or UNKNOWN");
        }
        if (heightCm != null && (heightCm < 40 || heightCm > 260)) {
            throw new InvalidInput("heightCm", "heightCm must be between 40 and 260");
        }
    }

    /**
     * The details as a form or a request typed them: a missing forename or surname is refused as
     * the constructor refuses a blank one, and a missing sex is UNKNOWN.
     */
    public static PersonDetails typed(
            @Nullable String forename,
            @Nullable String middleNames,
            @Nullable String surname,
            @Nullable LocalDate dateOfBirth,
            @Nullable String sex,
            @Nullable Integer heightCm,
            @Nullable String build,
            @Nullable String hair,
            @Nullable String eyes,
            @Nullable String description,
            boolean restricted) {
        return new PersonDetails(
                required(forename, "forename"),
                middleNames,
                required(surname, "surname"),
                dateOfBirth,
                sex == null ? "UNKNOWN" : sex,
                heightCm,
                build,
                hair,
                eyes,
                description,
                restricted);
    }

    /** Checks a date of birth against today: not in the future, not more than 130 years ago. */
    public void checkDateOfBirth(LocalDate today) {
        if (dateOfBirth != null && (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(today.minusYears(130)))) {
            throw new InvalidInput("dateOfBirth", "dateOfBirth must be in the past 130 years");
        }
    }

    static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, field + " is required");
        }
        if (value.length() > 80) {
            throw new InvalidInput(field, field + " must be at most 80 characters");
        }
        return value.trim();
    }

    static @Nullable String optional(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInput(field, field + " must be at most " + max + " characters");
        }
        return value.trim();
    }
}
