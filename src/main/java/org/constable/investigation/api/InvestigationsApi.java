package org.constable.investigation.api;

import java.time.LocalDate;
import java.util.List;
import org.constable.audit.Purpose;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.investigation.application.InvestigationActions;
import org.constable.investigation.application.InvestigationActions.NewAction;
import org.constable.investigation.application.InvestigationFinalising;
import org.constable.investigation.application.InvestigationFinalising.CrimeOutcome;
import org.constable.investigation.application.InvestigationQueries;
import org.constable.investigation.application.InvestigationViews;
import org.constable.investigation.application.Investigations;
import org.constable.investigation.application.SupervisoryReviews;
import org.constable.investigation.domain.ActionPriority;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Investigations over REST: open, plan, lines of enquiry, actions, supervisory reviews, finalising, and the lists. */
@RestController
@RequestMapping("/api/v1/investigations")
class InvestigationsApi {

    record Plan(@Nullable String text, @Nullable Integer basedOn) {}

    record LineOfEnquiry(@Nullable String description) {}

    record Result(@Nullable String result) {}

    record Action(
            @Nullable String description,
            @Nullable String owner,
            @Nullable ActionPriority priority,
            @Nullable LocalDate dueOn) {
        NewAction command() {
            return new NewAction(description, owner, priority, dueOn);
        }
    }

    record Reassignment(@Nullable String owner, @Nullable String reason) {}

    record Review(@Nullable String decisions, @Nullable List<Action> actions) {}

    record Finalisation(
            @Nullable List<CrimeOutcome> outcomes, @Nullable String note) {}

    record Created(long id) {}

    private final Investigations investigations;
    private final InvestigationActions actions;
    private final SupervisoryReviews reviews;
    private final InvestigationFinalising finalising;
    private final InvestigationQueries queries;
    private final CurrentActor actors;

    InvestigationsApi(
            Investigations investigations,
            InvestigationActions actions,
            SupervisoryReviews reviews,
            InvestigationFinalising finalising,
            InvestigationQueries queries,
            CurrentActor actors) {
        this.investigations = investigations;
        this.actions = actions;
        this.reviews = reviews;
        this.finalising = finalising;
        this.queries = queries;
        this.actors = actors;
    }

    @PostMapping
    @Guarded(Permission.INVESTIGATION_WORK)
    @ResponseStatus(HttpStatus.CREATED)
    Investigations.Opened open(@RequestBody Investigations.OpenInvestigation body) {
        return investigations.open(actors.require(), body);
    }

    @GetMapping("/my-day")
    @Guarded(Permission.INVESTIGATION_READ)
    InvestigationViews.Day myDay(@Purpose String purpose) {
        return queries.myDay(actors.require(), purpose);
    }

    @GetMapping("/team-actions")
    @Guarded(Permission.INVESTIGATION_REVIEW)
    InvestigationViews.Day teamActions(@Purpose String purpose) {
        return queries.teamDay(actors.require(), purpose);
    }

    @GetMapping("/review-queue")
    @Guarded(Permission.INVESTIGATION_REVIEW)
    InvestigationViews.ReviewQueue reviewQueue(@Purpose String purpose) {
        return queries.reviewQueue(actors.require(), purpose);
    }

    @GetMapping("/{id}")
    @Guarded(Permission.INVESTIGATION_READ)
    InvestigationViews.InvestigationView investigation(@PathVariable long id, @Purpose String purpose) {
        return queries.investigation(actors.require(), id, purpose);
    }

    @PutMapping("/{id}/plan")
    @Guarded(Permission.INVESTIGATION_WORK)
    Investigations.PlanWritten plan(@PathVariable long id, @RequestBody Plan body) {
        return investigations.writePlan(actors.require(), id, body.text(), body.basedOn());
    }

    @PostMapping("/{id}/lines")
    @Guarded(Permission.INVESTIGATION_WORK)
    @ResponseStatus(HttpStatus.CREATED)
    Created addLine(@PathVariable long id, @RequestBody LineOfEnquiry body) {
        return new Created(investigations.addLine(actors.require(), id, body.description()));
    }

    @PostMapping("/{id}/lines/{lineId}/closure")
    @Guarded(Permission.INVESTIGATION_WORK)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void closeLine(@PathVariable long id, @PathVariable long lineId, @RequestBody Result body) {
        investigations.closeLine(actors.require(), id, lineId, body.result());
    }

    @PostMapping("/{id}/actions")
    @Guarded(Permission.INVESTIGATION_WORK)
    @ResponseStatus(HttpStatus.CREATED)
    Created addAction(@PathVariable long id, @RequestBody Action body) {
        return new Created(actions.add(actors.require(), id, body.command()));
    }

    @PostMapping("/actions/{actionId}/reassignment")
    @Guarded(Permission.INVESTIGATION_WORK)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reassign(@PathVariable long actionId, @RequestBody Reassignment body) {
        actions.reassign(actors.require(), actionId, body.owner(), body.reason());
    }

    @PostMapping("/actions/{actionId}/completion")
    @Guarded(Permission.INVESTIGATION_WORK)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable long actionId, @RequestBody Result body) {
        actions.complete(actors.require(), actionId, body.result());
    }

    @PostMapping("/{id}/reviews")
    @Guarded(Permission.INVESTIGATION_REVIEW)
    @ResponseStatus(HttpStatus.CREATED)
    SupervisoryReviews.Reviewed review(@PathVariable long id, @RequestBody Review body) {
        List<NewAction> raised = body.actions() == null
                ? null
                : body.actions().stream()
                        .map(a -> a == null ? new NewAction(null, null, null, null) : a.command())
                        .toList();
        return reviews.record(actors.require(), id, body.decisions(), raised);
    }

    @PostMapping("/{id}/finalisation")
    @Guarded(Permission.INVESTIGATION_WORK)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void finalise(@PathVariable long id, @RequestBody Finalisation body) {
        finalising.finalise(actors.require(), id, body.outcomes(), body.note());
    }
}
