package org.constable.search.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person as the search index sees it: names, aliases, date of birth and what is shown at a glance
 * (warning markers, addresses, vehicles). Built from the POLE records; never edited here. Addresses and
 * vehicles keep the id of their own record, so that a search can ask whether one is restricted now
 * rather than trust the copy.
 */
public record SearchablePerson(
        long id,
        String forename,
        @Nullable String middleNames,
        String surname,
        @Nullable LocalDate dateOfBirth,
        List<Alias> aliases,
        List<Place> places,
        List<Vehicle> vehicles,
        List<String> warnings,
        boolean restricted) {

    /** Another name the person is known by, with the date of birth given with it (may be null). */
    public record Alias(
            String forename, String surname, @Nullable LocalDate dateOfBirth) {}

    /** An address the person is linked to: the location's id, the address in one line and its postcode. */
    public record Place(
            long locationId, String oneLine, @Nullable String postcode) {}

    /** A vehicle the person is linked to: the vehicle's id and its registration mark. */
    public record Vehicle(long vehicleId, String vrm) {}

    public SearchablePerson {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        places = places == null ? List.of() : List.copyOf(places);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The smallest useful person: names and date of birth only (what a benchmark indexes). */
    public static SearchablePerson of(long id, String forename, String surname, @Nullable LocalDate dateOfBirth) {
        return new SearchablePerson(
                id, forename, null, surname, dateOfBirth, List.of(), List.of(), List.of(), List.of(), false);
    }

    public String displayName() {
        return forename + (middleNames == null || middleNames.isBlank() ? "" : " " + middleNames) + " " + surname;
    }
}
