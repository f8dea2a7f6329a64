package org.constable.contact.web;

import java.util.List;
import org.constable.contact.application.CallTaking;
import org.constable.contact.application.LocationContext;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.Level;
import org.constable.dispatch.CallTypes;
import org.constable.dispatch.GradeCatalogue;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.PoleDirectory;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The call handler's screen: keyboard first, history and warnings as soon as a place is set. People
 * are found with the person search (its own endpoint, loaded into the page); the form keeps all that
 * was typed on any error, and its key makes a repeated submit record the call once.
 */
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
        Actor actor = actors.require();
        try {
            return recorded(calls.record(actor, form.toCall()));
        } catch (DuplicateKeyException sameKeyAtOnce) {
            // the same form submitted twice at the same moment: the other submit recorded it
            return calls.alreadyRecorded(actor, form.submissionKey())
                    .map(CallPages::recorded)
                    .orElseThrow(() -> sameKeyAtOnce);
        } catch (InvalidInput | org.constable.shared.Conflict | org.constable.shared.RecordNotFound e) {
            return page(model, form, e.getMessage());
        }
    }

    private static String recorded(CallTaking.Recorded recorded) {
        return "redirect:/incidents/" + recorded.incidentId() + "?recorded=" + recorded.reference();
    }

    @GetMapping("/calls/addresses")
    @Guarded(Permission.CALL_HANDLE)
    String addresses(@RequestParam(defaultValue = "") String addressQuery, Model model) {
        model.addAttribute("places", directory.findAddresses(actors.require(), addressQuery, 8, CALL_HANDLING));
        return "contact/call :: addresses";
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
        model.addAttribute("proposed", proposed(form));
        return "contact/call :: proposal";
    }

    private org.constable.dispatch.@Nullable Grade proposed(CallForm form) {
        if (!form.thriveComplete()) {
            return null;
        }
        try {
            return grades.require(calls.propose(form.thrive()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String page(Model model, CallForm form, @Nullable String error) {
        Actor actor = actors.require();
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("channels", Channel.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("grades", grades.grades());
        model.addAttribute("callTypes", CallTypes.STANDARD);
        model.addAttribute("proposed", proposed(form));
        model.addAttribute("namedPeople", directory.people(actor, form.namedPeople(), CALL_HANDLING));
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
