package org.constable.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.domain.EntityType;
import org.constable.people.domain.Postcode;
import org.constable.people.persistence.CombinationStore;
import org.constable.people.persistence.LinkStore;
import org.constable.people.persistence.LocationRow;
import org.constable.people.persistence.LocationStore;
import org.constable.people.persistence.PersonStore;
import org.constable.shared.GeoPoint;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the POLE records: the gazetteer (addresses with coordinates) and
 * the warning markers on an address or a person. Restricted records stay invisible without
 * need-to-know; reading warnings is an audited consultation with the caller's purpose.
 */
@Service
public class PoleDirectory {

    public record Place(
            long id,
            String address,
            @Nullable String postcode,
            @Nullable GeoPoint point) {}

    public record Warning(
            String subject,
            long subjectId,
            String marker,
            String label,
            @Nullable String note) {}

    /** An address of the gazetteer reduced to what locates it: street (no premises), postcode and point. */
    public record GazetteerAddress(String street, @Nullable String postcode, GeoPoint point) {}

    public record PersonMatch(
            long id, String name, java.time.@Nullable LocalDate dateOfBirth, List<String> warningLabels) {}

    private final LocationStore locations;
    private final PersonStore persons;
    private final org.constable.people.application.PersonRecords personRecords;
    private final LinkStore links;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final CombinationStore combinations;

