package org.constable.people.web;

import static org.constable.people.web.PersonPages.askPurpose;
import static org.constable.people.web.PersonPages.encode;

import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.application.PlaceAndVehicleRecords;
import org.constable.people.application.PlaceAndVehicleRecords.LocationInput;
import org.constable.people.application.PlaceAndVehicleRecords.VehicleInput;
import org.constable.people.application.Views;
import org.constable.people.domain.WarningMarkerType;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Location and vehicle pages. */
@Controller
class PlacePages {

    record LocationForm(
            @Nullable String premises,
            @Nullable String street,
            @Nullable String locality,
            @Nullable String town,
            @Nullable String postcode,
            @Nullable Double latitude,
            @Nullable Double longitude,
            boolean restricted,
            @Nullable Integer version) {
        static LocationForm of(Views.Location l) {
            return new LocationForm(
                    l.premises(),
                    l.street(),
                    l.locality(),
                    l.town(),
                    l.postcode(),
                    l.latitude(),
                    l.longitude(),
                    l.restricted(),
                    l.version());
        }

        LocationInput input() {
            // on an edit an unticked box leaves the restriction as it is: lifting is a decision of its own
            return new LocationInput(
                    premises, street, locality, town, postcode, latitude, longitude, restricted ? Boolean.TRUE : null);
        }
    }

    record VehicleForm(
            @Nullable String vrm,
            @Nullable String make,
            @Nullable String model,
            @Nullable String colour,
            boolean restricted,
            @Nullable Integer version) {
        static VehicleForm of(Views.Vehicle v) {
            return new VehicleForm(v.vrm(), v.make(), v.model(), v.colour(), v.restricted(), v.version());
        }

        VehicleInput input() {
            return new VehicleInput(vrm, make, model, colour, restricted ? Boolean.TRUE : null);
        }
    }

    private final PlaceAndVehicleRecords records;
    private final org.constable.people.application.RestrictionLifting lifting;
    private final org.constable.identity.AccessPolicy policy;
    private final CurrentActor actors;

    PlacePages(
            PlaceAndVehicleRecords records,
            org.constable.people.application.RestrictionLifting lifting,
            org.constable.identity.AccessPolicy policy,
            CurrentActor actors) {
        this.records = records;
        this.lifting = lifting;
        this.policy = policy;
        this.actors = actors;
    }

    /** Lifting an address's restriction: a decision of its own, with a reason, audited. */
    @PostMapping("/locations/{id}/restriction-lifting")
    @Guarded(Permission.NEED_TO_KNOW_GRANT)
    String liftLocationRestriction(@PathVariable long id, @RequestParam(defaultValue = "") String reason) {
        lifting.lift(actors.require(), org.constable.people.domain.EntityType.LOCATION, id, reason);
        return "redirect:/locations/" + id + "?purpose=" + encode("Lifting a restriction");
    }

    @PostMapping("/vehicles/{id}/restriction-lifting")
    @Guarded(Permission.NEED_TO_KNOW_GRANT)
    String liftVehicleRestriction(@PathVariable long id, @RequestParam(defaultValue = "") String reason) {
        lifting.lift(actors.require(), org.constable.people.domain.EntityType.VEHICLE, id, reason);
        return "redirect:/vehicles/" + id + "?purpose=" + encode("Lifting a restriction");
    }

    @GetMapping("/locations/{id}")
    @Guarded(Permission.LOCATION_READ)
    String location(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose, Model model) {
        if (purpose == null || purpose.isBlank()) {
            return askPurpose(model, "/locations/" + id);
        }
        model.addAttribute("location", records.openLocation(actors.require(), id, purpose));
        // the intelligence module's fragment, asked for only by readers allowed intelligence: for anyone
        // else the page carries nothing of it, not even a heading (ADR 0075)
        model.addAttribute("intelligenceVisible", policy.allows(actors.require(), Permission.INTELLIGENCE_READ));
        model.addAttribute("purpose", purpose);
        model.addAttribute("mayLift", policy.allows(actors.require(), Permission.NEED_TO_KNOW_GRANT));
        model.addAttribute("mayEdit", policy.allows(actors.require(), Permission.LOCATION_WRITE));
        model.addAttribute("mayMark", policy.allows(actors.require(), Permission.WARNING_MARKER_WRITE));
        model.addAttribute("markerTypes", WarningMarkerType.values());
        return "people/location";
    }

    @GetMapping("/locations/new")
    @Guarded(Permission.LOCATION_WRITE)
    String newLocation(Model model) {
        model.addAttribute("form", new LocationForm(null, null, null, null, null, null, null, false, null));
        return "people/location-form";
    }

