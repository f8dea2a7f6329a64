package org.constable.people.application;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the people module shows, with withheld fields left out and said to be withheld. */
public final class Views {

    private Views() {}

    public record Marker(
            long id, String marker, String label, @Nullable String note) {}

    public record Alias(
            String forename, String surname, @Nullable LocalDate dateOfBirth) {}

    public record Address(
            long locationId,
            String address,
            @Nullable String postcode,
            List<String> kinds,
            List<Marker> warningMarkers) {}

    public record Vehicle(
            long id,
            String vrm,
            @Nullable String make,
            @Nullable String model,
            @Nullable String colour,
            boolean restricted,
            int version) {}

    public record Link(long id, String fromType, long fromId, String toType, long toId, String kind) {}

    public record Person(
            long id,
            String forename,
            @Nullable String middleNames,
            String surname,
            @Nullable LocalDate dateOfBirth,
            boolean dateOfBirthWithheld,
            @Nullable String sex,
            @Nullable Integer heightCm,
            @Nullable String build,
            @Nullable String hair,
            @Nullable String eyes,
            @Nullable String description,
            boolean restricted,
            int version,
            List<Marker> warningMarkers,
            List<Alias> aliases,
            List<Address> addresses,
            boolean addressesWithheld,
            List<Vehicle> vehicles,
            List<Link> links,
            @Nullable Long combinedInto,
            List<CombinedRecord> combinedFrom) {}

    /** A person combined into this one: still a record of its own, shown here with the combination that absorbed it. */
    public record CombinedRecord(
            long combinationId,
            long personId,
            String forename,
            @Nullable String middleNames,
            String surname,
            @Nullable LocalDate dateOfBirth,
            @Nullable String description,
            String reason,
            java.time.Instant combinedAt,
            String combinedBy) {}

    /** Two persons who are probably one, as the duplicate report shows them. */
    public record DuplicatePair(
            long firstId,
            String firstName,
            @Nullable LocalDate firstDateOfBirth,
            long secondId,
            String secondName,
            @Nullable LocalDate secondDateOfBirth,
            int score,
            List<String> reasons) {}

    public record PersonSummary(
            long id,
            String forename,
            String surname,
            @Nullable LocalDate dateOfBirth,
            List<Marker> warningMarkers) {}

    public record Location(
            long id,
            @Nullable String premises,
            String street,
            @Nullable String locality,
            String town,
            @Nullable String postcode,
            @Nullable Double latitude,
            @Nullable Double longitude,
            boolean restricted,
            int version,
            List<Marker> warningMarkers,
            List<Link> links) {}
}
