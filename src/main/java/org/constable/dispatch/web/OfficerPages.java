package org.constable.dispatch.web;

import java.util.List;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.dispatch.application.IncidentQueries;
import org.constable.dispatch.domain.AssignmentStatus;
import org.constable.dispatch.domain.UnitStatus;
import org.constable.dispatch.persistence.UnitStore;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.people.PoleDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officer's phone: warnings first, then the job, big status buttons, the log. */
@Controller
class OfficerPages {

    private final IncidentQueries queries;
    private final IncidentCommands commands;
    private final PoleDirectory directory;
    private final org.constable.dispatch.Incidents incidents;
    private final CurrentActor actors;

    OfficerPages(
            IncidentQueries queries,
            IncidentCommands commands,
            PoleDirectory directory,
            org.constable.dispatch.Incidents incidents,
            CurrentActor actors) {
        this.queries = queries;
        this.commands = commands;
        this.directory = directory;
        this.incidents = incidents;
        this.actors = actors;
    }

    @GetMapping("/officer")
    @Guarded(Permission.UNIT_STATUS)
    String officer(Model model) {
        var actor = actors.require();
        var unit = queries.crewedUnit(actor);
        model.addAttribute("unit", unit.orElse(null));
        unit.flatMap(u -> queries.activeAssignment(u.id())).ifPresent(a -> {
            var view = queries.incident(actor, a.incidentId(), "Attending incident");
            model.addAttribute("assignment", a);
            model.addAttribute("view", view);
            Long locationId = view.incident().locationId();
            String purpose = "Attending incident " + view.incident().reference();
            model.addAttribute(
                    "warnings",
                    locationId == null
                            ? List.of()
                            : view.placeDisclosed()
                                    // the address was disclosed to this crew when it was sent: so are its warnings
                                    ? directory.warningsAtDisclosedPlace(actor, locationId, purpose)
                                    : directory.warnings(actor, locationId, List.of(), purpose));
            var i = view.incident();
            model.addAttribute(
                    "history",
                    i.latitude() == null
                            ? List.of()
                            : incidents
                                    .near(actor, new org.constable.shared.GeoPoint(i.latitude(), i.longitude()), 150, 8)
                                    .stream()
                                    .filter(h -> h.id() != i.id())
                                    .toList());
        });
        model.addAttribute("statuses", List.of(UnitStatus.AVAILABLE, UnitStatus.REFRESHMENT, UnitStatus.OFF_DUTY));
        return "dispatch/officer";
    }

    @PostMapping("/officer/progress")
    @Guarded(Permission.UNIT_STATUS)
    String progress(@RequestParam AssignmentStatus status) {
        var actor = actors.require();
        long unitId = myUnit(actor);
        commands.progress(actor, unitId, status, unitId);
        return "redirect:/officer";
    }

    @PostMapping("/officer/status")
    @Guarded(Permission.UNIT_STATUS)
    String status(@RequestParam UnitStatus status) {
        var actor = actors.require();
        long unitId = myUnit(actor);
        commands.setUnitStatus(actor, unitId, status, unitId);
        return "redirect:/officer";
    }

    @PostMapping("/officer/log")
    @Guarded(Permission.INCIDENT_LOG_WRITE)
    String log(@RequestParam long incidentId, @RequestParam String text) {
        commands.addLogEntry(actors.require(), incidentId, text);
        return "redirect:/officer";
    }

    private long myUnit(org.constable.identity.Actor actor) {
        return queries.crewedUnit(actor)
                .map(UnitStore.UnitRow::id)
                .orElseThrow(
                        () -> new org.constable.shared.Conflict("You are not crewed on a unit: ask the dispatcher."));
    }
}
