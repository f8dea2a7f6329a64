package org.constable.custody.api;

import java.time.Instant;
import java.util.Map;
import org.constable.audit.Purpose;
import org.constable.custody.application.CustodyCareDesk;
import org.constable.custody.application.CustodyCareQueries;
import org.constable.custody.domain.RightsOccasion;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The detainee's care over REST: rights, solicitor, person told, interpreter, property, meals, medical, visitors, interviews. */
@RestController
@RequestMapping("/api/v1/custody/detentions/{id}")
class CareApi {

    record RightsBody(
            @Nullable RightsOccasion occasion, @Nullable Boolean codesOffered) {}

    record LegalAdviceBody(
            @Nullable Boolean requested,
            @Nullable String solicitor,
            @Nullable String note) {}

    record SolicitorBody(
            @Nullable Boolean arrived,
            @Nullable String solicitor,
            @Nullable Instant at) {}

    record InformBody(
            @Nullable String who,
            @Nullable Boolean informed,
            @Nullable Instant at,
            @Nullable String delayedByInspector,
            @Nullable String grounds) {}

    record InterpreterBody(
            @Nullable String language,
            @Nullable String name,
            @Nullable Instant arrivedAt) {}

    record PropertyBody(
            @Nullable String description, @Nullable String bag) {}

    record PropertyOutcomeBody(
            @Nullable Boolean retained, @Nullable String note) {}

    record MealBody(@Nullable String offered, @Nullable Boolean taken) {}

    record MedicalBody(
            @Nullable String professional,
            @Nullable Boolean seen,
            @Nullable String said,
            @Nullable Boolean fitToDetain,
            @Nullable Boolean fitToInterview) {}

    record VisitorBody(@Nullable String who, @Nullable String purpose) {}

    record InterviewBody(
            @Nullable Instant scheduledFor, @Nullable String officer) {}

    record StartBody(
            @Nullable Boolean solicitorPresent,
            @Nullable Boolean appropriateAdultPresent,
            @Nullable Boolean interpreterPresent,
            @Nullable String groundsToProceed) {}

    record EndBody(@Nullable String recordingReference) {}

    private final CustodyCareDesk desk;
    private final CustodyCareQueries queries;
    private final CurrentActor actors;

    CareApi(CustodyCareDesk desk, CustodyCareQueries queries, CurrentActor actors) {
        this.desk = desk;
        this.queries = queries;
        this.actors = actors;
    }

    @GetMapping("/care")
    @Guarded(Permission.CUSTODY_READ)
    CustodyCareQueries.Care care(@PathVariable long id, @Purpose String purpose) {
        return queries.care(actors.require(), id, purpose);
    }

    @PostMapping("/rights")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void rights(@PathVariable long id, @RequestBody RightsBody b) {
        desk.giveRights(actors.require(), id, b.occasion(), Boolean.TRUE.equals(b.codesOffered()));
    }

    @PostMapping("/legal-advice")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void legalAdvice(@PathVariable long id, @RequestBody LegalAdviceBody b) {
        desk.legalAdvice(actors.require(), id, b.requested(), b.solicitor(), b.note());
    }

    @PostMapping("/solicitor")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void solicitor(@PathVariable long id, @RequestBody SolicitorBody b) {
        desk.solicitor(actors.require(), id, b.arrived(), b.solicitor(), b.at());
    }

    record DelayBody(@Nullable String who, @Nullable String grounds) {}

    record AdultArrivalBody(@Nullable Instant arrivedAt) {}

    /** The appropriate adult recorded on the detention arrived ({@code arrivedAt}, or now). */
    @PostMapping("/appropriate-adult-arrival")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void adultArrived(@PathVariable long id, @RequestBody(required = false) @Nullable AdultArrivalBody b) {
        desk.appropriateAdultArrived(actors.require(), id, b == null ? null : b.arrivedAt());
    }

    /**
     * Someone to be told: asked for (no other field) or told ({@code informed}). A delay is the
     * inspector's own decision, recorded at {@code /informing-delays} (ADR 0071).
     */
    @PostMapping("/informing")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void inform(@PathVariable long id, @RequestBody InformBody b) {
        if (b.delayedByInspector() != null) {
            throw new InvalidInput(
                    "delayedByInspector",
                    "A delay in telling someone is the decision of an inspector or above, who records it at"
                            + " /api/v1/custody/detentions/{id}/informing-delays.");
        } else if (Boolean.TRUE.equals(b.informed())) {
            desk.personInformed(actors.require(), id, b.who(), b.at());
        } else {
            desk.informRequested(actors.require(), id, b.who());
        }
    }

    /** PACE s.56(2): an inspector or above delays telling someone, with the grounds; they are the authority recorded. */
    @PostMapping("/informing-delays")
    @Guarded(Permission.CUSTODY_REVIEW)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delayInforming(@PathVariable long id, @RequestBody DelayBody b) {
        desk.delayInforming(actors.require(), id, b.who(), b.grounds());
    }

    @PostMapping("/interpreter")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void interpreter(@PathVariable long id, @RequestBody InterpreterBody b) {
        desk.interpreter(actors.require(), id, b.language(), b.name(), b.arrivedAt());
    }

    @PostMapping("/property")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void property(@PathVariable long id, @RequestBody PropertyBody b) {
        desk.propertyTaken(actors.require(), id, b.description(), b.bag());
    }

    @PostMapping("/property/{item}/outcome")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void propertyOutcome(@PathVariable long id, @PathVariable int item, @RequestBody PropertyOutcomeBody b) {
        desk.propertyDealtWith(actors.require(), id, item, b.retained(), b.note());
    }

    @PostMapping("/meals")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void meal(@PathVariable long id, @RequestBody MealBody b) {
        desk.meal(actors.require(), id, b.offered(), !Boolean.FALSE.equals(b.taken()));
    }

    @PostMapping("/medical")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void medical(@PathVariable long id, @RequestBody MedicalBody b) {
        desk.medical(
                actors.require(),
                id,
                b.professional(),
                Boolean.TRUE.equals(b.seen()),
                b.said(),
                b.fitToDetain(),
                b.fitToInterview());
    }

    @PostMapping("/visitors")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void visitor(@PathVariable long id, @RequestBody VisitorBody b) {
        desk.visitor(actors.require(), id, b.who(), b.purpose());
    }

    @PostMapping("/interviews")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Integer> interview(@PathVariable long id, @RequestBody InterviewBody b) {
        return Map.of("interview", desk.scheduleInterview(actors.require(), id, b.scheduledFor(), b.officer()));
    }

    @PostMapping("/interviews/{n}/start")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void start(@PathVariable long id, @PathVariable int n, @RequestBody StartBody b) {
        desk.startInterview(
                actors.require(),
                id,
                n,
                Boolean.TRUE.equals(b.solicitorPresent()),
                Boolean.TRUE.equals(b.appropriateAdultPresent()),
                Boolean.TRUE.equals(b.interpreterPresent()),
                b.groundsToProceed());
    }

    @PostMapping("/interviews/{n}/end")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void end(@PathVariable long id, @PathVariable int n, @RequestBody EndBody b) {
        desk.endInterview(actors.require(), id, n, b.recordingReference());
    }
}
