package org.constable.search.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the search index sees it: names, aliases, date of birth and what is shown at a glance
 * (warning markers, addresses, vehicles). Built from the POLE records; never edited here.
 */
public record SearchablePerson(
        long id,
        String forename,
        String middleNames,
        String surname,
        LocalDate dateOfBirth,
        List<Alias> aliases,
        List<String> addresses,
        List<String> postcodes,
        List<String> vrms,
        List<String> warnings,
        boolean restricted) {

    /** Another name the person is known by, with the date of birth given with it (may be null). */
    public record Alias(String forename, String surname, LocalDate dateOfBirth) {}

    public SearchablePerson {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        postcodes = postcodes == null ? List.of() : List.copyOf(postcodes);
        vrms = vrms == null ? List.of() : List.copyOf(vrms);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The smallest useful person: names and date of birth only (what a benchmark indexes). */
    public static SearchablePerson of(long id, String forename, String surname, LocalDate dateOfBirth) {
        return new SearchablePerson(
                id, forename, null, surname, dateOfBirth, List.of(), List.of(), List.of(), List.of(), List.of(), false);
    }

    public String displayName() {
        return forename + (middleNames == null || middleNames.isBlank() ? "" : " " + middleNames) + " " + surname;
    }
}
