package org.constable.people.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.Actor;
import org.constable.identity.Field;
import org.constable.identity.Permission;
import org.constable.people.domain.EntityType;
import org.constable.people.domain.PersonDetails;
import org.constable.people.domain.RestrictionOnUpdate;
import org.constable.people.domain.WarningMarkerType;
import org.constable.people.persistence.CombinationStore;
import org.constable.people.persistence.LinkStore;
import org.constable.people.persistence.LocationStore;
import org.constable.people.persistence.PersonRow;
import org.constable.people.persistence.PersonStore;
import org.constable.people.persistence.VehicleStore;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on persons (nominals). Each one asks AccessPolicy and leaves an audit entry. */
@Service
public class PersonRecords {

    private final PersonStore persons;
    private final LocationStore locations;
    private final VehicleStore vehicles;
    private final LinkStore links;
    private final PoleAccess access;
    private final WarningMarkers markers;
    private final LinkVisibility linkVisibility;
    private final AuditTrail audit;
    private final Clock clock;
    private final CombinationStore combinations;

    public PersonRecords(
            PersonStore persons,
            LocationStore locations,
            VehicleStore vehicles,
            LinkStore links,
            PoleAccess access,
            WarningMarkers markers,
            LinkVisibility linkVisibility,
            AuditTrail audit,
            Clock clock,
            CombinationStore combinations) {
        this.combinations = combinations;
        this.markers = markers;
        this.linkVisibility = linkVisibility;
        this.persons = persons;
        this.locations = locations;
        this.vehicles = vehicles;
        this.links = links;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(Actor actor, PersonDetails details) {
        access.policy().require(actor, Permission.PERSON_WRITE);
        details.checkDateOfBirth(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        long id = persons.insert(details, clock.instant());
        access.recordChange(actor, Operation.COLLECTION, "created person", PoleAccess.ref(EntityType.PERSON, id));
        return id;
    }

    @Transactional
    public Views.Person open(Actor actor, long id, String purpose) {
        Views.Person shown = access.consult(
                actor,
                Permission.PERSON_READ,
                EntityType.PERSON,
                id,
                purpose,
                persons::find,
                PersonRow::restricted,
                p -> view(actor, p));
        if (!shown.combinedFrom().isEmpty()) {
            // the records combined into this one are shown too (names, description): each is read as well
            audit.record(new AuditRecord(
                    Operation.CONSULTATION,
                    actor.username(),
                    actor.rolesText(),
                    shown.combinedFrom().stream()
                            .map(c -> PoleAccess.ref(EntityType.PERSON, c.personId()))
                            .toList(),
                    purpose,
                    null,
                    org.constable.audit.Outcome.SUCCEEDED,
                    "shown as combined into person " + id));
        }
        return shown;
    }

    /**
     * Updates a person's details. {@code restricted} null leaves the restriction as it is; true
     * restricts; an edit never lifts a restriction (see {@link RestrictionLifting}).
     */
    @Transactional
    public void update(Actor actor, long id, int version, PersonDetails details, @Nullable Boolean restricted) {
        PersonRow p = live(actor, Permission.PERSON_WRITE, id);
        details.checkDateOfBirth(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        boolean after = RestrictionOnUpdate.after(p.restricted(), restricted);
        PersonDetails kept = new PersonDetails(
                details.forename(),
                details.middleNames(),
                details.surname(),
                details.dateOfBirth(),
                details.sex(),
                details.heightCm(),
                details.build(),
                details.hair(),
                details.eyes(),
                details.description(),
                after);
        if (!persons.update(id, version, kept, clock.instant())) {
            throw new OptimisticLockingFailureException("person " + id + " changed since version " + version);
        }
        access.recordChange(
                actor,
                Operation.ALTERATION,
                after && !p.restricted() ? "updated person details; restricted" : "updated person details",
                PoleAccess.ref(EntityType.PERSON, id));
    }

    @Transactional
    public void addAlias(Actor actor, long id, String forename, String surname, @Nullable LocalDate dob) {
        live(actor, Permission.PERSON_WRITE, id);
        PersonDetails alias =
                PersonDetails.typed(forename, null, surname, dob, null, null, null, null, null, null, false);
        alias.checkDateOfBirth(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        persons.addAlias(id, alias.forename(), alias.surname(), dob);
        access.recordChange(actor, Operation.ALTERATION, "added alias", PoleAccess.ref(EntityType.PERSON, id));
    }

    @Transactional
    public void addAddress(Actor actor, long id, long locationId, String kind) {
        PersonRow p = live(actor, Permission.PERSON_WRITE, id);
        if (kind == null || !kind.matches("[A-Z_]{2,30}")) {
            throw new InvalidInput("kind", "kind must be an upper-case word such as HOME, WORK or PREVIOUS");
        }
        access.found(
                actor,
                Permission.PERSON_WRITE,
                EntityType.LOCATION,
                locationId,
                locations::find,
                org.constable.people.persistence.LocationRow::restricted);
        persons.addAddress(id, locationId, kind);
        access.recordChange(
                actor,
                Operation.COMBINATION,
                "linked address " + kind,
                PoleAccess.ref(EntityType.PERSON, id),
                PoleAccess.ref(EntityType.LOCATION, locationId));
    }

    @Transactional
    public long addWarningMarker(Actor actor, long id, WarningMarkerType marker, @Nullable String note) {
        return markers.add(
                actor,
                EntityType.PERSON,
                id,
                live(actor, Permission.WARNING_MARKER_WRITE, id).restricted(),
                marker,
                note);
    }

    /** Persons whose surname starts with the text; restricted ones only with need-to-know, and never counted otherwise. */
    @Transactional
    public List<Views.PersonSummary> findBySurname(Actor actor, String surnamePrefix, String purpose) {
        access.policy().require(actor, Permission.PERSON_READ);
        if (surnamePrefix == null || surnamePrefix.trim().length() < 2) {
            throw new InvalidInput("surname", "Type at least 2 letters of the surname.");
        }
        boolean dobVisible = access.policy().mayView(actor, Field.PERSON_DATE_OF_BIRTH);
        List<Views.PersonSummary> found = new ArrayList<>();
        List<org.constable.shared.RecordRef> refs = new ArrayList<>();
        for (PersonRow p : persons.bySurnamePrefix(surnamePrefix.trim(), 200)) {
            if (found.size() == 50) {
                break;
            }
            if (access.policy()
                    .mayOpen(
                            actor, Permission.PERSON_READ, PoleAccess.ref(EntityType.PERSON, p.id()), p.restricted())) {
                found.add(new Views.PersonSummary(
                        p.id(),
                        p.forename(),
                        p.surname(),
                        dobVisible ? p.dateOfBirth() : null,
                        PoleAccess.markers(links, EntityType.PERSON, p.id())));
                refs.add(PoleAccess.ref(EntityType.PERSON, p.id()));
            }
        }
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                refs,
                purpose,
                null,
                org.constable.audit.Outcome.SUCCEEDED,
                "surname search '" + surnamePrefix.trim() + "'"));
        return found;
    }

    /**
     * A person that can still be changed: one combined into another takes no new facts, which
     * belong on its survivor (and would otherwise make the combination's undo inexact).
     */
    private PersonRow live(Actor actor, Permission permission, long id) {
        PersonRow p = access.found(actor, permission, EntityType.PERSON, id, persons::find, PersonRow::restricted);
        if (p.combined()) {
            throw new org.constable.shared.Conflict("Person " + id + " was combined into person " + p.combinedInto()
                    + "; record new facts on that person.");
        }
        return p;
    }

    private Views.Person view(Actor actor, PersonRow p) {
        boolean addressVisible = access.policy().mayView(actor, Field.PERSON_ADDRESS);
        boolean dobVisible = access.policy().mayView(actor, Field.PERSON_DATE_OF_BIRTH);
        List<Views.Address> addresses = new ArrayList<>();
        if (addressVisible) {
            for (var loc : locations.findAll(persons.addressLocationIds(p.id()))) {
                if (access.policy()
                        .mayOpen(
                                actor,
                                Permission.LOCATION_READ,
                                PoleAccess.ref(EntityType.LOCATION, loc.id()),
                                loc.restricted())) {
                    addresses.add(new Views.Address(
                            loc.id(),
                            loc.oneLine(),
                            loc.postcode(),
                            persons.addressKinds(p.id(), loc.id()),
                            PoleAccess.markers(links, EntityType.LOCATION, loc.id())));
                }
            }
        }
        List<LinkStore.LinkRow> linkRows =
                linkVisibility.visible(actor, EntityType.PERSON, p.id(), links.linksOf(EntityType.PERSON, p.id()));
        List<Long> vehicleIds = linkRows.stream()
                .filter(l -> l.toType() == EntityType.VEHICLE)
                .map(LinkStore.LinkRow::toId)
                .toList();
        List<Views.Vehicle> vehicleViews = vehicles.findAll(vehicleIds).stream()
                .filter(v -> access.policy()
                        .mayOpen(
                                actor,
                                Permission.VEHICLE_READ,
                                PoleAccess.ref(EntityType.VEHICLE, v.id()),
                                v.restricted()))
                .map(v -> new Views.Vehicle(
                        v.id(), v.vrm(), v.make(), v.model(), v.colour(), v.restricted(), v.version()))
                .toList();
        List<Views.Alias> aliases = persons.aliases(p.id()).stream()
                .map(a -> new Views.Alias(a.forename(), a.surname(), dobVisible ? a.dateOfBirth() : null))
                .toList();
        return new Views.Person(
                p.id(),
                p.forename(),
                p.middleNames(),
                p.surname(),
                dobVisible ? p.dateOfBirth() : null,
                !dobVisible,
                p.sex(),
                p.heightCm(),
                p.build(),
                p.hair(),
                p.eyes(),
                p.description(),
                p.restricted(),
                p.version(),
                PoleAccess.markers(links, EntityType.PERSON, p.id()),
                aliases,
                addresses,
                !addressVisible,
                vehicleViews,
                linkRows.stream()
                        .filter(l -> addressVisible || l.toType() != EntityType.LOCATION)
                        .map(PoleAccess::link)
                        .toList(),
                p.combinedInto(),
                combinedFrom(actor, p.id(), dobVisible));
    }

    private List<Views.CombinedRecord> combinedFrom(Actor actor, long survivor, boolean dobVisible) {
        return combinations.absorbedInto(survivor).stream()
                .filter(a -> access.policy()
                        .mayOpen(
                                actor,
                                Permission.PERSON_READ,
                                PoleAccess.ref(EntityType.PERSON, a.personId()),
                                a.restricted()))
                .map(a -> new Views.CombinedRecord(
                        a.combinationId(),
                        a.personId(),
                        a.forename(),
                        a.middleNames(),
                        a.surname(),
                        dobVisible ? a.dateOfBirth() : null,
                        a.description(),
                        a.reason(),
                        a.combinedAt(),
                        a.combinedBy()))
                .toList();
    }
}
