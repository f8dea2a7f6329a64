package org.constable.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.constable.people.domain.WarningMarkerType;
import org.constable.people.persistence.LocationRow;
import org.constable.people.persistence.SearchFeedStore;
import org.constable.people.persistence.VehicleStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The POLE records as the search index needs them, read in batches in id order. This is a system
 * read for building a projection, not a user's consultation: nothing read here reaches a user
 * except through search, which asks AccessPolicy and audits every result shown. Restricted
 * addresses and vehicles are never copied onto a person, so a person's result cannot reveal them.
 */
@Service
public class PoleSearchFeed {

    public record PersonEntry(
            long id,
            String forename,
            @Nullable String middleNames,
            String surname,
            @Nullable LocalDate dateOfBirth,
            boolean restricted,
            List<AliasEntry> aliases,
            List<AddressEntry> addresses,
            List<LinkedVehicle> vehicles,
            List<String> warnings) {}

    public record AliasEntry(
            String forename, String surname, @Nullable LocalDate dateOfBirth) {}

    public record AddressEntry(
            long locationId, String oneLine, @Nullable String postcode) {}

    /** A vehicle linked to a person: its id and registration mark. */
    public record LinkedVehicle(long vehicleId, String vrm) {}

    public record LocationEntry(
            long id,
            @Nullable String premises,
            String street,
            @Nullable String locality,
            String town,
            @Nullable String postcode,
            @Nullable Double latitude,
            @Nullable Double longitude,
            boolean restricted,
            List<String> warnings) {}

    public record VehicleEntry(
            long id,
            String vrm,
            @Nullable String make,
            @Nullable String model,
            @Nullable String colour,
            boolean restricted) {}

    private final SearchFeedStore store;

    public PoleSearchFeed(SearchFeedStore store) {
        this.store = store;
    }

    /** Up to {@code limit} searchable persons with ids above {@code afterId}, in id order. */
    @Transactional(readOnly = true)
    public List<PersonEntry> persons(long afterId, int limit) {
        return complete(store.searchablePersons(afterId, null, limit));
    }

