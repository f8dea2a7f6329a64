package org.constable.intelligence.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constable.crime.CrimesUnderInvestigation;
import org.constable.dispatch.Incidents;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.RestrictableRecords;
import org.constable.intelligence.persistence.ReportStore.Link;
import org.constable.people.PoleSearchFeed;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The POLE records a report names, asked of their owners: whether each exists (people, dispatch and
 * crime answer through identity's {@link RestrictableRecords}) and, for persons, addresses and
 * vehicles, whether it is restricted now (people's live flags) and the actor may open it; for
 * incidents and crimes, whether their owner withholds a restricted place or party of theirs from the
 * actor. A report naming a restricted record the actor may not open is withheld from them whole (ADR
 * 0075): a report is derived from what it names and inherits its restriction.
 */
@Component
class ReportLinks {

    /** The API field each kind of link is given in. */
    static final Map<RecordType, String> FIELDS = Map.of(
            RecordType.PERSON, "personIds",
            RecordType.LOCATION, "locationIds",
            RecordType.VEHICLE, "vehicleIds",
            RecordType.INCIDENT, "incidentIds",
            RecordType.CRIME, "crimeIds");

    private static final Map<RecordType, Permission> READ = Map.of(
            RecordType.PERSON, Permission.PERSON_READ,
            RecordType.LOCATION, Permission.LOCATION_READ,
            RecordType.VEHICLE, Permission.VEHICLE_READ);

    private final List<RestrictableRecords> owners;
    private final PoleSearchFeed pole;
    private final AccessPolicy policy;
    private final Incidents incidents;
    private final CrimesUnderInvestigation crimes;

    ReportLinks(
            List<RestrictableRecords> owners,
            PoleSearchFeed pole,
            AccessPolicy policy,
            Incidents incidents,
            CrimesUnderInvestigation crimes) {
        this.owners = owners;
        this.pole = pole;
        this.policy = policy;
        this.incidents = incidents;
        this.crimes = crimes;
    }

    /**
     * The links as typed, each checked with its owner; an id that names nothing, or a restricted
     * record the actor may not open, is refused alike, naming the field. {@code locationId} is the
     * report's place, checked the same way under the field {@code locationId}.
     */
    List<Link> check(Actor actor, Map<RecordType, List<Long>> typed, @Nullable Long locationId) {
        var errors = new InvalidInput.Collector();
        List<Link> links = new ArrayList<>();
        for (RecordType type : List.of(
                RecordType.PERSON, RecordType.LOCATION, RecordType.VEHICLE, RecordType.INCIDENT, RecordType.CRIME)) {
            for (Long id : typed.getOrDefault(type, List.of())) {
                if (id == null || !exists(RecordRef.of(type, id))) {
                    errors.add(field(type), "There is no " + type.words() + " record number " + id + ".");
                } else {
                    links.add(new Link(type, id));
                }
            }
        }
        if (locationId != null && !exists(RecordRef.of(RecordType.LOCATION, locationId))) {
            errors.add("locationId", "There is no location record number " + locationId + ".");
        }
        errors.throwIfAny();
        List<Link> all = new ArrayList<>(links);
        if (locationId != null) {
            all.add(new Link(RecordType.LOCATION, locationId));
        }
        for (Link l : withheld(actor, all)) {
            String field = locationId != null && l.type() == RecordType.LOCATION && l.id() == locationId
                    ? "locationId"
                    : field(l.type());
            errors.add(field, "There is no " + l.type().words() + " record number " + l.id() + ".");
        }
        errors.throwIfAny();
        return links.stream().distinct().toList();
    }

    /**
     * Of these links, the restricted persons, addresses and vehicles the actor may not open, and the
     * incidents and crimes whose restricted place or party the actor may not open, all read live.
     */
    Set<Link> withheld(Actor actor, Collection<Link> links) {
        Set<Link> withheld = new HashSet<>();
        incidents
                .withheldFrom(actor, ids(links, RecordType.INCIDENT))
                .forEach(id -> withheld.add(new Link(RecordType.INCIDENT, id)));
        crimes.withheldFrom(actor, ids(links, RecordType.CRIME))
                .forEach(id -> withheld.add(new Link(RecordType.CRIME, id)));
        Set<Long> persons = ids(links, RecordType.PERSON);
        Set<Long> locations = ids(links, RecordType.LOCATION);
        Set<Long> vehicles = ids(links, RecordType.VEHICLE);
        if (persons.isEmpty() && locations.isEmpty() && vehicles.isEmpty()) {
            return withheld;
        }
        PoleSearchFeed.Unrestricted open = pole.unrestricted(persons, locations, vehicles);
        for (Link l : links) {
            Set<Long> unrestricted = switch (l.type()) {
                case PERSON -> open.persons();
                case LOCATION -> open.locations();
                case VEHICLE -> open.vehicles();
                default -> null;
            };
            if (unrestricted == null || unrestricted.contains(l.id())) {
                continue;
            }
            if (!policy.mayOpen(
                    actor, READ.getOrDefault(l.type(), Permission.PERSON_READ), RecordRef.of(l.type(), l.id()), true)) {
                withheld.add(l);
            }
        }
        return withheld;
    }

    private static String field(RecordType type) {
        return FIELDS.getOrDefault(type, type.code());
    }

    private boolean exists(RecordRef ref) {
        return owners.stream().filter(o -> o.types().contains(ref.type())).anyMatch(o -> o.exists(ref));
    }

    private static Set<Long> ids(Collection<Link> links, RecordType type) {
        Set<Long> out = new HashSet<>();
        links.stream().filter(l -> l.type() == type).forEach(l -> out.add(l.id()));
        return out;
    }
}
