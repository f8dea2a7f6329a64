package org.constable.contact.web;

import java.util.List;
import org.constable.contact.application.CallTaking;
import org.constable.contact.application.LocationContext;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.Level;
import org.constable.dispatch.GradeCatalogue;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.PoleDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The call handler's screen: keyboard first, history and warnings as soon as a place is set. */
@Controller
class CallPages {

    /** The purpose this screen's function fixes for everything it reads. */
    static final String CALL_HANDLING = "Call handling";

    private final CallTaking calls;
    private final LocationContext context;
    private final PoleDirectory directory;
    private final GradeCatalogue grades;
    private final CurrentActor actors;

    CallPages(
            CallTaking calls,
            LocationContext context,
            PoleDirectory directory,
            GradeCatalogue grades,
            CurrentActor actors) {
        this.calls = calls;
        this.context = context;
        this.directory = directory;
        this.grades = grades;
        this.actors = actors;
    }

    @GetMapping("/calls/new")
    @Guarded(Permission.CALL_HANDLE)
    String form(Model model) {
        return page(model, CallForm.blank(), null);
    }

    @PostMapping("/calls")
    @Guarded(Permission.CALL_HANDLE)
    String record(@ModelAttribute("form") CallForm form, Model model) {
        try {
            CallTaking.Recorded recorded = calls.record(actors.require(), form.toCall());
            return "redirect:/incidents/" + recorded.incidentId() + "?recorded=" + recorded.reference();
        } catch (IllegalArgumentException | org.constable.shared.Conflict | org.constable.shared.RecordNotFound e) {
            return page(model, form, e.getMessage());
        }
    }

    @GetMapping("/calls/addresses")
    @Guarded(Permission.CALL_HANDLE)
    String addresses(@RequestParam(defaultValue = "") String addressQuery, Model model) {
        model.addAttribute("places", directory.findAddresses(actors.require(), addressQuery, 8, CALL_HANDLING));
        return "contact/call :: addresses";
    }

    @GetMapping("/calls/people")
    @Guarded(Permission.CALL_HANDLE)
    String people(@RequestParam(defaultValue = "") String personQuery, Model model) {
        model.addAttribute(
                "matches",
                personQuery.trim().length() < 2
                        ? List.of()
                        : directory.findPeople(actors.require(), personQuery, "Call handling: naming a person"));
        return "contact/call :: people";
    }

    @GetMapping("/calls/context-panel")
    @Guarded(Permission.CALL_HANDLE)
    String contextPanel(
            @RequestParam(required = false) Long locationId,
            @RequestParam(required = false) Double latitude,
            @RequestParam(required = false) Double longitude,
            @RequestParam(name = "personIds", required = false) List<Long> personIds,
            Model model) {
        List<Long> named = personIds == null ? List.of() : personIds;
        if (locationId == null && (latitude == null || longitude == null) && named.isEmpty()) {
            model.addAttribute("ctx", null);
        } else {
            model.addAttribute(
                    "ctx", context.around(actors.require(), locationId, latitude, longitude, named, CALL_HANDLING));
        }
        return "contact/call :: context";
    }

    @PostMapping("/calls/proposal")
    @Guarded(Permission.CALL_HANDLE)
    String proposal(@ModelAttribute("form") CallForm form, Model model) {
        try {
            String code = calls.propose(form.thrive());
            model.addAttribute("proposed", grades.require(code));
        } catch (IllegalArgumentException e) {
            model.addAttribute("proposed", null);
        }
        return "contact/call :: proposal";
    }

    private String page(Model model, CallForm form, String error) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("grades", grades.grades());
        model.addAttribute(
                "callTypes",
                List.of(
                        "ASSAULT",
                        "BURGLARY",
                        "THEFT",
                        "ROBBERY",
                        "DOMESTIC",
                        "CRIMINAL_DAMAGE",
                        "CONCERN_FOR_WELFARE",
                        "SUSPICIOUS_ACTIVITY",
                        "ROAD_TRAFFIC_COLLISION",
                        "ANTI_SOCIAL_BEHAVIOUR",
                        "MISSING_PERSON",
                        "OTHER"));
        try {
            model.addAttribute("proposed", grades.require(calls.propose(form.thrive())));
        } catch (IllegalArgumentException e) {
            model.addAttribute("proposed", null);
        }
        if (form.locationId() != null
                || (form.latitude() != null && form.longitude() != null)
                || !form.namedPeople().isEmpty()) {
            model.addAttribute(
                    "ctx",
                    context.around(
                            actors.require(),
                            form.locationId(),
                            form.latitude(),
                            form.longitude(),
                            form.namedPeople(),
                            CALL_HANDLING));
        }
        return "contact/call";
    }
}
