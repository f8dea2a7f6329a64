package org.constable.people.application;

import java.time.LocalDate;
import java.util.List;

/** What the people module shows, with withheld fields left out and said to be withheld. */
public final class Views {

    private Views() {}

    public record Marker(long id, String marker, String label, String note) {}

    public record Alias(String forename, String surname, LocalDate dateOfBirth) {}

    public record Address(
            long locationId, String address, String postcode, List<String> kinds, List<Marker> warningMarkers) {}

    public record Vehicle(
            long id, String vrm, String make, String model, String colour, boolean restricted, int version) {}

    public record Link(long id, String fromType, long fromId, String toType, long toId, String kind) {}

    public record Person(
            long id,
            String forename,
            String middleNames,
            String surname,
            LocalDate dateOfBirth,
            boolean dateOfBirthWithheld,
            String sex,
            Integer heightCm,
            String build,
            String hair,
            String eyes,
            String description,
            boolean restricted,
            int version,
            List<Marker> warningMarkers,
            List<Alias> aliases,
            List<Address> addresses,
            boolean addressesWithheld,
            List<Vehicle> vehicles,
            List<Link> links,
            Long combinedInto,
            List<CombinedRecord> combinedFrom) {}

    /** A person combined into this one: still a record of its own, shown here with the combination that absorbed it. */
    public record CombinedRecord(
            long combinationId,
            long personId,
            String forename,
            String middleNames,
            String surname,
            LocalDate dateOfBirth,
            String description,
            String reason,
            java.time.Instant combinedAt,
            String combinedBy) {}

    /** Two persons who are probably one, as the duplicate report shows them. */
    public record DuplicatePair(
            long firstId,
            String firstName,
            LocalDate firstDateOfBirth,
            long secondId,
            String secondName,
            LocalDate secondDateOfBirth,
            int score,
            List<String> reasons) {}

    public record PersonSummary(
            long id, String forename, String surname, LocalDate dateOfBirth, List<Marker> warningMarkers) {}

    public record Location(
            long id,
            String premises,
            String street,
            String locality,
            String town,
            String postcode,
            Double latitude,
            Double longitude,
            boolean restricted,
            int version,
            List<Marker> warningMarkers,
            List<Link> links) {}
}