    @PostMapping("/locations")
    @Guarded(Permission.LOCATION_WRITE)
    String createLocation(@ModelAttribute("form") LocationForm form, Model model) {
        try {
            long id = records.createLocation(actors.require(), form.input());
            return "redirect:/locations/" + id + "?purpose=" + encode("Recording a new location");
        } catch (InvalidInput e) {
            model.addAttribute("error", e.getMessage());
            return "people/location-form";
        }
    }

    @GetMapping("/locations/{id}/edit")
    @Guarded(Permission.LOCATION_WRITE)
    String editLocation(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose, Model model) {
        if (purpose == null || purpose.isBlank()) {
            return askPurpose(model, "/locations/" + id + "/edit");
        }
        model.addAttribute("form", LocationForm.of(records.openLocation(actors.require(), id, purpose)));
        model.addAttribute("locationId", id);
        return "people/location-form";
    }

    @PostMapping("/locations/{id}")
    @Guarded(Permission.LOCATION_WRITE)
    String updateLocation(@PathVariable long id, @ModelAttribute("form") LocationForm form, Model model) {
        try {
            if (form.version() == null) {
                throw new InvalidInput("version", "The form is missing its version; open the location again.");
            }
            records.updateLocation(actors.require(), id, form.version(), form.input());
            return "redirect:/locations/" + id + "?purpose=" + encode("Updating the record");
        } catch (InvalidInput e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("locationId", id);
            return "people/location-form";
        }
    }

    @PostMapping("/locations/{id}/warning-markers")
    @Guarded(Permission.WARNING_MARKER_WRITE)
    String addMarker(
            @PathVariable long id,
            @RequestParam WarningMarkerType marker,
            @RequestParam(required = false) @Nullable String note) {
        records.addLocationWarning(actors.require(), id, marker, note);
        return "redirect:/locations/" + id + "?purpose=" + encode("Adding a warning marker");
    }

    @GetMapping("/vehicles/{id}")
    @Guarded(Permission.VEHICLE_READ)
    String vehicle(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose, Model model) {
        if (purpose == null || purpose.isBlank()) {
            return askPurpose(model, "/vehicles/" + id);
        }
        model.addAttribute("vehicle", records.openVehicle(actors.require(), id, purpose));
        // as on the location's page: the fragment is asked for only by readers allowed intelligence
        model.addAttribute("intelligenceVisible", policy.allows(actors.require(), Permission.INTELLIGENCE_READ));
        model.addAttribute("purpose", purpose);
        model.addAttribute("mayLift", policy.allows(actors.require(), Permission.NEED_TO_KNOW_GRANT));
        model.addAttribute("mayEdit", policy.allows(actors.require(), Permission.VEHICLE_WRITE));
        return "people/vehicle";
    }

    @GetMapping("/vehicles/new")
    @Guarded(Permission.VEHICLE_WRITE)
    String newVehicle(Model model) {
        model.addAttribute("form", new VehicleForm(null, null, null, null, false, null));
        return "people/vehicle-form";
    }

    @PostMapping("/vehicles")
    @Guarded(Permission.VEHICLE_WRITE)
    String createVehicle(@ModelAttribute("form") VehicleForm form, Model model) {
        try {
            long id = records.createVehicle(actors.require(), form.input());
            return "redirect:/vehicles/" + id + "?purpose=" + encode("Recording a new vehicle");
        } catch (InvalidInput e) {
            model.addAttribute("error", e.getMessage());
            return "people/vehicle-form";
        }
    }

    @GetMapping("/vehicles/{id}/edit")
    @Guarded(Permission.VEHICLE_WRITE)
    String editVehicle(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose, Model model) {
        if (purpose == null || purpose.isBlank()) {
            return askPurpose(model, "/vehicles/" + id + "/edit");
        }
        model.addAttribute("form", VehicleForm.of(records.openVehicle(actors.require(), id, purpose)));
        model.addAttribute("vehicleId", id);
        return "people/vehicle-form";
    }

    @PostMapping("/vehicles/{id}")
    @Guarded(Permission.VEHICLE_WRITE)
    String updateVehicle(@PathVariable long id, @ModelAttribute("form") VehicleForm form, Model model) {
        try {
            if (form.version() == null) {
                throw new InvalidInput("version", "The form is missing its version; open the vehicle again.");
            }
            records.updateVehicle(actors.require(), id, form.version(), form.input());
            return "redirect:/vehicles/" + id + "?purpose=" + encode("Updating the record");
        } catch (InvalidInput e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("vehicleId", id);
            return "people/vehicle-form";
        }
    }
}
