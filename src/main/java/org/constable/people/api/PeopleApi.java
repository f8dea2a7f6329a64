package org.constable.people.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.constable.audit.Purpose;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.application.PersonRecords;
import org.constable.people.application.PlaceAndVehicleRecords;
import org.constable.people.application.RestrictionLifting;
import org.constable.people.application.Views;
import org.constable.people.domain.EntityType;
import org.constable.people.domain.PersonDetails;
import org.constable.people.domain.WarningMarkerType;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * POLE records over REST. Reads need a purpose (query parameter {@code purpose} or header
 * {@code X-Purpose}), which goes into the audit trail. An edit that leaves out {@code restricted}
 * leaves the restriction as it is; lifting one is its own endpoint, with a reason.
 */
@RestController
@RequestMapping("/api/v1")
class PeopleApi {

    record PersonForm(
            @NotBlank @Size(max = 80) String forename,
            @Size(max = 120) @Nullable String middleNames,
            @NotBlank @Size(max = 80) String surname,
            @Past @Nullable LocalDate dateOfBirth,
            @Nullable String sex,
            @Min(40) @Max(260) @Nullable Integer heightCm,
            @Size(max = 60) @Nullable String build,
            @Size(max = 60) @Nullable String hair,
            @Size(max = 60) @Nullable String eyes,
            @Size(max = 2000) @Nullable String description,
            @Nullable Boolean restricted,
            @PositiveOrZero @Nullable Integer version) {
        /** The details as typed; on creation an absent {@code restricted} means not restricted. */
        PersonDetails details() {
            return PersonDetails.typed(
                    forename,
                    middleNames,
                    surname,
                    dateOfBirth,
                    sex,
                    heightCm,
                    build,
                    hair,
                    eyes,
                    description,
                    Boolean.TRUE.equals(restricted));
        }
    }

    /** Why a restriction is lifted: kept in the audit trail. */
    record Lifting(@NotBlank @Size(max = 1000) String reason) {}

    record AliasForm(
            @NotBlank @Size(max = 80) String forename,
            @NotBlank @Size(max = 80) String surname,
            @Past @Nullable LocalDate dateOfBirth) {}

    record AddressForm(
            @Positive long locationId,
            @NotBlank @Size(max = 30) String kind) {}

    record MarkerForm(
            @NotNull WarningMarkerType marker,
            @Size(max = 500) @Nullable String note) {}

    record LocationForm(
            @Size(max = 80) @Nullable String premises,
            @NotBlank @Size(max = 120) String street,
            @Size(max = 80) @Nullable String locality,
            @NotBlank @Size(max = 80) String town,
            @Size(max = 10) @Nullable String postcode,
            @Min(-90) @Max(90) @Nullable Double latitude,
            @Min(-180) @Max(180) @Nullable Double longitude,
            @Nullable Boolean restricted,
            @PositiveOrZero @Nullable Integer version) {
        PlaceAndVehicleRecords.LocationInput input() {
            return new PlaceAndVehicleRecords.LocationInput(
                    premises, street, locality, town, postcode, latitude, longitude, restricted);
        }
    }

    record VehicleForm(
            @NotBlank @Size(max = 12) String vrm,
            @Size(max = 40) @Nullable String make,
            @Size(max = 40) @Nullable String model,
            @Size(max = 30) @Nullable String colour,
            @Nullable Boolean restricted,
            @PositiveOrZero @Nullable Integer version) {
        PlaceAndVehicleRecords.VehicleInput input() {
            return new PlaceAndVehicleRecords.VehicleInput(vrm, make, model, colour, restricted);
        }
    }

    record LinkForm(
            @NotNull EntityType fromType,
            @Positive long fromId,
            @NotNull EntityType toType,
            @Positive long toId,
            @NotBlank @Size(max = 30) String kind) {}

    record Created(long id) {}

    private final PersonRecords persons;
    private final PlaceAndVehicleRecords places;
    private final RestrictionLifting lifting;
    private final CurrentActor actors;

    PeopleApi(PersonRecords persons, PlaceAndVehicleRecords places, RestrictionLifting lifting, CurrentActor actors) {
        this.persons = persons;
        this.places = places;
        this.lifting = lifting;
        this.actors = actors;
    }

