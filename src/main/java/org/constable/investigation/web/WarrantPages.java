package org.constable.investigation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.constable.identity.AccessPolicy;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.investigation.application.InvestigationAssignments;
import org.constable.investigation.application.WarrantQueries;
import org.constable.investigation.application.Warrants;
import org.constable.investigation.domain.Deadline;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The warrants of an investigation, one warrant with its court decision, execution and return, the
 * expiry and return queue, and changing an investigation's officer in charge or supervisor. A refused
 * form comes back with the words of the refusal, changing nothing.
 */
@Controller
class WarrantPages {

    static final String WARRANTS = "Warrants of an investigation";
    static final String WARRANT = "Warrant";
    static final String QUEUE = "Warrant expiry and return queue";
    static final String ASSIGNMENT = "Officer in charge of an investigation";

    private final Warrants warrants;
    private final WarrantQueries queries;
    private final InvestigationAssignments assignments;
    private final CurrentActor actors;
    private final AccessPolicy policy;

    WarrantPages(
            Warrants warrants,
            WarrantQueries queries,
            InvestigationAssignments assignments,
            CurrentActor actors,
            AccessPolicy policy) {
        this.warrants = warrants;
        this.queries = queries;
        this.assignments = assignments;
        this.actors = actors;
        this.policy = policy;
    }

    @GetMapping("/investigations/warrants")
    @Guarded(Permission.INVESTIGATION_READ)
    String queue(Model model) {
        model.addAttribute("queue", queries.queue(actors.require(), QUEUE));
        return "investigation/warrant-queue";
    }

    @GetMapping("/investigations/{id}/warrants")
    @Guarded(Permission.INVESTIGATION_READ)
    String ofInvestigation(@PathVariable long id, Model model) {
        model.addAttribute("list", queries.ofInvestigation(actors.require(), id, WARRANTS));
        return "investigation/warrants";
    }

    @PostMapping("/investigations/{id}/warrants")
    @Guarded(Permission.INVESTIGATION_WORK)
    String apply(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String grounds,
            @RequestParam(required = false) String premises,
            @RequestParam(required = false) String court,
            Model model,
            HttpServletResponse response) {
        try {
            var applied = warrants.apply(
                    actors.require(), id, new Warrants.Application(kind, grounds, premises, null, court));
            return "redirect:/investigations/warrants/" + applied.id();
        } catch (InvalidInput | Conflict e) {
            refused(e, model, response);
            return ofInvestigation(id, model);
        }
    }

    @GetMapping("/investigations/warrants/{id}")
    @Guarded(Permission.INVESTIGATION_READ)
    String warrant(@PathVariable long id, Model model) {
        model.addAttribute("page", queries.warrant(actors.require(), id, WARRANT));
        return "investigation/warrant";
    }

    @PostMapping("/investigations/warrants/{id}/decision")
    @Guarded(Permission.INVESTIGATION_WORK)
    String decide(
            @PathVariable long id,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response) {
        return onWarrant(id, model, response, () -> {
            Boolean issued = decision == null ? null : decision.equals("issued");
            warrants.decide(actors.require(), id, new Warrants.Decision(issued, day(on, "on"), note));
        });
    }

    @PostMapping("/investigations/warrants/{id}/execution")
    @Guarded(Permission.INVESTIGATION_WORK)
    String execute(
            @PathVariable long id,
            @RequestParam(required = false) String at,
            @RequestParam(required = false) String executedBy,
            @RequestParam(required = false) String found,
            @RequestParam(required = false) List<Long> exhibitId,
            Model model,
            HttpServletResponse response) {
        return onWarrant(
                id,
                model,
                response,
                () -> warrants.execute(
                        actors.require(),
                        id,
                        new Warrants.Execution(
                                time(at), executedBy, found, exhibitId == null ? List.of() : exhibitId)));
    }

    @PostMapping("/investigations/warrants/{id}/return")
    @Guarded(Permission.INVESTIGATION_WORK)
    String returned(
            @PathVariable long id,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response) {
        return onWarrant(
                id,
                model,
                response,
                () -> warrants.returned(actors.require(), id, new Warrants.Return(day(on, "on"), note)));
    }

    @GetMapping("/investigations/{id}/assignment")
    @Guarded(Permission.INVESTIGATION_READ)
    String assignment(@PathVariable long id, Model model) {
        model.addAttribute("investigationId", id);
        model.addAttribute("history", assignments.history(actors.require(), id, ASSIGNMENT));
        model.addAttribute("mayChange", policy.allows(actors.require(), Permission.INVESTIGATION_REVIEW));
        return "investigation/assignment";
    }

    @PostMapping("/investigations/{id}/assignment")
    @Guarded(Permission.INVESTIGATION_REVIEW)
    String assign(
            @PathVariable long id,
            @RequestParam(required = false) String officerInCharge,
            @RequestParam(required = false) String supervisor,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response) {
        try {
            assignments.change(
                    actors.require(), id, new InvestigationAssignments.Change(officerInCharge, supervisor, reason));
        } catch (InvalidInput | Conflict e) {
            refused(e, model, response);
            return assignment(id, model);
        }
        return "redirect:/investigations/" + id;
    }

    private String onWarrant(long id, Model model, HttpServletResponse response, Runnable change) {
        try {
            change.run();
        } catch (InvalidInput | Conflict e) {
            refused(e, model, response);
            return warrant(id, model);
        }
        return "redirect:/investigations/warrants/" + id;
    }

    private static void refused(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(
                e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", e.getMessage());
    }

    private static @Nullable LocalDate day(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "Give the day as a date, e.g. 2026-12-24.");
        }
    }

    /** A local date and time from the form (Europe/London); empty is now. */
    private static java.time.@Nullable Instant time(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip())
                    .atZone(Deadline.ENGLAND_AND_WALES)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("at", "Give the time as a date and time, e.g. 2026-12-24T06:30.");
        }
    }
}
