package org.constable.investigation.api;

import java.util.List;
import org.constable.audit.Purpose;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.investigation.application.ReferralQueries;
import org.constable.investigation.application.Referrals;
import org.constable.investigation.application.RiskAssessments;
import org.constable.investigation.application.SafeguardingViews;
import org.constable.investigation.domain.SafeguardingAgency;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Safeguarding over REST (ADR 0088): referrals to partner agencies and their queues, each step of a
 * referral, and the domestic-abuse risk assessment with the MARAC referral a high risk proposes.
 */
@RestController
@RequestMapping("/api/v1/safeguarding")
class SafeguardingApi {

    record Reassignment(@Nullable String owner, @Nullable String reason) {}

    record Sending(@Nullable String note) {}

    record Acknowledgement(@Nullable String agencyReference) {}

    record Outcome(@Nullable String outcome) {}

    record MaracReferral(
            @Nullable String concerns, @Nullable String owner) {}

    record Checklist(List<SafeguardingViews.Question> questions, int highRiskYesCount) {}

    private final Referrals referrals;
    private final ReferralQueries queries;
    private final RiskAssessments assessments;
    private final CurrentActor actors;

    SafeguardingApi(Referrals referrals, ReferralQueries queries, RiskAssessments assessments, CurrentActor actors) {
        this.referrals = referrals;
        this.queries = queries;
        this.assessments = assessments;
        this.actors = actors;
    }

    @GetMapping("/agencies")
    @Guarded(Permission.SAFEGUARDING_REFER)
    List<SafeguardingAgency> agencies() {
        return queries.agencies();
    }

    @PostMapping("/referrals")
    @Guarded(Permission.SAFEGUARDING_REFER)
    @ResponseStatus(HttpStatus.CREATED)
    Referrals.Made make(@RequestBody Referrals.NewReferral body) {
        return referrals.make(actors.require(), body);
    }

    @GetMapping("/referrals/mine")
    @Guarded(Permission.SAFEGUARDING_REFER)
    SafeguardingViews.Queue mine(@Purpose String purpose) {
        return queries.mine(actors.require(), purpose);
    }

    /** The oversight queue: one agency's open referrals when {@code agency} is given, else the team's (the force's without a team). */
    @GetMapping("/referrals/queue")
    @Guarded(Permission.SAFEGUARDING_OVERSIGHT)
    SafeguardingViews.Queue queue(@RequestParam(required = false) @Nullable String agency, @Purpose String purpose) {
        return agency == null || agency.isBlank()
                ? queries.team(actors.require(), purpose)
                : queries.agency(actors.require(), agency, purpose);
    }

    @GetMapping("/referrals/{id}")
    @Guarded(Permission.SAFEGUARDING_REFER)
    SafeguardingViews.ReferralView referral(@PathVariable long id, @Purpose String purpose) {
        return queries.referral(actors.require(), id, purpose);
    }

    @PostMapping("/referrals/{id}/reassignment")
    @Guarded(Permission.SAFEGUARDING_REFER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reassign(@PathVariable long id, @RequestBody Reassignment body) {
        referrals.reassign(actors.require(), id, body.owner(), body.reason());
    }

    @PostMapping("/referrals/{id}/sending")
    @Guarded(Permission.SAFEGUARDING_REFER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void send(@PathVariable long id, @RequestBody Sending body) {
        referrals.send(actors.require(), id, body.note());
    }

    @PostMapping("/referrals/{id}/acknowledgement")
    @Guarded(Permission.SAFEGUARDING_REFER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acknowledge(@PathVariable long id, @RequestBody Acknowledgement body) {
        referrals.acknowledge(actors.require(), id, body.agencyReference());
    }

    @PostMapping("/referrals/{id}/outcome")
    @Guarded(Permission.SAFEGUARDING_REFER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void outcome(@PathVariable long id, @RequestBody Outcome body) {
        referrals.recordOutcome(actors.require(), id, body.outcome());
    }

    @GetMapping("/risk-checklist")
    @Guarded(Permission.SAFEGUARDING_REFER)
    Checklist checklist() {
        return new Checklist(assessments.questions(), assessments.highRiskYesCount());
    }

    @PostMapping("/risk-assessments")
    @Guarded(Permission.SAFEGUARDING_REFER)
    @ResponseStatus(HttpStatus.CREATED)
    SafeguardingViews.Assessment assess(@RequestBody RiskAssessments.NewAssessment body) {
        return assessments.complete(actors.require(), body);
    }

    @GetMapping("/risk-assessments/{id}")
    @Guarded(Permission.SAFEGUARDING_REFER)
    SafeguardingViews.Assessment assessment(@PathVariable long id, @Purpose String purpose) {
        return assessments.read(actors.require(), id, purpose);
    }

    @PostMapping("/risk-assessments/{id}/marac-referral")
    @Guarded(Permission.SAFEGUARDING_REFER)
    @ResponseStatus(HttpStatus.CREATED)
    Referrals.Made referToMarac(@PathVariable long id, @RequestBody MaracReferral body) {
        return assessments.referToMarac(actors.require(), id, body.concerns(), body.owner());
    }
}
