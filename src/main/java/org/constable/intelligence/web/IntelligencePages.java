package org.constable.intelligence.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.intelligence.application.IntelligencePicture;
import org.constable.intelligence.application.IntelligenceReports;
import org.constable.intelligence.domain.HandlingCode;
import org.constable.intelligence.domain.IntelligenceAssessment;
import org.constable.intelligence.domain.SourceEvaluation;
import org.constable.intelligence.domain.SourceType;
import org.constable.people.ConsultationPurposes;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The intelligence pages for desk and phone: submitting a report, one's own reports, the unit's desk,
 * a report (with the original text, evaluation and dissemination for the unit), and the fragment the
 * person, location and vehicle pages load for readers allowed intelligence.
 */
@Controller
class IntelligencePages {

    static final String MY_REPORTS = "Intelligence: following my own reports";
    static final String DESK = "Intelligence unit: evaluating reports";

    private final IntelligenceReports reports;
    private final IntelligencePicture picture;
    private final CurrentActor actors;
    private final AccessPolicy policy;

    IntelligencePages(
            IntelligenceReports reports, IntelligencePicture picture, CurrentActor actors, AccessPolicy policy) {
        this.reports = reports;
        this.picture = picture;
        this.actors = actors;
        this.policy = policy;
    }

    @GetMapping("/intelligence")
    @Guarded(Permission.INTELLIGENCE_SUBMIT)
    String index(Model model) {
        Actor actor = actors.require();
        model.addAttribute("mine", reports.mine(actor, MY_REPORTS));
        boolean unit = policy.allows(actor, Permission.INTELLIGENCE_EVALUATE);
        model.addAttribute("unit", unit);
        if (unit) {
            model.addAttribute("desk", reports.desk(actor, DESK));
        }
        return "intelligence/index";
    }

    @GetMapping("/intelligence/new")
    @Guarded(Permission.INTELLIGENCE_SUBMIT)
    String newReport(
            @RequestParam(required = false) @Nullable Long personId,
            @RequestParam(required = false) @Nullable Long locationId,
            Model model) {
        model.addAttribute("form", IntelligenceForms.ReportForm.empty(personId, locationId));
        return form(model);
    }

    @PostMapping("/intelligence/reports")
    @Guarded(Permission.INTELLIGENCE_SUBMIT)
    String submit(@ModelAttribute("form") IntelligenceForms.ReportForm form, Model model) {
        try {
            long id = reports.submit(actors.require(), form.submit());
            return "redirect:/intelligence/reports/" + id + "?purpose=" + encode("Submitting intelligence");
        } catch (InvalidInput e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute(
                    "errorFields",
                    e.errors().stream().map(InvalidInput.FieldError::field).toList());
            return form(model);
        }
    }

    @GetMapping("/intelligence/reports/{id}")
    @Guarded(Permission.INTELLIGENCE_SUBMIT)
    String report(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose, Model model) {
        if (purpose == null || purpose.isBlank()) {
            model.addAttribute("action", "/intelligence/reports/" + id);
            model.addAttribute("purposes", ConsultationPurposes.STANDARD);
            return "intelligence/purpose";
        }
        return reportPage(id, purpose, model);
    }

    @PostMapping("/intelligence/reports/{id}/evaluations")
    @Guarded(Permission.INTELLIGENCE_EVALUATE)
    String evaluate(
            @PathVariable long id, @ModelAttribute("evaluation") IntelligenceForms.EvaluationForm form, Model model) {
        try {
            reports.evaluate(actors.require(), id, form.evaluate());
            return "redirect:/intelligence/reports/" + id + "?purpose=" + encode(DESK);
        } catch (InvalidInput e) {
            model.addAttribute("evaluationError", e.getMessage());
            return reportPage(id, DESK, model);
        }
    }

    @PostMapping("/intelligence/reports/{id}/disseminations")
    @Guarded(Permission.INTELLIGENCE_EVALUATE)
    String disseminate(
            @PathVariable long id,
            @ModelAttribute("dissemination") IntelligenceForms.DisseminationForm form,
            Model model) {
        try {
            reports.disseminate(actors.require(), id, form.recipient(), form.purpose(), form.handlingConditions());
            return "redirect:/intelligence/reports/" + id + "?purpose=" + encode(DESK);
        } catch (InvalidInput e) {
            model.addAttribute("disseminationError", e.getMessage());
            return reportPage(id, DESK, model);
        }
    }

    /** Loaded into the person's page, only for readers allowed intelligence (the page does not ask otherwise). */
    @GetMapping("/intelligence/people/{id}/panel")
    @Guarded(Permission.INTELLIGENCE_READ)
    String personPanel(@PathVariable long id, @RequestParam String purpose, Model model) {
        return panel(RecordType.PERSON, id, purpose, model);
    }

    /** Loaded into the location's page, only for readers allowed intelligence. */
    @GetMapping("/intelligence/locations/{id}/panel")
    @Guarded(Permission.INTELLIGENCE_READ)
    String locationPanel(@PathVariable long id, @RequestParam String purpose, Model model) {
        return panel(RecordType.LOCATION, id, purpose, model);
    }

    /** Loaded into the vehicle's page, only for readers allowed intelligence. */
    @GetMapping("/intelligence/vehicles/{id}/panel")
    @Guarded(Permission.INTELLIGENCE_READ)
    String vehiclePanel(@PathVariable long id, @RequestParam String purpose, Model model) {
        return panel(RecordType.VEHICLE, id, purpose, model);
    }

    private String panel(RecordType subject, long id, String purpose, Model model) {
        model.addAttribute("picture", picture.about(actors.require(), subject, id, purpose));
        model.addAttribute("about", subject.words());
        return "intelligence/panel :: panel";
    }

    private String reportPage(long id, String purpose, Model model) {
        Actor actor = actors.require();
        var report = reports.report(actor, id, purpose);
        model.addAttribute("report", report);
        model.addAttribute("purpose", purpose);
        if (report.mayEvaluate()) {
            model.addAttribute("original", reports.original(actor, id, purpose).text());
            if (!model.containsAttribute("evaluation")) {
                var c = report.current();
                model.addAttribute(
                        "evaluation",
                        c == null
                                ? new IntelligenceForms.EvaluationForm(null, null, null, null, null, null)
                                : new IntelligenceForms.EvaluationForm(
                                        Integer.valueOf(c.grade().substring(0, 1)),
                                        c.grade().substring(1, 2),
                                        c.grade().substring(3),
                                        c.handlingConditions(),
                                        c.riskAssessment(),
                                        c.sanitisedText()));
            }
            if (!model.containsAttribute("dissemination")) {
                model.addAttribute("dissemination", new IntelligenceForms.DisseminationForm(null, null, null));
            }
            model.addAttribute("sourceEvaluations", SourceEvaluation.values());
            model.addAttribute("assessments", IntelligenceAssessment.values());
            model.addAttribute("handlingCodes", HandlingCode.values());
        }
        return "intelligence/report";
    }

    private static String form(Model model) {
        model.addAttribute("sourceTypes", SourceType.values());
        if (!model.containsAttribute("errorFields")) {
            model.addAttribute("errorFields", List.of());
        }
        return "intelligence/new";
    }

    private static String encode(String s) {
        return UriUtils.encodeQueryParam(s, StandardCharsets.UTF_8);
    }
}