    public PoleDirectory(
            LocationStore locations,
            PersonStore persons,
            org.constable.people.application.PersonRecords personRecords,
            LinkStore links,
            AccessPolicy policy,
            AuditTrail audit,
            CombinationStore combinations) {
        this.combinations = combinations;
        this.locations = locations;
        this.persons = persons;
        this.personRecords = personRecords;
        this.links = links;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * Addresses whose postcode or street contains the text (a postcode is matched in any spacing or
     * case). The addresses shown are consulted for {@code purpose}, and audited.
     */
    @Transactional
    public List<Place> findAddresses(Actor actor, String text, int limit, String purpose) {
        policy.require(actor, Permission.LOCATION_READ);
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
        if (text == null || text.trim().length() < 3) {
            return List.of();
        }
        String query = text.trim();
        try {
            query = Objects.requireNonNull(Postcode.normalise(query), "a text of three letters or more is not blank");
        } catch (IllegalArgumentException notAPostcode) {
            // a street or a partial postcode: searched as typed
        }
        List<Place> found = locations.byPostcodeOrStreet(query, limit * 2).stream()
                .filter(l -> visible(actor, l))
                .limit(limit)
                .map(PoleDirectory::place)
                .toList();
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                found.stream()
                        .map(p -> RecordRef.of(RecordType.LOCATION, p.id()))
                        .toList(),
                purpose,
                null,
                org.constable.audit.Outcome.SUCCEEDED,
                "address look-up: " + found.size() + " found"));
        return found;
    }

    /**
     * The located, unrestricted addresses of the gazetteer without premises or occupants, for
     * deriving anonymous areas (such as open-data snap points) that count addresses.
     */
    @Transactional(readOnly = true)
    public List<GazetteerAddress> gazetteer(Actor actor) {
        policy.require(actor, Permission.LOCATION_READ);
        return locations.locatedUnrestricted().stream()
                .map(l -> new GazetteerAddress(
                        l.street(),
                        l.postcode(),
                        Objects.requireNonNull(point(l), "the gazetteer reads located addresses only")))
                .toList();
    }

    /** People whose surname starts with the text, as the person search shows them (audited, restricted ones hidden). */
    public List<PersonMatch> findPeople(Actor actor, String surnamePrefix, String purpose) {
        return personRecords.findBySurname(actor, surnamePrefix, purpose).stream()
                .map(p -> new PersonMatch(
                        p.id(),
                        p.forename() + " " + p.surname(),
                        p.dateOfBirth(),
                        p.warningMarkers().stream().map(m -> m.label()).toList()))
                .limit(10)
                .toList();
    }

    /** Whether a person record exists that this actor may open (a restricted one without need-to-know does not): for records that name people. */
    @Transactional(readOnly = true)
    public boolean personVisible(Actor actor, long personId) {
        return persons.find(personId)
                .filter(p -> policy.mayOpen(
                        actor, Permission.PERSON_READ, RecordRef.of(RecordType.PERSON, p.id()), p.restricted()))
                .isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<Place> place(Actor actor, long locationId) {
        policy.require(actor, Permission.LOCATION_READ);
        return locations.find(locationId).filter(l -> visible(actor, l)).map(PoleDirectory::place);
    }

    /**
     * Warning markers on an address, on the people named ({@code personIds}) and on the people linked
     * to the address (their home, or a link), in that order, read for {@code purpose}; invisible
     * records contribute nothing, and the people at an address only for a role that may see
     * persons' addresses. A person since combined into another is read as its survivor, which now
     * carries its markers. A person linked to the address says so in {@link Warning#subject()}.
     */
    @Transactional
    public List<Warning> warnings(Actor actor, @Nullable Long locationId, List<Long> personIds, String purpose) {
        List<Warning> found = new ArrayList<>();
        List<RecordRef> read = new ArrayList<>();
        List<Long> named =
                personIds.stream().map(combinations::survivorOf).distinct().toList();
        List<Long> atAddress = new ArrayList<>();
        if (locationId != null && policy.allows(actor, Permission.LOCATION_READ)) {
            locations.find(locationId).filter(l -> visible(actor, l)).ifPresent(l -> {
                links.markersOf(EntityType.LOCATION, l.id())
                        .forEach(m ->
                                found.add(new Warning("address", l.id(), m.marker(), label(m.marker()), m.note())));
                read.add(RecordRef.of(RecordType.LOCATION, l.id()));
                if (policy.mayView(actor, org.constable.identity.Field.PERSON_ADDRESS)) {
                    links.personsAt(l.id()).stream()
                            .map(combinations::survivorOf)
                            .filter(id -> !named.contains(id) && !atAddress.contains(id))
                            .forEach(atAddress::add);
                }
            });
        }
        if (policy.allows(actor, Permission.PERSON_READ)) {
            personWarnings(actor, named, "", found, read);
            personWarnings(actor, atAddress, ", linked to the address", found, read);
        }
        if (!read.isEmpty()) {
            audit.record(new AuditRecord(
                    Operation.CONSULTATION,
                    actor.username(),
                    actor.rolesText(),
                    read,
                    purpose,
                    null,
                    org.constable.audit.Outcome.SUCCEEDED,
                    "warning markers"));
        }
        return found;
    }

    private void personWarnings(
            Actor actor, List<Long> ids, String relation, List<Warning> found, List<RecordRef> read) {
        for (Long personId : ids) {
            persons.find(personId)
                    .filter(p -> policy.mayOpen(
                            actor, Permission.PERSON_READ, RecordRef.of(RecordType.PERSON, p.id()), p.restricted()))
                    .ifPresent(p -> {
                        var markers = links.markersOf(EntityType.PERSON, p.id());
                        markers.forEach(m -> found.add(new Warning(
                                p.forename() + " " + p.surname() + relation,
                                p.id(),
                                m.marker(),
                                label(m.marker()),
                                m.note())));
                        if (!markers.isEmpty() || relation.isEmpty()) {
                            read.add(RecordRef.of(RecordType.PERSON, p.id()));
                        }
                    });
        }
    }

    /**
     * The people with these ids that the actor may open, as a call or an incident names them (name,
     * date of birth where the role may see it, warning labels); an audited consultation.
     */
    @Transactional
    public List<PersonMatch> people(Actor actor, java.util.Collection<Long> ids, String purpose) {
        if (ids.isEmpty() || !policy.allows(actor, Permission.PERSON_READ)) {
            return List.of();
        }
        boolean dobVisible = policy.mayView(actor, org.constable.identity.Field.PERSON_DATE_OF_BIRTH);
        List<PersonMatch> found = new ArrayList<>();
        List<RecordRef> read = new ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            persons.find(id)
                    .filter(p -> policy.mayOpen(
                            actor, Permission.PERSON_READ, RecordRef.of(RecordType.PERSON, p.id()), p.restricted()))
                    .ifPresent(p -> {
                        found.add(new PersonMatch(
                                p.id(),
                                p.forename() + " " + p.surname(),
                                dobVisible ? p.dateOfBirth() : null,
                                links.markersOf(EntityType.PERSON, p.id()).stream()
                                        .map(m -> label(m.marker()))
                                        .toList()));
                        read.add(RecordRef.of(RecordType.PERSON, p.id()));
                    });
        }
        if (!read.isEmpty()) {
            audit.record(new AuditRecord(
                    Operation.CONSULTATION,
                    actor.username(),
                    actor.rolesText(),
                    read,
                    purpose,
                    null,
                    org.constable.audit.Outcome.SUCCEEDED,
                    "people named"));
        }
        return found;
    }

    /**
     * The warning markers on an address that was disclosed to this officer by a recorded disclosure
     * (dispatch's, when their unit was sent to a live incident there): an officer sent to a
     * restricted address is told its warnings with it, whatever their need-to-know. Callers must
     * hold such a disclosure; the read is audited as a consultation for {@code purpose}.
     */
    @Transactional
    public List<Warning> warningsAtDisclosedPlace(Actor officer, long locationId, String purpose) {
        policy.require(officer, Permission.LOCATION_READ);
        List<Warning> found = new ArrayList<>();
        locations.find(locationId).ifPresent(l -> {
            links.markersOf(EntityType.LOCATION, l.id())
                    .forEach(m -> found.add(new Warning("address", l.id(), m.marker(), label(m.marker()), m.note())));
            audit.record(new AuditRecord(
                    Operation.CONSULTATION,
                    officer.username(),
                    officer.rolesText(),
                    List.of(RecordRef.of(RecordType.LOCATION, l.id())),
                    purpose,
                    null,
                    org.constable.audit.Outcome.SUCCEEDED,
                    "warning markers at a disclosed address"));
        });
        return found;
    }

    private boolean visible(Actor actor, LocationRow l) {
        return policy.mayOpen(
                actor, Permission.LOCATION_READ, RecordRef.of(RecordType.LOCATION, l.id()), l.restricted());
    }

    private static Place place(LocationRow l) {
        return new Place(l.id(), l.oneLine(), l.postcode(), point(l));
    }

    /** Where an address is, if it is located: an address has both coordinates or neither. */
    private static @Nullable GeoPoint point(LocationRow l) {
        Double latitude = l.latitude(), longitude = l.longitude();
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    private static String label(String marker) {
        try {
            return org.constable.people.domain.WarningMarkerType.valueOf(marker).label();
        } catch (IllegalArgumentException e) {
            return marker;
        }
    }
}
