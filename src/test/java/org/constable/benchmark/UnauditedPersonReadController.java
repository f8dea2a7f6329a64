package org.constable.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Field;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.application.Views;
import org.constable.people.domain.EntityType;
import org.constable.people.domain.WarningMarkerType;
import org.constable.people.persistence.LinkStore;
import org.constable.people.persistence.LocationStore;
import org.constable.people.persistence.PersonRow;
import org.constable.people.persistence.PersonStore;
import org.constable.people.persistence.VehicleStore;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark baseline only: the same person read as {@code GET /api/v1/persons/{id}} (same
 * AccessPolicy checks, same stores, same queries, same JSON shape, one read-write transaction like
 * {@code PersonRecords.open}) but WITHOUT the audit entry. {@link TestComponent} keeps it out of
 * component scanning, so it exists only in contexts that {@code @Import} it (the benchmark's).
 */
@TestComponent
@RestController
class UnauditedPersonReadController {

    private final PersonStore persons;
    private final LocationStore locations;
    private final VehicleStore vehicles;
    private final LinkStore links;
    private final AccessPolicy policy;
    private final CurrentActor actors;
    private final TransactionTemplate tx;

    UnauditedPersonReadController(
            PersonStore persons,
            LocationStore locations,
            VehicleStore vehicles,
            LinkStore links,
            AccessPolicy policy,
            CurrentActor actors,
            PlatformTransactionManager transactions) {
        this.persons = persons;
        this.locations = locations;
        this.vehicles = vehicles;
        this.links = links;
        this.policy = policy;
        this.actors = actors;
        this.tx = new TransactionTemplate(transactions);
    }

    @GetMapping("/api/v1/benchmark/persons/{id}")
    @Guarded(Permission.PERSON_READ)
    Views.Person person(@PathVariable long id, @RequestParam(required = false) String purpose) {
        Actor actor = actors.require();
        return tx.execute(status -> {
            PersonRow p = persons.find(id).orElseThrow(() -> new RecordNotFound(ref(EntityType.PERSON, id)));
            policy.requireRecord(actor, Permission.PERSON_READ, ref(EntityType.PERSON, id), p.restricted());
            // no audit.record(...) here: that is the only difference from PersonRecords.open
            return view(actor, p);
        });
    }

    /** A copy of PersonRecords.view (private there). */
    private Views.Person view(Actor actor, PersonRow p) {
        boolean addressVisible = policy.mayView(actor, Field.PERSON_ADDRESS);
        boolean dobVisible = policy.mayView(actor, Field.PERSON_DATE_OF_BIRTH);
        List<Views.Address> addresses = new ArrayList<>();
        if (addressVisible) {
            for (var loc : locations.findAll(persons.addressLocationIds(p.id()))) {
                if (policy.mayOpen(
                        actor, Permission.LOCATION_READ, ref(EntityType.LOCATION, loc.id()), loc.restricted())) {
                    addresses.add(new Views.Address(
                            loc.id(),
                            loc.oneLine(),
                            loc.postcode(),
                            persons.addressKinds(p.id(), loc.id()),
                            markers(EntityType.LOCATION, loc.id())));
                }
            }
        }
        List<LinkStore.LinkRow> linkRows = links.linksOf(EntityType.PERSON, p.id());
        List<Long> vehicleIds = linkRows.stream()
                .filter(l -> l.toType() == EntityType.VEHICLE)
                .map(LinkStore.LinkRow::toId)
                .toList();
        List<Views.Vehicle> vehicleViews = vehicles.findAll(vehicleIds).stream()
                .filter(v ->
                        policy.mayOpen(actor, Permission.VEHICLE_READ, ref(EntityType.VEHICLE, v.id()), v.restricted()))
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
                markers(EntityType.PERSON, p.id()),
                aliases,
                addresses,
                !addressVisible,
                vehicleViews,
                linkRows.stream()
                        .filter(l -> addressVisible || l.toType() != EntityType.LOCATION)
                        .map(l -> new Views.Link(
                                l.id(),
                                l.fromType().name(),
                                l.fromId(),
                                l.toType().name(),
                                l.toId(),
                                l.kind()))
                        .toList(),
                p.combinedInto(),
                List.of());
    }

    private List<Views.Marker> markers(EntityType type, long id) {
        return links.markersOf(type, id).stream()
                .map(m -> new Views.Marker(m.id(), m.marker(), labelOf(m.marker()), m.note()))
                .toList();
    }

    private static RecordRef ref(EntityType type, long id) {
        return RecordRef.of(type.recordType(), id);
    }

    private static String labelOf(String marker) {
        try {
            return WarningMarkerType.valueOf(marker).label();
        } catch (IllegalArgumentException e) {
            return marker;
        }
    }
}
