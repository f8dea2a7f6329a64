package org.constable.investigation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.constable.crime.CrimesUnderInvestigation;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.investigation.application.InvestigationActions;
import org.constable.investigation.application.InvestigationActions.NewAction;
import org.constable.investigation.application.InvestigationFinalising;
import org.constable.investigation.application.InvestigationFinalising.CrimeOutcome;
import org.constable.investigation.application.InvestigationQueries;
import org.constable.investigation.application.Investigations;
import org.constable.investigation.application.SupervisoryReviews;
import org.constable.investigation.domain.ActionPriority;
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
 * The investigator's day, an investigation's page and the supervisor's review queue, with their
 * forms. A refused form comes back with the words of the refusal and what was typed is not saved.
 */
@Controller
class InvestigationPages {

    static final String DAY = "Investigator's day";
    static final String INVESTIGATION = "Investigation";
    static final String QUEUE = "Supervisory review queue";

    private final Investigations investigations;
    private final InvestigationActions actions;
    private final SupervisoryReviews reviews;
    private final InvestigationFinalising finalising;
    private final InvestigationQueries queries;
    private final CrimesUnderInvestigation crimes;
    private final CurrentActor actors;
    private final AccessPolicy policy;

    InvestigationPages(
            Investigations investigations,
            InvestigationActions actions,
            SupervisoryReviews reviews,
            InvestigationFinalising finalising,
            InvestigationQueries queries,
            CrimesUnderInvestigation crimes,
            CurrentActor actors,
            AccessPolicy policy) {
        this.policy = policy;
        this.investigations = investigations;
        this.actions = actions;
        this.reviews = reviews;
        this.finalising = finalising;
        this.queries = queries;
        this.crimes = crimes;
        this.actors = actors;
    }

    @GetMapping("/investigations")
    @Guarded(Permission.INVESTIGATION_READ)
    String day(Model model) {
        return dayPage(model, false);
    }

    @GetMapping("/investigations/team")
    @Guarded(Permission.INVESTIGATION_REVIEW)
    String team(Model model) {
        return dayPage(model, true);
    }

    @GetMapping("/investigations/reviews")
    @Guarded(Permission.INVESTIGATION_REVIEW)
    String queue(Model model) {
        model.addAttribute("queue", queries.reviewQueue(actors.require(), QUEUE));
        model.addAttribute("priorities", ActionPriority.values());
        return "investigation/reviews";
    }

    @GetMapping("/investigations/{id}")
    @Guarded(Permission.INVESTIGATION_READ)
    String investigation(@PathVariable long id, Model model) {
        return investigationPage(id, model);
    }

    @PostMapping("/investigations")
    @Guarded(Permission.INVESTIGATION_WORK)
    String open(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String crimeReferences,
            @RequestParam(required = false) String officerInCharge,
            @RequestParam(required = false) String supervisor,
            @RequestParam(required = false) String team,
            @RequestParam(required = false) String plan,
            Model model,
            HttpServletResponse response) {
        Actor actor = actors.require();
        try {
            List<Long> ids = new ArrayList<>();
            for (String ref : words(crimeReferences)) {
                ids.add(crimes.byReference(ref)
                        .orElseThrow(() -> new InvalidInput("crimeIds", "There is no crime " + ref + "."))
                        .id());
            }
            var opened = investigations.open(
                    actor,
                    new Investigations.OpenInvestigation(
                            title,
                            ids,
                            null,
                            officerInCharge == null || officerInCharge.isBlank() ? actor.username() : officerInCharge,
                            supervisor,
                            words(team),
                            plan));
            return "redirect:/investigations/" + opened.id();
        } catch (InvalidInput | Conflict e) {
            refused(e, model, response);
            return dayPage(model, false);
        }
    }

    @PostMapping("/investigations/{id}/plan")
    @Guarded(Permission.INVESTIGATION_WORK)
    String plan(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Integer basedOn,
            Model model,
            HttpServletResponse response) {
        return onInvestigation(
                id, model, response, () -> investigations.writePlan(actors.require(), id, text, basedOn));
    }

    @PostMapping("/investigations/{id}/lines")
    @Guarded(Permission.INVESTIGATION_WORK)
    String line(
            @PathVariable long id,
            @RequestParam(required = false) String description,
            Model model,
            HttpServletResponse response) {
        return onInvestigation(id, model, response, () -> investigations.addLine(actors.require(), id, description));
    }

    @PostMapping("/investigations/{id}/lines/{lineId}/closure")
    @Guarded(Permission.INVESTIGATION_WORK)
    String closeLine(
            @PathVariable long id,
            @PathVariable long lineId,
            @RequestParam(required = false) String result,
            Model model,
            HttpServletResponse response) {
        return onInvestigation(
                id, model, response, () -> investigations.closeLine(actors.require(), id, lineId, result));
    }

