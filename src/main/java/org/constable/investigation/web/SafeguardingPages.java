package org.constable.investigation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.investigation.application.ReferralQueries;
import org.constable.investigation.application.Referrals;
import org.constable.investigation.application.RiskAssessments;
import org.constable.investigation.domain.ReferralSource;
import org.constable.investigation.domain.RiskAnswer;
import org.constable.investigation.domain.RiskChecklist;
import org.constable.investigation.domain.RiskJudgement;
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
 * Safeguarding pages (ADR 0088): my referrals, the team's and each agency's queue, one referral with
 * its steps and forms, a new referral, and the domestic-abuse risk assessment a phone can complete.
 */
@Controller
class SafeguardingPages {

    static final String QUEUE_PURPOSE = "Safeguarding referral queue";
    static final String REFERRAL_PURPOSE = "Working a safeguarding referral";

    private final Referrals referrals;
    private final ReferralQueries queries;
    private final RiskAssessments assessments;
    private final CurrentActor actors;
    private final AccessPolicy policy;

    SafeguardingPages(
            Referrals referrals,
            ReferralQueries queries,
            RiskAssessments assessments,
            CurrentActor actors,
            AccessPolicy policy) {
        this.referrals = referrals;
        this.queries = queries;
        this.assessments = assessments;
        this.actors = actors;
        this.policy = policy;
    }

    @GetMapping("/safeguarding")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String mine(Model model) {
        Actor actor = actors.require();
        model.addAttribute("queue", queries.mine(actor, QUEUE_PURPOSE));
        model.addAttribute("title", "My safeguarding referrals");
        return queuePage(actor, model, null);
    }

    @GetMapping("/safeguarding/queue")
    @Guarded(Permission.SAFEGUARDING_OVERSIGHT)
    String queue(@RequestParam(required = false) @Nullable String agency, Model model) {
        Actor actor = actors.require();
        String code = agency == null ? "" : agency.strip();
        boolean byAgency = !code.isEmpty();
        model.addAttribute(
                "queue", byAgency ? queries.agency(actor, code, QUEUE_PURPOSE) : queries.team(actor, QUEUE_PURPOSE));
        model.addAttribute("title", byAgency ? "Referrals to one agency" : "My team's safeguarding referrals");
        return queuePage(actor, model, byAgency ? code : null);
    }

    private String queuePage(Actor actor, Model model, @Nullable String agency) {
        model.addAttribute("agencies", queries.agencies());
        model.addAttribute("agency", agency);
        model.addAttribute("oversight", policy.allows(actor, Permission.SAFEGUARDING_OVERSIGHT));
        return "safeguarding/queue";
    }

    @GetMapping("/safeguarding/referrals/new")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String newReferral(
            @RequestParam(required = false) @Nullable ReferralSource sourceType,
            @RequestParam(required = false) @Nullable Long sourceId,
            Model model) {
        model.addAttribute("sourceType", sourceType);
        model.addAttribute("sourceId", sourceId);
        return referralForm(model);
    }

    private String referralForm(Model model) {
        model.addAttribute("agencies", queries.agencies());
        model.addAttribute("sources", ReferralSource.values());
        return "safeguarding/new-referral";
    }

    @PostMapping("/safeguarding/referrals")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String make(
            @RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable ReferralSource sourceType,
            @RequestParam(required = false) @Nullable Long sourceId,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String concerns,
            @RequestParam(required = false) @Nullable String owner,
            Model model,
            HttpServletResponse response) {
        try {
            Referrals.Made made = referrals.make(
                    actors.require(),
                    new Referrals.NewReferral(agency, sourceType, sourceId, subject, concerns, owner));
            return "redirect:/safeguarding/referrals/" + made.id();
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAllAttributes(Map.of(
                    "error",
                    e.getMessage(),
                    "form",
                    Map.of(
                            "agency", agency == null ? "" : agency,
                            "subject", subject == null ? "" : subject,
                            "concerns", concerns == null ? "" : concerns,
                            "owner", owner == null ? "" : owner)));
            model.addAttribute("sourceType", sourceType);
            model.addAttribute("sourceId", sourceId);
            return referralForm(model);
        }
    }

    @GetMapping("/safeguarding/referrals/{id}")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String referral(@PathVariable long id, Model model) {
        model.addAttribute("view", queries.referral(actors.require(), id, REFERRAL_PURPOSE));
        return "safeguarding/referral";
    }

    @PostMapping("/safeguarding/referrals/{id}/sending")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String send(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String note,
            Model model,
            HttpServletResponse response) {
        return step(id, model, response, () -> referrals.send(actors.require(), id, note));
    }

