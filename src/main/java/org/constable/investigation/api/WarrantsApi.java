package org.constable.investigation.api;

import java.util.List;
import java.util.Map;
import org.constable.audit.Purpose;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.investigation.application.InvestigationAssignments;
import org.constable.investigation.application.WarrantQueries;
import org.constable.investigation.application.WarrantViews;
import org.constable.investigation.application.Warrants;
import org.constable.investigation.domain.WarrantStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Warrants over REST (apply, the court's decision, execution, return, the queue) and changing an officer in charge. */
@RestController
class WarrantsApi {

    private final Warrants warrants;
    private final WarrantQueries queries;
    private final InvestigationAssignments assignments;
    private final CurrentActor actors;

    WarrantsApi(Warrants warrants, WarrantQueries queries, InvestigationAssignments assignments, CurrentActor actors) {
        this.warrants = warrants;
        this.queries = queries;
        this.assignments = assignments;
        this.actors = actors;
    }

    @PostMapping("/api/v1/investigations/{id}/warrants")
    @Guarded(Permission.INVESTIGATION_WORK)
    @ResponseStatus(HttpStatus.CREATED)
    Warrants.Applied apply(@PathVariable long id, @RequestBody Warrants.Application body) {
        return warrants.apply(actors.require(), id, body);
    }

    @GetMapping("/api/v1/investigations/{id}/warrants")
    @Guarded(Permission.INVESTIGATION_READ)
    WarrantViews.InvestigationWarrants ofInvestigation(@PathVariable long id, @Purpose String purpose) {
        return queries.ofInvestigation(actors.require(), id, purpose);
    }

    @GetMapping("/api/v1/warrants")
    @Guarded(Permission.INVESTIGATION_READ)
    WarrantViews.WarrantQueue queue(@Purpose String purpose) {
        return queries.queue(actors.require(), purpose);
    }

    @GetMapping("/api/v1/warrants/{id}")
    @Guarded(Permission.INVESTIGATION_READ)
    WarrantViews.WarrantPage warrant(@PathVariable long id, @Purpose String purpose) {
        return queries.warrant(actors.require(), id, purpose);
    }

    @PostMapping("/api/v1/warrants/{id}/decision")
    @Guarded(Permission.INVESTIGATION_WORK)
    Map<String, WarrantStatus> decide(@PathVariable long id, @RequestBody Warrants.Decision body) {
        return Map.of("status", warrants.decide(actors.require(), id, body));
    }

    @PostMapping("/api/v1/warrants/{id}/execution")
    @Guarded(Permission.INVESTIGATION_WORK)
    Map<String, Object> execute(@PathVariable long id, @RequestBody Warrants.Execution body) {
        return Map.of("returnDueOn", warrants.execute(actors.require(), id, body));
    }

    @PostMapping("/api/v1/warrants/{id}/return")
    @Guarded(Permission.INVESTIGATION_WORK)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void returned(@PathVariable long id, @RequestBody Warrants.Return body) {
        warrants.returned(actors.require(), id, body);
    }

    @PutMapping("/api/v1/investigations/{id}/assignment")
    @Guarded(Permission.INVESTIGATION_REVIEW)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assign(@PathVariable long id, @RequestBody InvestigationAssignments.Change body) {
        assignments.change(actors.require(), id, body);
    }

    @GetMapping("/api/v1/investigations/{id}/assignments")
    @Guarded(Permission.INVESTIGATION_READ)
    List<InvestigationAssignments.Assignment> assignments(@PathVariable long id, @Purpose String purpose) {
        return assignments.history(actors.require(), id, purpose);
    }
}