    @PostMapping("/investigations/{id}/actions")
    @Guarded(Permission.INVESTIGATION_WORK)
    String action(
            @PathVariable long id,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) ActionPriority priority,
            @RequestParam(required = false) String dueOn,
            Model model,
            HttpServletResponse response) {
        return onInvestigation(
                id,
                model,
                response,
                () -> actions.add(
                        actors.require(), id, new NewAction(description, owner, priority, day(dueOn, "dueOn"))));
    }

    @PostMapping("/investigations/actions/{actionId}/completion")
    @Guarded(Permission.INVESTIGATION_WORK)
    String complete(
            @PathVariable long actionId,
            @RequestParam long investigationId,
            @RequestParam(required = false) String result,
            @RequestParam(defaultValue = "investigation") String back,
            Model model,
            HttpServletResponse response) {
        return onAction(
                investigationId, back, model, response, () -> actions.complete(actors.require(), actionId, result));
    }

    @PostMapping("/investigations/actions/{actionId}/reassignment")
    @Guarded(Permission.INVESTIGATION_WORK)
    String reassign(
            @PathVariable long actionId,
            @RequestParam long investigationId,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "investigation") String back,
            Model model,
            HttpServletResponse response) {
        return onAction(
                investigationId,
                back,
                model,
                response,
                () -> actions.reassign(actors.require(), actionId, owner, reason));
    }

    @PostMapping("/investigations/{id}/reviews")
    @Guarded(Permission.INVESTIGATION_REVIEW)
    String review(
            @PathVariable long id,
            @RequestParam(required = false) String decisions,
            @RequestParam(required = false) String actionDescription,
            @RequestParam(required = false) String actionOwner,
            @RequestParam(required = false) ActionPriority actionPriority,
            @RequestParam(required = false) String actionDueOn,
            @RequestParam(defaultValue = "queue") String back,
            Model model,
            HttpServletResponse response) {
        try {
            List<NewAction> raised = actionDescription == null || actionDescription.isBlank()
                    ? List.of()
                    : List.of(new NewAction(
                            actionDescription, actionOwner, actionPriority, day(actionDueOn, "actions[0].dueOn")));
            reviews.record(actors.require(), id, decisions, raised);
        } catch (InvalidInput | Conflict e) {
            refused(e, model, response);
            if (back.equals("queue")) {
                return queue(model);
            }
            return investigationPage(id, model);
        }
        return back.equals("queue") ? "redirect:/investigations/reviews" : "redirect:/investigations/" + id;
    }

    @PostMapping("/investigations/{id}/finalisation")
    @Guarded(Permission.INVESTIGATION_WORK)
    String finalise(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> crimeId,
            @RequestParam(required = false) List<String> outcomeType,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response) {
        return onInvestigation(id, model, response, () -> {
            List<CrimeOutcome> outcomes = new ArrayList<>();
            List<Long> ids = crimeId == null ? List.of() : crimeId;
            for (int i = 0; i < ids.size(); i++) {
                String type = outcomeType == null || i >= outcomeType.size() ? null : outcomeType.get(i);
                outcomes.add(new CrimeOutcome(ids.get(i), type == null || type.isBlank() ? null : type));
            }
            finalising.finalise(actors.require(), id, outcomes, note);
        });
    }

    private String onInvestigation(long id, Model model, HttpServletResponse response, Runnable change) {
        try {
            change.run();
        } catch (InvalidInput | Conflict e) {
            refused(e, model, response);
            return investigationPage(id, model);
        }
        return "redirect:/investigations/" + id;
    }

    private String onAction(long id, String back, Model model, HttpServletResponse response, Runnable change) {
        boolean day = back.equals("day");
        try {
            change.run();
        } catch (InvalidInput | Conflict e) {
            refused(e, model, response);
            return day ? dayPage(model, false) : investigationPage(id, model);
        }
        return day ? "redirect:/investigations" : "redirect:/investigations/" + id;
    }

    private String dayPage(Model model, boolean team) {
        Actor actor = actors.require();
        model.addAttribute("day", team ? queries.teamDay(actor, DAY) : queries.myDay(actor, DAY));
        model.addAttribute("priorities", ActionPriority.values());
        return "investigation/day";
    }

    private String investigationPage(long id, Model model) {
        model.addAttribute("inv", queries.investigation(actors.require(), id, INVESTIGATION));
        model.addAttribute("priorities", ActionPriority.values());
        model.addAttribute("outcomeTypes", crimes.outcomeTypes());
        model.addAttribute("mayReview", policy.allows(actors.require(), Permission.INVESTIGATION_REVIEW));
        model.addAttribute("mayRefer", policy.allows(actors.require(), Permission.SAFEGUARDING_REFER));
        return "investigation/investigation";
    }

    private static void refused(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(
                e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", e.getMessage());
    }

    private static List<String> words(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("[\\s,;]+"));
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
}