    /** One person as search should see it; empty when it no longer exists or must not be found (e.g. combined). */
    @Transactional(readOnly = true)
    public Optional<PersonEntry> person(long id) {
        return complete(store.searchablePersons(id - 1, id, 1)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<LocationEntry> locations(long afterId, int limit) {
        return locationEntries(store.locations(afterId, null, limit));
    }

    @Transactional(readOnly = true)
    public Optional<LocationEntry> location(long id) {
        return locationEntries(store.locations(id - 1, id, 1)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<VehicleEntry> vehicles(long afterId, int limit) {
        return store.vehicles(afterId, null, limit).stream()
                .map(PoleSearchFeed::vehicle)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<VehicleEntry> vehicle(long id) {
        return store.vehicles(id - 1, id, 1).stream()
                .map(PoleSearchFeed::vehicle)
                .findFirst();
    }

    /** Persons whose index entry shows this address, so they are re-read when it changes. */
    public List<Long> personsAt(long locationId) {
        return store.personsAt(locationId);
    }

    /** Persons whose index entry shows this vehicle. */
    public List<Long> personsWithVehicle(long vehicleId) {
        return store.personsWithVehicle(vehicleId);
    }

    /** A person at the other end of a link with a vehicle, and the kind of link (KEEPER, DRIVER, ...). */
    public record VehicleLink(long personId, String kind) {}

    /**
     * The persons linked to a vehicle, with the kind of each link, oldest link first. A person linked
     * twice (say keeper and driver) appears twice. Whether the person may be shown is the caller's
     * question to AccessPolicy.
     */
    @Transactional(readOnly = true)
    public List<VehicleLink> vehicleLinks(long vehicleId) {
        return store.personLinksOfVehicle(vehicleId).stream()
                .map(l -> new VehicleLink(l.personId(), l.kind()))
                .toList();
    }

    /** Of the records asked about, by kind, those a search may show to anyone: existing, findable and not restricted. */
    public record Unrestricted(Set<Long> persons, Set<Long> locations, Set<Long> vehicles) {}

    /**
     * Which of these records are unrestricted now, read from the records themselves in one statement
     * (not from any copy): a search asks this before it shows, counts or suggests a person, address or
     * vehicle, so a restriction takes effect at once, whether or not the index has caught up. Anything
     * not returned (restricted, combined away or gone) is shown only with need-to-know.
     */
    @Transactional(readOnly = true)
    public Unrestricted unrestricted(
            Collection<Long> personIds, Collection<Long> locationIds, Collection<Long> vehicleIds) {
        SearchFeedStore.Unrestricted found =
                store.unrestricted(List.copyOf(personIds), List.copyOf(locationIds), List.copyOf(vehicleIds));
        return new Unrestricted(found.persons(), found.locations(), found.vehicles());
    }

    /** How many records of each kind exist: a cheap check that the index is not missing some. */
    public Map<String, Long> counts() {
        return Map.of(
                "person", store.countPersons(), "location", store.countLocations(), "vehicle", store.countVehicles());
    }

    private List<PersonEntry> complete(List<SearchFeedStore.PersonRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(SearchFeedStore.PersonRow::id).toList();
        Map<Long, List<AliasEntry>> aliases = new HashMap<>();
        store.aliases(ids)
                .forEach(a -> aliases.computeIfAbsent(a.personId(), k -> new ArrayList<>())
                        .add(new AliasEntry(a.forename(), a.surname(), a.dateOfBirth())));
        Map<Long, List<AddressEntry>> addresses = new HashMap<>();
        store.addresses(ids).stream()
                .filter(a -> !a.location().restricted())
                .forEach(a -> addresses
                        .computeIfAbsent(a.personId(), k -> new ArrayList<>())
                        .add(new AddressEntry(
                                a.location().id(),
                                a.location().oneLine(),
                                a.location().postcode())));
        Map<Long, List<LinkedVehicle>> vehicles = new HashMap<>();
        store.vehicles(ids)
                .forEach(v -> vehicles.computeIfAbsent(v.personId(), k -> new ArrayList<>())
                        .add(new LinkedVehicle(v.vehicleId(), v.vrm())));
        Map<Long, List<String>> markers = store.markers("PERSON", ids);
        return rows.stream()
                .map(p -> new PersonEntry(
                        p.id(),
                        p.forename(),
                        p.middleNames(),
                        p.surname(),
                        p.dateOfBirth(),
                        p.restricted(),
                        aliases.getOrDefault(p.id(), List.of()),
                        addresses.getOrDefault(p.id(), List.of()).stream()
                                .distinct()
                                .toList(),
                        vehicles.getOrDefault(p.id(), List.of()).stream()
                                .distinct()
                                .toList(),
                        labels(markers.getOrDefault(p.id(), List.of()))))
                .toList();
    }

    private List<LocationEntry> locationEntries(List<LocationRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> markers =
                store.markers("LOCATION", rows.stream().map(LocationRow::id).toList());
        return rows.stream()
                .map(l -> new LocationEntry(
                        l.id(),
                        l.premises(),
                        l.street(),
                        l.locality(),
                        l.town(),
                        l.postcode(),
                        l.latitude(),
                        l.longitude(),
                        l.restricted(),
                        labels(markers.getOrDefault(l.id(), List.of()))))
                .toList();
    }

    private static VehicleEntry vehicle(VehicleStore.VehicleRow v) {
        return new VehicleEntry(v.id(), v.vrm(), v.make(), v.model(), v.colour(), v.restricted());
    }

    private static List<String> labels(List<String> markers) {
        return markers.stream()
                .map(m -> {
                    try {
                        return WarningMarkerType.valueOf(m).label();
                    } catch (IllegalArgumentException unknown) {
                        return m;
                    }
                })
                .distinct()
                .toList();
    }
}
