package org.constable.investigation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.investigation.application.VictimCare;
import org.constable.investigation.application.VictimCareQueries;
import org.constable.investigation.domain.CaseEventKind;
import org.constable.investigation.domain.ContactKind;
import org.constable.investigation.domain.Deadline;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officer's Victims' Code list (and the supervisor's team list), and a crime's victim care with its forms. */
@Controller
class VictimCarePages {

    private static final String PURPOSE = "Victim care";

    /** The purpose the due lists' function fixes. */
    static final String DUE_LIST = "Victims' Code due list";

    private final VictimCare care;
    private final VictimCareQueries queries;
    private final CurrentActor actors;

    VictimCarePages(VictimCare care, VictimCareQueries queries, CurrentActor actors) {
        this.care = care;
        this.queries = queries;
        this.actors = actors;
    }

    @GetMapping("/victim-care")
    @Guarded(Permission.VICTIM_CARE)
    String mine(Model model) {
        model.addAttribute("list", queries.mine(actors.require(), DUE_LIST));
        return "investigation/due";
    }

    @GetMapping("/victim-care/team")
    @Guarded(Permission.VICTIM_CARE_OVERSIGHT)
    String team(Model model) {
        model.addAttribute("list", queries.team(actors.require(), DUE_LIST));
        return "investigation/due";
    }

    @GetMapping("/victim-care/crimes/{crimeId}")
    @Guarded(Permission.VICTIM_CARE)
    String crime(@PathVariable long crimeId, Model model) {
        return crimePage(crimeId, model);
    }

    @PostMapping("/victim-care/crimes/{crimeId}/events")
    @Guarded(Permission.VICTIM_CARE)
    String event(
            @PathVariable long crimeId,
            @RequestParam(required = false) CaseEventKind kind,
            @RequestParam(required = false) String occurredAt,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response) {
        try {
            care.recordEvent(actors.require(), crimeId, kind, localTime(occurredAt, "occurredAt"), note);
        } catch (InvalidInput e) {
            return formError(crimeId, e, model, response);
        }
        return "redirect:/victim-care/crimes/" + crimeId;
    }

    @PostMapping("/victim-care/{victimCareId}/contacts")
    @Guarded(Permission.VICTIM_CARE)
    String contact(
            @PathVariable long victimCareId,
            @RequestParam long crimeId,
            @RequestParam(required = false) ContactKind kind,
            @RequestParam(required = false) String contactedAt,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response) {
        try {
            care.recordContact(actors.require(), victimCareId, kind, localTime(contactedAt, "contactedAt"), note);
        } catch (InvalidInput e) {
            return formError(crimeId, e, model, response);
        }
        return "redirect:/victim-care/crimes/" + crimeId;
    }

    private String formError(long crimeId, IllegalArgumentException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", e.getMessage());
        return crimePage(crimeId, model);
    }

    private String crimePage(long crimeId, Model model) {
        model.addAttribute("care", queries.crime(actors.require(), crimeId, PURPOSE));
        model.addAttribute("eventKinds", CaseEventKind.values());
        model.addAttribute("contactKinds", ContactKind.values());
        return "investigation/crime";
    }

    /** A time typed on the form is local time in England and Wales; empty means now. */
    private static @Nullable Instant localTime(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip())
                    .atZone(Deadline.ENGLAND_AND_WALES)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "Give the time as a date and time, e.g. 2026-11-20T14:30.");
        }
    }
}
