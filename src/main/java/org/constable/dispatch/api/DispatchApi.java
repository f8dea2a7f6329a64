package org.constable.dispatch.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.constable.audit.Purpose;
import org.constable.dispatch.application.IncidentCommands;
import org.constable.dispatch.application.IncidentQueries;
import org.constable.dispatch.application.Recommendation;
import org.constable.dispatch.application.UnitPositions;
import org.constable.dispatch.domain.AssignmentStatus;
import org.constable.dispatch.domain.UnitStatus;
import org.constable.dispatch.web.BoardStream;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Command and control over REST: the board, incidents, recommendation, assignment, unit status and AVL. */
@RestController
@RequestMapping("/api/v1")
class DispatchApi {

    record Assign(@NotEmpty @Size(max = 20) List<@NotNull @Positive Long> unitIds) {}

    record GradeChange(
            @NotBlank String grade,
            @NotBlank @Size(max = 1000) String reason) {}

    record LogText(@NotBlank @Size(max = 4000) String text) {}

    record Closure(
            @NotBlank String classification,
            @Size(max = 2000) String note,
            Boolean clearUnits) {}

    record StandDown(@Positive long unitId, @Size(max = 500) String reason) {}

    record Reassignment(
            @Positive long toIncidentId, @Size(max = 500) String reason) {}

    record Progress(@NotNull AssignmentStatus status) {}

    record StatusChange(@NotNull UnitStatus status) {}

    record Positions(@NotEmpty @Size(max = 5000) List<UnitPositions.@NotNull Position> positions) {}

    record Crew(@Positive long userId) {}

    private final IncidentQueries queries;
    private final IncidentCommands commands;
    private final Recommendation recommendation;
    private final org.constable.dispatch.application.UnitDeployment deployment;
    private final UnitPositions positions;
    private final BoardStream stream;
    private final CurrentActor actors;

    DispatchApi(
            IncidentQueries queries,
            IncidentCommands commands,
            Recommendation recommendation,
            org.constable.dispatch.application.UnitDeployment deployment,
            UnitPositions positions,
            BoardStream stream,
            CurrentActor actors) {
        this.queries = queries;
        this.commands = commands;
        this.recommendation = recommendation;
        this.deployment = deployment;
        this.positions = positions;
        this.stream = stream;
        this.actors = actors;
    }

    @GetMapping("/board")
    @Guarded(Permission.INCIDENT_READ)
    @io.swagger.v3.oas.annotations.Operation(
            summary = "The live board: open incidents, most urgent first, and every unit",
            description = "Each incident names the units on it in assignedUnits (unitId, callsign, the assignment's"
                    + " status ASSIGNED, EN_ROUTE or AT_SCENE, and statusLabel, its words). The older field units"
                    + " says the same as text, \"RV01 EN_ROUTE\" (callsign, a space, the status), and stays for the"
                    + " clients that read it; new clients read assignedUnits.")
    IncidentQueries.Board board(@Purpose String purpose) {
        return queries.board(actors.require(), purpose);
    }

    @GetMapping(path = "/board/stream", produces = "text/event-stream")
    @Guarded(Permission.INCIDENT_READ)
    SseEmitter boardStream(jakarta.servlet.http.HttpServletRequest request) {
        return stream.subscribe(actors.require().username(), org.constable.identity.SessionKeys.of(request));
    }

    /**
     * The same path asked for anything but an event stream: guarded like the stream, so a role without
     * the permission gets 403 rather than a 406 that would reveal the endpoint before the check.
     */
    @GetMapping("/board/stream")
    @Guarded(Permission.INCIDENT_READ)
    void boardStreamNotAcceptable() throws org.springframework.web.HttpMediaTypeNotAcceptableException {
        throw new org.springframework.web.HttpMediaTypeNotAcceptableException(
                List.of(org.springframework.http.MediaType.TEXT_EVENT_STREAM));
    }

    @GetMapping("/incidents/{id}")
    @Guarded(value = Permission.INCIDENT_READ, orByRuleOnRecord = "incident")
    DispatchResources.IncidentDetails incident(@PathVariable long id, @Purpose String purpose) {
        return DispatchResources.IncidentDetails.of(queries.incident(actors.require(), id, purpose));
    }

    @GetMapping("/incidents/{id}/recommendations")
    @Guarded(Permission.INCIDENT_READ)
    List<Recommendation.Recommended> recommend(@PathVariable long id, @RequestParam(defaultValue = "5") int limit) {
        return recommendation.forIncident(actors.require(), id, limit);
    }

    @PostMapping("/incidents/{id}/assignments")
    @Guarded(Permission.DISPATCH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@PathVariable long id, @Valid @RequestBody Assign body) {
        commands.assign(actors.require(), id, body.unitIds());
    }

    @PostMapping("/incidents/{id}/grade")
    @Guarded(Permission.DISPATCH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void grade(@PathVariable long id, @Valid @RequestBody GradeChange body) {
        commands.changeGrade(actors.require(), id, body.grade(), body.reason());
    }

    @PostMapping("/incidents/{id}/log")
    @Guarded(Permission.INCIDENT_LOG_WRITE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void log(@PathVariable long id, @Valid @RequestBody LogText body) {
        commands.addLogEntry(actors.require(), id, body.text());
    }

    @PostMapping("/incidents/{id}/closure")
    @Guarded(Permission.DISPATCH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(@PathVariable long id, @Valid @RequestBody Closure body) {
        commands.close(
                actors.require(), id, body.classification(), body.note(), Boolean.TRUE.equals(body.clearUnits()));
    }

    /** Takes a unit off the incident (un-assigns it if it had not set off); it becomes available. */
    @PostMapping("/incidents/{id}/stand-down")
    @Guarded(Permission.DISPATCH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void standDown(@PathVariable long id, @Valid @RequestBody StandDown body) {
        deployment.standDown(actors.require(), id, body.unitId(), body.reason());
    }

    /** Moves a unit from the incident it is on to another open incident, in one step. */
    @PostMapping("/units/{id}/reassignment")
    @Guarded(Permission.DISPATCH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reassign(@PathVariable long id, @Valid @RequestBody Reassignment body) {
        deployment.reassign(actors.require(), id, body.toIncidentId(), body.reason());
    }

    @GetMapping("/units")
    @Guarded(Permission.INCIDENT_READ)
    List<DispatchResources.Unit> units() {
        return queries.units().stream().map(DispatchResources.Unit::of).toList();
    }

    @PostMapping("/units/{id}/assignment-status")
    @Guarded(Permission.UNIT_STATUS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void progress(@PathVariable long id, @Valid @RequestBody Progress body) {
        var actor = actors.require();
        commands.progress(actor, id, body.status());
    }

    @PostMapping("/units/{id}/status")
    @Guarded(Permission.UNIT_STATUS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void status(@PathVariable long id, @Valid @RequestBody StatusChange body) {
        var actor = actors.require();
        commands.setUnitStatus(actor, id, body.status());
    }

    @PostMapping("/units/{id}/crew")
    @Guarded(Permission.DISPATCH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void crew(@PathVariable long id, @Valid @RequestBody Crew body) {
        commands.crew(actors.require(), id, body.userId());
    }

    @PostMapping("/units/positions")
    @Guarded(Permission.AVL_FEED)
    UnitPositions.BatchResult positions(@Valid @RequestBody Positions body) {
        return positions.update(actors.require(), body.positions());
    }
}
