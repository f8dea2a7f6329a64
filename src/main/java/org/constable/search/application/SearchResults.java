package org.constable.search.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.constable.crime.CrimeStatus;
import org.constable.dispatch.IncidentStatus;
import org.constable.intelligence.IntelligenceWhereNeeded;
import org.constable.shared.RecordRef;
import org.jspecify.annotations.Nullable;

/**
 * What one search found, grouped by type and best first; only records the searcher may see, so the
 * counts are the sizes of these lists and nothing else. {@code note} says what was left out of the
 * search itself (e.g. a date of birth the user's role may not search by), never what was hidden.
 * {@code indexStatus} says whether the index held every record when the search ran. {@code intelligence}
 * holds the graded intelligence on the persons, addresses and vehicles found, for a searcher allowed
 * intelligence only: for anyone else it is empty whatever exists (ADR 0106).
 */
public record SearchResults(
        String query,
        List<PersonResult> persons,
        List<AddressResult> addresses,
        List<VehicleResult> vehicles,
        List<IncidentResult> incidents,
        List<CrimeResult> crimes,
        List<String> notes,
        SearchIndexState.IndexStatus indexStatus,
        List<IntelligenceWhereNeeded.OnRecord> intelligence) {

    /**
     * A person found, with the incidents and crimes linked to them (latest first, a few) and how many
     * there are in all; the totals are 0 and the lists empty when the user's role may not read them.
     */
    public record PersonResult(
            long id,
            String name,
            @Nullable LocalDate dateOfBirth,
            boolean restricted,
            List<String> warnings,
            List<String> addresses,
            List<String> vrms,
            List<String> why,
            List<IncidentResult> linkedIncidents,
            int linkedIncidentCount,
            List<CrimeResult> linkedCrimes,
            int linkedCrimeCount) {

        PersonResult withWhy(String reason) {
            List<String> more = new java.util.ArrayList<>(why);
            more.add(reason);
            return new PersonResult(
                    id,
                    name,
                    dateOfBirth,
                    restricted,
                    warnings,
                    addresses,
                    vrms,
                    List.copyOf(more),
                    linkedIncidents,
                    linkedIncidentCount,
                    linkedCrimes,
                    linkedCrimeCount);
        }

        PersonResult withLinks(LinkedRecords.PersonLinks links) {
            return new PersonResult(
                    id,
                    name,
                    dateOfBirth,
                    restricted,
                    warnings,
                    addresses,
                    vrms,
                    why,
                    links.incidents(),
                    links.incidentCount(),
                    links.crimes(),
                    links.crimeCount());
        }
    }

    public record AddressResult(
            long id,
            String address,
            @Nullable String postcode,
            @Nullable Double latitude,
            @Nullable Double longitude,
            boolean restricted,
            List<String> warnings,
            List<String> why) {}

    public record VehicleResult(long id, String vrm, String description, boolean restricted, List<String> why) {}

    public record IncidentResult(
            long id,
            String reference,
            Instant openedAt,
            String opened,
            String callType,
            IncidentStatus status,
            String locationText,
            String why) {}

    /** A crime: reference, Home Office classification, status and when it was recorded; nobody named. */
    public record CrimeResult(
            long id,
            String reference,
            String classification,
            CrimeStatus status,
            Instant recordedAt,
            String recorded,
            String why) {}

    /** The intelligence on one record found ({@code type} person, location or vehicle), or null when none is shown. */
    public IntelligenceWhereNeeded.@Nullable OnRecord intelligenceOn(String type, long id) {
        RecordRef ref = RecordRef.of(type, id);
        return intelligence.stream()
                .filter(i -> i.subject().equals(ref) && i.count() > 0)
                .findFirst()
                .orElse(null);
    }

    public int total() {
        return persons.size() + addresses.size() + vehicles.size() + incidents.size() + crimes.size();
    }
}
