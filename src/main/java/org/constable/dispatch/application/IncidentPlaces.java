package org.constable.dispatch.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.constable.dispatch.persistence.DisclosureStore;
import org.constable.dispatch.persistence.IncidentRow;
import org.constable.identity.Actor;
import org.constable.people.RestrictedParts;
import org.constable.people.RestrictedParts.Shown;
import org.springframework.stereotype.Component;

/**
 * Applies people's {@link RestrictedParts} rule to incidents: an incident at a restricted address
 * shows the address, its point and its id only to an actor who may open the address, or to an
 * officer it was disclosed to by dispatch while the incident is live. Everyone else sees
 * "Restricted location" with the beat. Every view of an incident goes through here, so the board,
 * the incident page, the officer's phone and the facade other modules read all agree.
 */
@Component
class IncidentPlaces {

    /** How one incident's place is shown to one actor. */
    record Place(boolean restricted, boolean withheld, boolean disclosed) {
        static final Place OPEN = new Place(false, false, false);
    }

    private final RestrictedParts parts;
    private final DisclosureStore disclosures;

    IncidentPlaces(RestrictedParts parts, DisclosureStore disclosures) {
        this.parts = parts;
        this.disclosures = disclosures;
    }

    /** The verdict for each incident, by incident id, read from the addresses' live flags. */
    Map<Long, Place> of(Actor actor, Collection<IncidentRow> rows) {
        Map<Long, Place> places = new HashMap<>();
        List<Long> locationIds = rows.stream()
                .map(IncidentRow::locationId)
                .filter(java.util.Objects::nonNull)
                .toList();
        RestrictedParts.Verdicts verdicts = parts.places(actor, locationIds);
        List<Long> withheld = rows.stream()
                .filter(r -> r.open() && verdicts.of(r.locationId()).withheld())
                .map(IncidentRow::id)
                .toList();
        Set<Long> disclosed =
                actor == null || withheld.isEmpty() ? Set.of() : disclosures.disclosedTo(actor.userId(), withheld);
        for (IncidentRow r : rows) {
            Shown shown = verdicts.of(r.locationId());
            if (!shown.restricted()) {
                places.put(r.id(), Place.OPEN);
            } else if (!shown.withheld()) {
                places.put(r.id(), new Place(true, false, false));
            } else {
                boolean toThisOfficer = disclosed.contains(r.id());
                places.put(r.id(), new Place(true, !toThisOfficer, toThisOfficer));
            }
        }
        return places;
    }

    /** The incidents whose restricted address this actor may not open, whatever was disclosed to a crew. */
    Set<Long> withheldFrom(Actor actor, Collection<IncidentRow> rows) {
        RestrictedParts.Verdicts verdicts = parts.places(
                actor,
                rows.stream()
                        .map(IncidentRow::locationId)
                        .filter(Objects::nonNull)
                        .toList());
        return rows.stream()
                .filter(r ->
                        r.locationId() != null && verdicts.of(r.locationId()).withheld())
                .map(IncidentRow::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    Place of(Actor actor, IncidentRow row) {
        return verdict(of(actor, List.of(row)), row);
    }

    /** The location of an incident whose place is restricted: only a known location can be restricted. */
    static long restrictedLocation(IncidentRow row) {
        return Objects.requireNonNull(row.locationId(), "only a known location can be restricted");
    }

    /** The row's verdict from {@link #of(Actor, Collection)}, which gives one for every row it is asked about. */
    static Place verdict(Map<Long, Place> verdicts, IncidentRow row) {
        return Objects.requireNonNull(verdicts.get(row.id()), "every row asked about has a verdict");
    }

    /** The incident as this verdict lets it be shown: the address, point and location id withheld if so. */
    static IncidentRow shown(IncidentRow r, Place place) {
        if (!place.withheld()) {
            return r;
        }
        return r.withPlace(RestrictedParts.placeText(Shown.WITHHELD, r.locationText(), r.beat()), null, null, null);
    }
}
