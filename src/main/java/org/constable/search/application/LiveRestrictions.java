package org.constable.search.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.PoleSearchFeed;
import org.constable.search.domain.SearchablePerson;
import org.constable.search.domain.Visibility;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Component;

/**
 * Decides at query time what a searcher may see, from the records' own restriction flags read live
 * through people's facade, never from the index's copy alone: a record restricted a moment ago is
 * hidden even when the index has not caught up, or could not (ADR 0038). A record not found
 * unrestricted now (restricted, combined away or gone) is shown only with need-to-know. Addresses
 * and vehicles printed on a person's result are dropped when restricted now, as the projection
 * itself never copies restricted ones onto a person.
 */
@Component
class LiveRestrictions {

    private final PoleSearchFeed feed;
    private final AccessPolicy policy;

    LiveRestrictions(PoleSearchFeed feed, AccessPolicy policy) {
        this.feed = feed;
        this.policy = policy;
    }

    /** The decisions for one search by one actor; each kind's flags are read once per batch of candidates. */
    Searcher of(Actor actor) {
        return new Searcher(actor);
    }

    final class Searcher {
        private final Actor actor;
        private final Map<RecordType, Set<Long>> asked = new HashMap<>();
        private final Map<RecordType, Set<Long>> unrestricted = new HashMap<>();

        private Searcher(Actor actor) {
            this.actor = actor;
        }

        Visibility persons() {
            return (ids, flagged) -> hidden(RecordType.PERSON, Permission.PERSON_READ, ids);
        }

        Visibility locations() {
            return (ids, flagged) -> hidden(RecordType.LOCATION, Permission.LOCATION_READ, ids);
        }

        Visibility vehicles() {
            return (ids, flagged) -> hidden(RecordType.VEHICLE, Permission.VEHICLE_READ, ids);
        }

        /** Whether the record, already asked about, is restricted (or gone) now; what a result shows as its flag. */
        boolean restrictedNow(RecordType kind, long id) {
            return !unrestricted.getOrDefault(kind, Set.of()).contains(id);
        }

        /** Whether a person's result may show this address: only while the location is unrestricted now. */
        boolean placeShown(SearchablePerson.Place place) {
            return unrestricted.getOrDefault(RecordType.LOCATION, Set.of()).contains(place.locationId());
        }

        /** Whether a person's result may show this vehicle: only while it is unrestricted now. */
        boolean vehicleShown(SearchablePerson.Vehicle vehicle) {
            return unrestricted.getOrDefault(RecordType.VEHICLE, Set.of()).contains(vehicle.vehicleId());
        }

        /** Reads, in one statement, the live flags of the addresses and vehicles the persons found show. */
        void learnLinksOf(Collection<SearchablePerson> persons) {
            List<Long> places = persons.stream()
                    .flatMap(p -> p.places().stream())
                    .map(SearchablePerson.Place::locationId)
                    .toList();
            List<Long> vehicles = persons.stream()
                    .flatMap(p -> p.vehicles().stream())
                    .map(SearchablePerson.Vehicle::vehicleId)
                    .toList();
            learn(List.of(), places, vehicles);
        }

        private Set<Long> hidden(RecordType kind, Permission permission, Collection<Long> ids) {
            switch (kind) {
                case PERSON -> learn(ids, List.of(), List.of());
                case LOCATION -> learn(List.of(), ids, List.of());
                default -> learn(List.of(), List.of(), ids);
            }
            Set<Long> open = unrestricted.getOrDefault(kind, Set.of());
            Set<Long> hidden = new HashSet<>();
            for (long id : ids) {
                if (!open.contains(id) && !policy.mayOpen(actor, permission, RecordRef.of(kind, id), true)) {
                    hidden.add(id);
                }
            }
            return hidden;
        }

        private void learn(Collection<Long> persons, Collection<Long> locations, Collection<Long> vehicles) {
            List<Long> p = fresh(RecordType.PERSON, persons);
            List<Long> l = fresh(RecordType.LOCATION, locations);
            List<Long> v = fresh(RecordType.VEHICLE, vehicles);
            if (p.isEmpty() && l.isEmpty() && v.isEmpty()) {
                return;
            }
            PoleSearchFeed.Unrestricted found = feed.unrestricted(p, l, v);
            unrestricted
                    .computeIfAbsent(RecordType.PERSON, k -> new HashSet<>())
                    .addAll(found.persons());
            unrestricted
                    .computeIfAbsent(RecordType.LOCATION, k -> new HashSet<>())
                    .addAll(found.locations());
            unrestricted
                    .computeIfAbsent(RecordType.VEHICLE, k -> new HashSet<>())
                    .addAll(found.vehicles());
        }

        /** The ids of a kind not asked about yet in this search, now marked asked. */
        private List<Long> fresh(RecordType kind, Collection<Long> ids) {
            Set<Long> known = asked.computeIfAbsent(kind, k -> new HashSet<>());
            return ids.stream().distinct().filter(known::add).toList();
        }
    }
}
