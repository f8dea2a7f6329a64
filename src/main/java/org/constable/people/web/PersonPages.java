package org.constable.people.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.application.PersonRecords;
import org.constable.people.application.Views;
import org.constable.people.domain.PersonDetails;
import org.constable.people.domain.WarningMarkerType;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** Person search, page, creation and editing for desk and phone. */
@Controller
class PersonPages {

    /** The person form as typed, kept whole so that an error never loses what the user entered. */
    record PersonForm(
            @Nullable String forename,
            @Nullable String middleNames,
            @Nullable String surname,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateOfBirth,

            @Nullable String sex,
            @Nullable Integer heightCm,
            @Nullable String build,
            @Nullable String hair,
            @Nullable String eyes,
            @Nullable String description,
            boolean restricted,
            @Nullable Integer version) {
        static PersonForm of(Views.Person p) {
            return new PersonForm(
                    p.forename(),
                    p.middleNames(),
                    p.surname(),
                    p.dateOfBirth(),
                    p.sex(),
                    p.heightCm(),
                    p.build(),
                    p.hair(),
                    p.eyes(),
                    p.description(),
                    p.restricted(),
                    p.version());
        }

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
                    restricted);
        }
    }

    private final PersonRecords persons;
    private final org.constable.people.application.RestrictionLifting lifting;
    private final CurrentActor actors;
    private final org.constable.identity.AccessPolicy policy;

    PersonPages(
            PersonRecords persons,
            org.constable.people.application.RestrictionLifting lifting,
            CurrentActor actors,
            org.constable.identity.AccessPolicy policy) {
        this.persons = persons;
        this.lifting = lifting;
        this.actors = actors;
        this.policy = policy;
    }

    @GetMapping("/people")
    @Guarded(Permission.PERSON_READ)
    String search(
            @RequestParam(required = false) @Nullable String surname,
            @RequestParam(required = false) @Nullable String purpose,
            Model model) {
        model.addAttribute("surname", surname);
        model.addAttribute("purpose", purpose);
        model.addAttribute("purposes", Purposes.STANDARD);
        if (surname != null && !surname.isBlank() && purpose != null && !purpose.isBlank()) {
            try {
                model.addAttribute("results", persons.findBySurname(actors.require(), surname, purpose));
            } catch (InvalidInput e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        return "people/search";
    }

    @GetMapping("/people/{id}")
    @Guarded(Permission.PERSON_READ)
    String person(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose, Model model) {
        if (purpose == null || purpose.isBlank()) {
            return askPurpose(model, "/people/" + id);
        }
        model.addAttribute("person", persons.open(actors.require(), id, purpose));
        model.addAttribute("purpose", purpose);
        model.addAttribute("mayCombine", policy.allows(actors.require(), Permission.PERSON_COMBINE));
        // the incidents come from the search module (which may read dispatch); shown only to roles that may read
        // incidents
        model.addAttribute("incidentsVisible", policy.allows(actors.require(), Permission.INCIDENT_READ));
        // the intelligence module's fragment, asked for only by readers allowed intelligence: for anyone
        // else the page carries nothing of it, not even a heading (ADR 0075)
        model.addAttribute("intelligenceVisible", policy.allows(actors.require(), Permission.INTELLIGENCE_READ));
        model.addAttribute("markerTypes", WarningMarkerType.values());
        model.addAttribute("mayLift", policy.allows(actors.require(), Permission.NEED_TO_KNOW_GRANT));
        // only what the role may do is offered: a link that answers 403 is a dead end
        model.addAttribute("mayEdit", policy.allows(actors.require(), Permission.PERSON_WRITE));
        model.addAttribute("mayMark", policy.allows(actors.require(), Permission.WARNING_MARKER_WRITE));
        return "people/person";
    }

    /** Lifting the restriction: a decision of its own, with a reason, audited. */
    @PostMapping("/people/{id}/restriction-lifting")
    @Guarded(Permission.NEED_TO_KNOW_GRANT)
    String liftRestriction(@PathVariable long id, @RequestParam(defaultValue = "") String reason) {
        lifting.lift(actors.require(), org.constable.people.domain.EntityType.PERSON, id, reason);
        return "redirect:/people/" + id + "?purpose=" + encode("Lifting a restriction");
    }

    @GetMapping("/people/new")
    @Guarded(Permission.PERSON_WRITE)
    String newPerson(Model model) {
        model.addAttribute(
                "form", new PersonForm(null, null, null, null, "UNKNOWN", null, null, null, null, null, false, null));
        return "people/person-form";
    }

    @PostMapping("/people")
    @Guarded(Permission.PERSON_WRITE)
    String create(@ModelAttribute("form") PersonForm form, Model model) {
        try {
            long id = persons.create(actors.require(), form.details());
            return "redirect:/people/" + id + "?purpose=" + encode("Recording a new person");
        } catch (InvalidInput e) {
            model.addAttribute("error", e.getMessage());
            return "people/person-form";
        }
    }

    @GetMapping("/people/{id}/edit")
    @Guarded(Permission.PERSON_WRITE)
    String edit(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose, Model model) {
        if (purpose == null || purpose.isBlank()) {
            return askPurpose(model, "/people/" + id + "/edit");
        }
        model.addAttribute("form", PersonForm.of(persons.open(actors.require(), id, purpose)));
        model.addAttribute("personId", id);
        return "people/person-form";
    }

    @PostMapping("/people/{id}")
    @Guarded(Permission.PERSON_WRITE)
    String update(@PathVariable long id, @ModelAttribute("form") PersonForm form, Model model) {
        try {
            if (form.version() == null) {
                throw new InvalidInput("version", "The form is missing its version; open the person again.");
            }
            // an unticked box never lifts a restriction: only the lifting form on the person's page does
            persons.update(
                    actors.require(), id, form.version(), form.details(), form.restricted() ? Boolean.TRUE : null);
            return "redirect:/people/" + id + "?purpose=" + encode("Updating the record");
        } catch (InvalidInput e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("personId", id);
            return "people/person-form";
        }
    }

    @PostMapping("/people/{id}/warning-markers")
    @Guarded(Permission.WARNING_MARKER_WRITE)
    String addMarker(
            @PathVariable long id,
            @RequestParam WarningMarkerType marker,
            @RequestParam(required = false) @Nullable String note) {
        persons.addWarningMarker(actors.require(), id, marker, note);
        return "redirect:/people/" + id + "?purpose=" + encode("Adding a warning marker");
    }

    static String askPurpose(Model model, String action) {
        model.addAttribute("action", action);
        model.addAttribute("purposes", Purposes.STANDARD);
        return "people/purpose";
    }

    static String encode(String s) {
        return UriUtils.encodeQueryParam(s, StandardCharsets.UTF_8);
    }

    static List<String> sexes() {
        return List.of("UNKNOWN", "FEMALE", "MALE");
    }
}
