package org.constable.search.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one search found, grouped by type and best first; only records the searcher may see, so the
 * counts are the sizes of these lists and nothing else. {@code note} says what was left out of the
 * search itself (e.g. a date of birth the user's role may not search by), never what was hidden.
 */
public record SearchResults(String query, List<PersonResult> persons, List<AddressResult> addresses, List<VehicleResult> vehicles,
                            List<IncidentResult> incidents, List<String> notes, String indexStatus) {

    public record PersonResult(long id, String name, LocalDate dateOfBirth, boolean restricted, List<String> warnings,
                               List<String> addresses, List<String> vrms, List<String> why) {
    }

    public record AddressResult(long id, String address, String postcode, Double latitude, Double longitude, boolean restricted,
                                List<String> warnings, List<String> why) {
    }

    public record VehicleResult(long id, String vrm, String description, boolean restricted, List<String> why) {
    }

    public record IncidentResult(long id, String reference, Instant openedAt, String opened, String callType, String status,
                                 String locationText, String why) {
    }

    public int total() {
        return persons.size() + addresses.size() + vehicles.size() + incidents.size();
    }
}
