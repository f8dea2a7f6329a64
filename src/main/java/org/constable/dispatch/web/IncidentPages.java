package org.constable.dispatch.web;

import java.util.List;
import org.constable.dispatch.ClosingClassifications;
import org.constable.dispatch.GradeCatalogue;
import org.constable.dispatch.application.IncidentBriefing;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.dispatch.application.IncidentQueries;
import org.constable.dispatch.application.Recommendation;
import org.constable.dispatch.application.UnitDeployment;
import org.constable.identity.AccessPolicy;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.Conflict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The incident page: warnings first, then what happened and who called, the units (recommended,
 * every other available one, and those on it, each of which can be stood down or re-assigned),
 * the log, grade and closing. A refused action shows the page again with the reason, never an
 * error page.
 */
@Controller
class IncidentPages {

    private static final String PURPOSE = "Command and control";

    private final IncidentQueries queries;
    private final IncidentCommands commands;
    private final UnitDeployment deployment;
    private final IncidentBriefing briefing;
    private final Recommendation recommendation;
    private final GradeCatalogue grades;
    private final ClosingClassifications closings;
    private final AccessPolicy policy;
    private final CurrentActor actors;
    private final java.time.Clock clock;

    IncidentPages(
            IncidentQueries queries,
            IncidentCommands commands,
            UnitDeployment deployment,
            IncidentBriefing briefing,
            Recommendation recommendation,
            GradeCatalogue grades,
            ClosingClassifications closings,
            AccessPolicy policy,
            CurrentActor actors,
            java.time.Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.commands = commands;
        this.deployment = deployment;
        this.briefing = briefing;
        this.recommendation = recommendation;
        this.grades = grades;
        this.closings = closings;
        this.policy = policy;
        this.actors = actors;
    }

    /** Also the officer in charge of a crime linked to the incident, by crime's record access rule. */
    @GetMapping("/incidents/{id}")
    @Guarded(value = Permission.INCIDENT_READ, orByRuleOnRecord = "incident")
    String incident(
            @PathVariable long id,
            @RequestParam(required = false) String recorded,
            @RequestParam(required = false) String purpose,
            Model model) {
        model.addAttribute("recorded", recorded);
        return page(id, model, purpose == null || purpose.isBlank() ? PURPOSE : purpose);
    }

    private String page(long id, Model model) {
        return page(id, model, PURPOSE);
    }

    private String page(long id, Model model, String purpose) {
        var actor = actors.require();
        var view = queries.incident(actor, id, purpose);
        model.addAttribute("view", view);
        model.addAttribute("now", clock.instant());
        model.addAttribute("briefing", briefing.of(actor, view.incident(), purpose));
        model.addAttribute(
                "closedAs",
                view.incident().closingClassification() == null
                        ? null
                        : closings.find(view.incident().closingClassification())
                                .map(ClosingClassifications.Classification::label)
                                .orElse(view.incident().closingClassification()));
        boolean canDispatch = policy.allows(actor, Permission.DISPATCH);
        model.addAttribute("canDispatch", canDispatch);
        model.addAttribute("mayRefer", policy.allows(actor, Permission.SAFEGUARDING_REFER));
        if (canDispatch && view.incident().open()) {
            model.addAttribute("advice", recommendation.advise(actor, id, 5));
            model.addAttribute("otherIncidents", queries.otherOpenIncidents(actor, id));
        }
        model.addAttribute(
                "stillAssigned",
                view.assignments().stream().filter(a -> a.active()).toList());
        model.addAttribute("grades", grades.grades());
        model.addAttribute("closings", closings.classifications());
        return "dispatch/incident";
    }

    /** Runs a dispatcher's action; a refusal (unit no longer free, incident closed) comes back on the page. */
    private String act(long id, Model model, String errorAttribute, Runnable action) {
        try {
            action.run();
            return "redirect:/incidents/" + id;
        } catch (Conflict | IllegalArgumentException e) {
            model.addAttribute(errorAttribute, e.getMessage());
            return page(id, model);
        }
    }

    @PostMapping("/incidents/{id}/assign")
    @Guarded(Permission.DISPATCH)
    String assign(
            @PathVariable long id, @RequestParam(name = "unitId", required = false) List<Long> unitIds, Model model) {
        return act(
                id,
                model,
                "assignError",
                () -> commands.assign(actors.require(), id, unitIds == null ? List.of() : unitIds));
    }

    @PostMapping("/incidents/{id}/stand-down")
    @Guarded(Permission.DISPATCH)
    String standDown(
            @PathVariable long id,
            @RequestParam long unitId,
            @RequestParam(required = false) String reason,
            Model model) {
        return act(id, model, "unitsError", () -> deployment.standDown(actors.require(), id, unitId, reason));
    }

    @PostMapping("/incidents/{id}/reassign")
    @Guarded(Permission.DISPATCH)
    String reassign(
            @PathVariable long id,
            @RequestParam long unitId,
            @RequestParam(required = false) Long toIncidentId,
            Model model) {
        if (toIncidentId == null) {
            model.addAttribute("unitsError", "Choose the incident to re-assign the unit to.");
            return page(id, model);
        }
        return act(id, model, "unitsError", () -> deployment.reassign(actors.require(), unitId, toIncidentId, null));
    }

    @PostMapping("/incidents/{id}/log")
    @Guarded(Permission.INCIDENT_LOG_WRITE)
    String log(@PathVariable long id, @RequestParam String text, Model model) {
        return act(id, model, "logError", () -> commands.addLogEntry(actors.require(), id, text));
    }

    @PostMapping("/incidents/{id}/grade")
    @Guarded(Permission.DISPATCH)
    String grade(
            @PathVariable long id,
            @RequestParam String grade,
            @RequestParam(required = false) String reason,
            Model model) {
        return act(id, model, "gradeError", () -> commands.changeGrade(actors.require(), id, grade, reason));
    }

    @PostMapping("/incidents/{id}/close")
    @Guarded(Permission.DISPATCH)
    String close(
            @PathVariable long id,
            @RequestParam String classification,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean clearUnits,
            Model model) {
        // kept for the page drawn again on a refusal, so the choice is not lost
        model.addAttribute("chosenClassification", classification);
        model.addAttribute("closingNote", note);
        return act(
                id, model, "closeError", () -> commands.close(actors.require(), id, classification, note, clearUnits));
    }
}
