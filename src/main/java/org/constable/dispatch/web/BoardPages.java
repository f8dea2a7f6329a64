package org.constable.dispatch.web;

import java.util.List;
import org.constable.dispatch.ClosingClassifications;
import org.constable.dispatch.GradeCatalogue;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.dispatch.application.IncidentQueries;
import org.constable.dispatch.application.Recommendation;
import org.constable.identity.AccessPolicy;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dispatcher's live board and the incident page. */
@Controller
class BoardPages {

    /** The purpose the board's function fixes: it is read to handle live incidents. */
    static final String LIVE_INCIDENT_HANDLING = "Live incident handling";

    private final IncidentQueries queries;
    private final IncidentCommands commands;
    private final Recommendation recommendation;
    private final GradeCatalogue grades;
    private final ClosingClassifications closings;
    private final AccessPolicy policy;
    private final CurrentActor actors;
    private final String tileUrl;

    BoardPages(
            IncidentQueries queries,
            IncidentCommands commands,
            Recommendation recommendation,
            GradeCatalogue grades,
            ClosingClassifications closings,
            AccessPolicy policy,
            CurrentActor actors,
            @Value("${constable.map.tile-url:}") String tileUrl) {
        this.queries = queries;
        this.commands = commands;
        this.recommendation = recommendation;
        this.grades = grades;
        this.closings = closings;
        this.policy = policy;
        this.actors = actors;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/board")
    @Guarded(Permission.DISPATCH)
    String board(Model model) {
        model.addAttribute("board", queries.board(actors.require(), LIVE_INCIDENT_HANDLING));
        model.addAttribute("tileUrl", tileUrl);
        return "dispatch/board";
    }

    /** Puts an officer (by username) on a unit's crew, so their phone shows the unit's work. */
    @PostMapping("/board/crew")
    @Guarded(Permission.DISPATCH)
    String crew(@RequestParam String username, @RequestParam String callsign, Model model) {
        var actor = actors.require();
        var officer = actors.load(username.trim().toLowerCase())
                .orElseThrow(() -> new IllegalArgumentException("No active user '" + username.trim() + "'."));
        commands.crew(actor, callsign, officer.userId());
        return "redirect:/board";
    }

    @GetMapping("/board/live")
    @Guarded(Permission.DISPATCH)
    String live(Model model) {
        model.addAttribute("board", queries.board(actors.require(), LIVE_INCIDENT_HANDLING));
        return "dispatch/board :: live";
    }

    @GetMapping("/incidents/{id}")
    @Guarded(value = Permission.INCIDENT_READ, orByRuleOnRecord = "incident")
    String incident(
            @PathVariable long id,
            @RequestParam(required = false) String recorded,
            @RequestParam(defaultValue = "Command and control") String purpose,
            Model model) {
        var actor = actors.require();
        var view = queries.incident(actor, id, purpose);
        model.addAttribute("view", view);
        model.addAttribute(
                "closedAs",
                view.incident().closingClassification() == null
                        ? null
                        : closings.find(view.incident().closingClassification())
                                .map(ClosingClassifications.Classification::label)
                                .orElse(view.incident().closingClassification()));
        model.addAttribute("recorded", recorded);
        model.addAttribute("canDispatch", policy.allows(actor, Permission.DISPATCH));
        if (policy.allows(actor, Permission.DISPATCH)) {
            model.addAttribute("recommended", recommendation.forIncident(actor, id, 5));
        }
        model.addAttribute("grades", grades.grades());
        model.addAttribute("closings", closings.classifications());
        return "dispatch/incident";
    }

    @PostMapping("/incidents/{id}/assign")
    @Guarded(Permission.DISPATCH)
    String assign(@PathVariable long id, @RequestParam(name = "unitId", required = false) List<Long> unitIds) {
        commands.assign(actors.require(), id, unitIds == null ? List.of() : unitIds);
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/incidents/{id}/log")
    @Guarded(Permission.INCIDENT_LOG_WRITE)
    String log(@PathVariable long id, @RequestParam String text) {
        commands.addLogEntry(actors.require(), id, text);
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/incidents/{id}/grade")
    @Guarded(Permission.DISPATCH)
    String grade(@PathVariable long id, @RequestParam String grade, @RequestParam(required = false) String reason) {
        commands.changeGrade(actors.require(), id, grade, reason);
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/incidents/{id}/close")
    @Guarded(Permission.DISPATCH)
    String close(
            @PathVariable long id, @RequestParam String classification, @RequestParam(required = false) String note) {
        commands.close(actors.require(), id, classification, note);
        return "redirect:/incidents/" + id;
    }
}
