package org.constable.custody.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.constable.custody.application.CustodyCareDesk;
import org.constable.custody.domain.RightsOccasion;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The care forms of a custody record (rights, solicitor, person told, interpreter, property, meals, medical, visitors, interviews); each answers with the record. */
@Controller
@RequestMapping("/custody/detentions/{id}")
class CareForms {

    private final CustodyCareDesk desk;
    private final CurrentActor actors;

    CareForms(CustodyCareDesk desk, CurrentActor actors) {
        this.desk = desk;
        this.actors = actors;
    }

    @PostMapping("/rights")
    @Guarded(Permission.CUSTODY_RECORD)
    String rights(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable RightsOccasion occasion,
            @RequestParam(defaultValue = "false") boolean codesOffered) {
        desk.giveRights(actors.require(), id, occasion, codesOffered);
        return back(id);
    }

    @PostMapping("/legal-advice")
    @Guarded(Permission.CUSTODY_RECORD)
    String legalAdvice(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Boolean requested,
            @RequestParam(required = false) @Nullable String solicitor,
            @RequestParam(required = false) @Nullable String note) {
        desk.legalAdvice(actors.require(), id, requested, solicitor, note);
        return back(id);
    }

    @PostMapping("/solicitor")
    @Guarded(Permission.CUSTODY_RECORD)
    String solicitor(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Boolean arrived,
            @RequestParam(required = false) @Nullable String solicitor,
            @RequestParam(required = false) @Nullable String at) {
        desk.solicitor(actors.require(), id, arrived, solicitor, time(at, "at"));
        return back(id);
    }

    @PostMapping("/informing")
    @Guarded(Permission.CUSTODY_RECORD)
    String inform(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String who,
            @RequestParam(defaultValue = "REQUESTED") String step,
            @RequestParam(required = false) @Nullable String at) {
        switch (step) {
            case "INFORMED" -> desk.personInformed(actors.require(), id, who, time(at, "at"));
            case "DELAYED" ->
                throw new InvalidInput(
                        "step",
                        "A delay in telling someone is recorded on the custody record by the inspector who authorises it.");
            default -> desk.informRequested(actors.require(), id, who);
        }
        return back(id);
    }

    @PostMapping("/appropriate-adult-arrival")
    @Guarded(Permission.CUSTODY_RECORD)
    String adultArrived(@PathVariable long id, @RequestParam(required = false) @Nullable String at) {
        desk.appropriateAdultArrived(actors.require(), id, time(at, "arrivedAt"));
        return back(id);
    }

    /** PACE s.56(2): the inspector (or above) authorises and records the delay themselves (ADR 0071). */
    @PostMapping("/informing-delay")
    @Guarded(Permission.CUSTODY_REVIEW)
    String delayInforming(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String who,
            @RequestParam(required = false) @Nullable String grounds) {
        desk.delayInforming(actors.require(), id, who, grounds);
        return back(id);
    }

    @PostMapping("/interpreter")
    @Guarded(Permission.CUSTODY_RECORD)
    String interpreter(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String interpreter,
            @RequestParam(required = false) @Nullable String at) {
        desk.interpreter(actors.require(), id, language, interpreter, time(at, "at"));
        return back(id);
    }

    @PostMapping("/property")
    @Guarded(Permission.CUSTODY_RECORD)
    String property(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable String bag) {
        desk.propertyTaken(actors.require(), id, description, bag);
        return back(id);
    }

    @PostMapping("/property/{item}/outcome")
    @Guarded(Permission.CUSTODY_RECORD)
    String propertyOutcome(
            @PathVariable long id,
            @PathVariable int item,
            @RequestParam(required = false) @Nullable Boolean retained,
            @RequestParam(required = false) @Nullable String note) {
        desk.propertyDealtWith(actors.require(), id, item, retained, note);
        return back(id);
    }

    @PostMapping("/meals")
    @Guarded(Permission.CUSTODY_RECORD)
    String meal(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String offered,
            @RequestParam(defaultValue = "false") boolean refused) {
        desk.meal(actors.require(), id, offered, !refused);
        return back(id);
    }

    @PostMapping("/medical")
    @Guarded(Permission.CUSTODY_RECORD)
    String medical(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String professional,
            @RequestParam(defaultValue = "false") boolean seen,
            @RequestParam(required = false) @Nullable String said,
            @RequestParam(required = false) @Nullable String fitToDetain,
            @RequestParam(required = false) @Nullable String fitToInterview) {
        desk.medical(actors.require(), id, professional, seen, said, yesNo(fitToDetain), yesNo(fitToInterview));
        return back(id);
    }

    @PostMapping("/visitors")
    @Guarded(Permission.CUSTODY_RECORD)
    String visitor(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String who,
            @RequestParam(required = false) @Nullable String purpose) {
        desk.visitor(actors.require(), id, who, purpose);
        return back(id);
    }

    @PostMapping("/interviews")
    @Guarded(Permission.CUSTODY_RECORD)
    String interview(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String scheduledFor,
            @RequestParam(required = false) @Nullable String officer) {
        desk.scheduleInterview(actors.require(), id, time(scheduledFor, "scheduledFor"), officer);
        return back(id);
    }

    @PostMapping("/interviews/{n}/start")
    @Guarded(Permission.CUSTODY_RECORD)
    String start(
            @PathVariable long id,
            @PathVariable int n,
            @RequestParam(defaultValue = "false") boolean solicitorPresent,
            @RequestParam(defaultValue = "false") boolean appropriateAdultPresent,
            @RequestParam(defaultValue = "false") boolean interpreterPresent,
            @RequestParam(required = false) @Nullable String groundsToProceed) {
        desk.startInterview(
                actors.require(),
                id,
                n,
                solicitorPresent,
                appropriateAdultPresent,
                interpreterPresent,
                groundsToProceed);
        return back(id);
    }

    @PostMapping("/interviews/{n}/end")
    @Guarded(Permission.CUSTODY_RECORD)
    String end(
            @PathVariable long id,
            @PathVariable int n,
            @RequestParam(required = false) @Nullable String recordingReference) {
        desk.endInterview(actors.require(), id, n, recordingReference);
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/custody/detentions/" + id;
    }

    private static @Nullable Boolean yesNo(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "yes".equals(text);
    }

    private static @Nullable Instant time(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(ForceTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "Give the time as a date and time, e.g. 2026-11-20T14:30.");
        }
    }
}