    @PostMapping("/safeguarding/referrals/{id}/acknowledgement")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String acknowledge(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String agencyReference,
            Model model,
            HttpServletResponse response) {
        return step(id, model, response, () -> referrals.acknowledge(actors.require(), id, agencyReference));
    }

    @PostMapping("/safeguarding/referrals/{id}/outcome")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String outcome(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String outcome,
            Model model,
            HttpServletResponse response) {
        return step(id, model, response, () -> referrals.recordOutcome(actors.require(), id, outcome));
    }

    @PostMapping("/safeguarding/referrals/{id}/reassignment")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String reassign(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            HttpServletResponse response) {
        return step(id, model, response, () -> referrals.reassign(actors.require(), id, owner, reason));
    }

    private String step(long id, Model model, HttpServletResponse response, Runnable work) {
        try {
            work.run();
            return "redirect:/safeguarding/referrals/" + id;
        } catch (InvalidInput | Conflict e) {
            response.setStatus(
                    e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            return referral(id, model);
        }
    }

    @GetMapping("/safeguarding/risk-assessments/new")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String newAssessment(
            @RequestParam(required = false) @Nullable ReferralSource sourceType,
            @RequestParam(required = false) @Nullable Long sourceId,
            Model model) {
        model.addAttribute("sourceType", sourceType);
        model.addAttribute("sourceId", sourceId);
        return assessmentForm(model, List.of());
    }

    private String assessmentForm(Model model, List<@Nullable RiskAnswer> given) {
        model.addAttribute("questions", assessments.questions());
        model.addAttribute("answerChoices", RiskAnswer.values());
        model.addAttribute("judgements", RiskJudgement.values());
        model.addAttribute("sources", ReferralSource.values());
        model.addAttribute("highRiskYesCount", assessments.highRiskYesCount());
        model.addAttribute("given", given);
        return "safeguarding/risk-assessment";
    }

    @PostMapping("/safeguarding/risk-assessments")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String assess(
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) @Nullable ReferralSource sourceType,
            @RequestParam(required = false) @Nullable Long sourceId,
            @RequestParam(required = false) @Nullable RiskJudgement judgement,
            Model model,
            HttpServletResponse response) {
        List<@Nullable RiskAnswer> answers = new ArrayList<>();
        for (int i = 1; i <= RiskChecklist.QUESTIONS.size(); i++) {
            String a = form.get("q" + i);
            answers.add(a == null ? null : parse(a));
        }
        try {
            var done = assessments.complete(
                    actors.require(),
                    new RiskAssessments.NewAssessment(
                            sourceType,
                            sourceId,
                            form.get("subject"),
                            answers.contains(null) ? null : List.copyOf(answers),
                            judgement,
                            form.get("notes")));
            return "redirect:/safeguarding/risk-assessments/" + done.id();
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            int missing = answers.indexOf(null);
            model.addAttribute(
                    "error",
                    "answers".equals(e.field()) && missing >= 0
                            ? "Answer question " + (missing + 1)
                                    + ": yes, no or not known. Your other answers are kept."
                            : e.getMessage());
            model.addAttribute("sourceType", sourceType);
            model.addAttribute("sourceId", sourceId);
            model.addAttribute("subject", form.get("subject"));
            model.addAttribute("notes", form.get("notes"));
            model.addAttribute("judgement", judgement);
            return assessmentForm(model, answers);
        }
    }

    private static @Nullable RiskAnswer parse(String a) {
        for (RiskAnswer r : RiskAnswer.values()) {
            if (r.name().equals(a)) {
                return r;
            }
        }
        return null;
    }

    @GetMapping("/safeguarding/risk-assessments/{id}")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String assessment(@PathVariable long id, Model model) {
        model.addAttribute("a", assessments.read(actors.require(), id, REFERRAL_PURPOSE));
        return "safeguarding/assessment";
    }

    @PostMapping("/safeguarding/risk-assessments/{id}/marac-referral")
    @Guarded(Permission.SAFEGUARDING_REFER)
    String referToMarac(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String concerns,
            @RequestParam(required = false) @Nullable String owner,
            Model model,
            HttpServletResponse response) {
        try {
            return "redirect:/safeguarding/referrals/"
                    + assessments
                            .referToMarac(actors.require(), id, concerns, owner)
                            .id();
        } catch (InvalidInput | Conflict e) {
            response.setStatus(
                    e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            return assessment(id, model);
        }
    }
}