    @PostMapping("/persons")
    @ResponseStatus(HttpStatus.CREATED)
    @Guarded(Permission.PERSON_WRITE)
    ResponseEntity<Created> createPerson(@Valid @RequestBody PersonForm form) {
        long id = persons.create(actors.require(), form.details());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id)).body(new Created(id));
    }

    @GetMapping("/persons/{id}")
    @Guarded(Permission.PERSON_READ)
    Views.Person person(@PathVariable long id, @Purpose String purpose) {
        return persons.open(actors.require(), id, purpose);
    }

    @GetMapping("/persons")
    @Guarded(Permission.PERSON_READ)
    List<Views.PersonSummary> findPersons(@RequestParam String surname, @Purpose String purpose) {
        return persons.findBySurname(actors.require(), surname, purpose);
    }

    @PutMapping("/persons/{id}")
    @Guarded(Permission.PERSON_WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void updatePerson(@PathVariable long id, @Valid @RequestBody PersonForm form) {
        persons.update(actors.require(), id, requiredVersion(form.version()), form.details(), form.restricted());
    }

    /** Lifts a person's restriction: its own decision, with a reason, by someone who decides restrictions. */
    @PostMapping("/persons/{id}/restriction-lifting")
    @Guarded(Permission.NEED_TO_KNOW_GRANT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void liftPersonRestriction(@PathVariable long id, @Valid @RequestBody Lifting body) {
        lifting.lift(actors.require(), EntityType.PERSON, id, body.reason());
    }

    @PostMapping("/locations/{id}/restriction-lifting")
    @Guarded(Permission.NEED_TO_KNOW_GRANT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void liftLocationRestriction(@PathVariable long id, @Valid @RequestBody Lifting body) {
        lifting.lift(actors.require(), EntityType.LOCATION, id, body.reason());
    }

    @PostMapping("/vehicles/{id}/restriction-lifting")
    @Guarded(Permission.NEED_TO_KNOW_GRANT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void liftVehicleRestriction(@PathVariable long id, @Valid @RequestBody Lifting body) {
        lifting.lift(actors.require(), EntityType.VEHICLE, id, body.reason());
    }

    @PostMapping("/persons/{id}/aliases")
    @Guarded(Permission.PERSON_WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addAlias(@PathVariable long id, @Valid @RequestBody AliasForm form) {
        persons.addAlias(actors.require(), id, form.forename(), form.surname(), form.dateOfBirth());
    }

    @PostMapping("/persons/{id}/addresses")
    @Guarded(Permission.PERSON_WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addAddress(@PathVariable long id, @Valid @RequestBody AddressForm form) {
        persons.addAddress(
                actors.require(), id, form.locationId(), form.kind().trim().toUpperCase(Locale.ROOT));
    }

    @PostMapping("/persons/{id}/warning-markers")
    @Guarded(Permission.WARNING_MARKER_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    Created addPersonWarning(@PathVariable long id, @Valid @RequestBody MarkerForm form) {
        return new Created(persons.addWarningMarker(actors.require(), id, form.marker(), form.note()));
    }

    @PostMapping("/locations")
    @ResponseStatus(HttpStatus.CREATED)
    @Guarded(Permission.LOCATION_WRITE)
    ResponseEntity<Created> createLocation(@Valid @RequestBody LocationForm form) {
        long id = places.createLocation(actors.require(), form.input());
        return ResponseEntity.created(URI.create("/api/v1/locations/" + id)).body(new Created(id));
    }

    @GetMapping("/locations/{id}")
    @Guarded(Permission.LOCATION_READ)
    Views.Location location(@PathVariable long id, @Purpose String purpose) {
        return places.openLocation(actors.require(), id, purpose);
    }

    @PutMapping("/locations/{id}")
    @Guarded(Permission.LOCATION_WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void updateLocation(@PathVariable long id, @Valid @RequestBody LocationForm form) {
        places.updateLocation(actors.require(), id, requiredVersion(form.version()), form.input());
    }

    @PostMapping("/locations/{id}/warning-markers")
    @Guarded(Permission.WARNING_MARKER_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    Created addLocationWarning(@PathVariable long id, @Valid @RequestBody MarkerForm form) {
        return new Created(places.addLocationWarning(actors.require(), id, form.marker(), form.note()));
    }

    @PostMapping("/vehicles")
    @ResponseStatus(HttpStatus.CREATED)
    @Guarded(Permission.VEHICLE_WRITE)
    ResponseEntity<Created> createVehicle(@Valid @RequestBody VehicleForm form) {
        long id = places.createVehicle(actors.require(), form.input());
        return ResponseEntity.created(URI.create("/api/v1/vehicles/" + id)).body(new Created(id));
    }

    @GetMapping("/vehicles/{id}")
    @Guarded(Permission.VEHICLE_READ)
    Views.Vehicle vehicle(@PathVariable long id, @Purpose String purpose) {
        return places.openVehicle(actors.require(), id, purpose);
    }

    @PutMapping("/vehicles/{id}")
    @Guarded(Permission.VEHICLE_WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void updateVehicle(@PathVariable long id, @Valid @RequestBody VehicleForm form) {
        places.updateVehicle(actors.require(), id, requiredVersion(form.version()), form.input());
    }

    @PostMapping("/links")
    @Guarded(Permission.PERSON_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    Created link(@Valid @RequestBody LinkForm form) {
        return new Created(places.link(
                actors.require(),
                form.fromType(),
                form.fromId(),
                form.toType(),
                form.toId(),
                form.kind().trim().toUpperCase(Locale.ROOT)));
    }

    private static int requiredVersion(@Nullable Integer version) {
        if (version == null) {
            throw new InvalidInput(
                    "version", "version is required: send the version you read, so no one's change is overwritten");
        }
        return version;
    }
}
