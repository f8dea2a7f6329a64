package org.constable.dispatch.web;

import java.util.List;
import org.constable.dispatch.application.DispatchViews;
import org.constable.dispatch.application.IncidentBriefing;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.dispatch.application.IncidentQueries;
import org.constable.dispatch.domain.AssignmentStatus;
import org.constable.dispatch.domain.UnitStatus;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The officer's phone: warnings first, then the job and the status buttons, the people, the history
 * and the log. It redraws itself when its unit or its incident changes (the stream), so a new
 * assignment appears without a reload.
 */
@Controller
class OfficerPages {

    private static final String PURPOSE = "Attending incident";

    private final IncidentQueries queries;
    private final IncidentCommands commands;
    private final IncidentBriefing briefing;
    private final org.constable.dispatch.Incidents incidents;
    private final OfficerStream stream;
    private final CurrentActor actors;
    private final java.time.Clock clock;

    OfficerPages(
            IncidentQueries queries,
            IncidentCommands commands,
            IncidentBriefing briefing,
            org.constable.dispatch.Incidents incidents,
            OfficerStream stream,
            CurrentActor actors,
            java.time.Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.briefing = briefing;
        this.incidents = incidents;
        this.stream = stream;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/officer")
    @Guarded(Permission.UNIT_STATUS)
    String officer(Model model) {
        fill(actors.require(), model);
        return "dispatch/officer";
    }

    /** What the phone redraws when its stream says something changed. */
    @GetMapping("/officer/live")
    @Guarded(Permission.UNIT_STATUS)
    String live(Model model) {
        fill(actors.require(), model);
        return "dispatch/officer :: live";
    }

    @GetMapping(path = "/officer/stream", produces = "text/event-stream")
    @Guarded(Permission.UNIT_STATUS)
    SseEmitter stream() {
        return stream.subscribe(queries.crewedUnit(actors.require())
                .map(DispatchViews.UnitLine::id)
                .orElse(null));
    }

    private void fill(Actor actor, Model model) {
        var unit = queries.crewedUnit(actor);
        model.addAttribute("unit", unit.orElse(null));
        model.addAttribute("now", clock.instant());
        unit.flatMap(u -> queries.activeAssignment(u.id())).ifPresent(a -> {
            var view = queries.incident(actor, a.incidentId(), PURPOSE);
            model.addAttribute("assignment", a);
            model.addAttribute("view", view);
            model.addAttribute(
                    "briefing",
                    briefing.of(
                            actor,
                            view.incident(),
                            PURPOSE + " " + view.incident().reference(),
                            view.placeDisclosed()));
            var i = view.incident();
            var at = i.point();
            model.addAttribute(
                    "history",
                    at == null
                            ? List.of()
                            : incidents.near(actor, at, 150, 8).stream()
                                    .filter(h -> h.id() != i.id())
                                    .toList());
        });
        model.addAttribute("statuses", List.of(UnitStatus.AVAILABLE, UnitStatus.REFRESHMENT, UnitStatus.OFF_DUTY));
    }

    @PostMapping("/officer/progress")
    @Guarded(Permission.UNIT_STATUS)
    String progress(@RequestParam AssignmentStatus status) {
        var actor = actors.require();
        long unitId = myUnit(actor);
        commands.progress(actor, unitId, status);
        return "redirect:/officer";
    }

    @PostMapping("/officer/status")
    @Guarded(Permission.UNIT_STATUS)
    String status(@RequestParam UnitStatus status) {
        var actor = actors.require();
        long unitId = myUnit(actor);
        commands.setUnitStatus(actor, unitId, status);
        return "redirect:/officer";
    }

    @PostMapping("/officer/log")
    @Guarded(Permission.INCIDENT_LOG_WRITE)
    String log(@RequestParam long incidentId, @RequestParam String text) {
        commands.addLogEntry(actors.require(), incidentId, text);
        return "redirect:/officer";
    }

    private long myUnit(Actor actor) {
        return queries.crewedUnit(actor)
                .map(DispatchViews.UnitLine::id)
                .orElseThrow(
                        () -> new org.constable.shared.Conflict("You are not crewed on a unit: ask the dispatcher."));
    }
}
