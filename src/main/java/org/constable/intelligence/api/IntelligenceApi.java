package org.constable.intelligence.api;

import java.util.List;
import org.constable.audit.Purpose;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.intelligence.application.IntelligencePicture;
import org.constable.intelligence.application.IntelligenceReports;
import org.constable.intelligence.application.IntelligenceViews;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intelligence reports over REST (ADR 0075, 0077, 0078): submission by any officer; the report as
 * the caller may see it (404 as for a missing one otherwise); the original text, evaluation and
 * dissemination for the intelligence unit; the graded items on a person or place for readers.
 */
@RestController
@RequestMapping("/api/v1/intelligence")
class IntelligenceApi {

    record Submitted(long id) {}

    record Evaluated(long reportId, int version) {}

    record Disseminated(long id) {}

    record DisseminationBody(
            @Nullable String recipient,
            @Nullable String purpose,
            @Nullable String handlingConditions) {}

    private final IntelligenceReports reports;
    private final IntelligencePicture picture;
    private final CurrentActor actors;

    IntelligenceApi(IntelligenceReports reports, IntelligencePicture picture, CurrentActor actors) {
        this.reports = reports;
        this.picture = picture;
        this.actors = actors;
    }

    /** Any officer submits a report. The text is kept as the original, readable by the intelligence unit only. */
    @PostMapping("/reports")
    @Guarded(Permission.INTELLIGENCE_SUBMIT)
    @ResponseStatus(HttpStatus.CREATED)
    Submitted submit(@RequestBody IntelligenceReports.Submit body) {
        return new Submitted(reports.submit(actors.require(), body));
    }

    /** The reports the caller submitted, with where each stands; no text. */
    @GetMapping("/reports/mine")
    @Guarded(Permission.INTELLIGENCE_SUBMIT)
    List<IntelligenceViews.ReportLine> mine(@Purpose String purpose) {
        return reports.mine(actors.require(), purpose);
    }

    /**
     * A report as the caller may see it: the author and the unit always, readers once graded (sanitised),
     * nobody a report naming a restricted record they may not open; otherwise 404.
     */
    @GetMapping("/reports/{id}")
    @Guarded(Permission.INTELLIGENCE_SUBMIT)
    IntelligenceViews.Report report(@PathVariable long id, @Purpose String purpose) {
        return reports.report(actors.require(), id, purpose);
    }

    /** The original text, which may identify the source: the intelligence unit only, every read audited. */
    @GetMapping("/reports/{id}/original")
    @Guarded(Permission.INTELLIGENCE_EVALUATE)
    IntelligenceViews.Original original(@PathVariable long id, @Purpose String purpose) {
        return reports.original(actors.require(), id, purpose);
    }

    /** The unit's desk: reports awaiting evaluation and recently graded; no text. */
    @GetMapping("/desk")
    @Guarded(Permission.INTELLIGENCE_EVALUATE)
    IntelligenceViews.Desk desk(@Purpose String purpose) {
        return reports.desk(actors.require(), purpose);
    }

    /** Grade (3x5x2) and sanitise: a new version; the highest is current. */
    @PostMapping("/reports/{id}/evaluations")
    @Guarded(Permission.INTELLIGENCE_EVALUATE)
    @ResponseStatus(HttpStatus.CREATED)
    Evaluated evaluate(@PathVariable long id, @RequestBody IntelligenceReports.Evaluate body) {
        return new Evaluated(id, reports.evaluate(actors.require(), id, body));
    }

    /** Share outside the force: recipient, purpose, handling conditions (required for C); a recorded disclosure. */
    @PostMapping("/reports/{id}/disseminations")
    @Guarded(Permission.INTELLIGENCE_EVALUATE)
    @ResponseStatus(HttpStatus.CREATED)
    Disseminated disseminate(@PathVariable long id, @RequestBody DisseminationBody body) {
        return new Disseminated(
                reports.disseminate(actors.require(), id, body.recipient(), body.purpose(), body.handlingConditions()));
    }

    /** The graded intelligence on a person the caller may see: the count and the latest items, sanitised. */
    @GetMapping("/persons/{id}")
    @Guarded(Permission.INTELLIGENCE_READ)
    IntelligenceViews.Picture person(@PathVariable long id, @Purpose String purpose) {
        return picture.about(actors.require(), RecordType.PERSON, id, purpose);
    }

    /** The graded intelligence on a place the caller may see: the count and the latest items, sanitised. */
    @GetMapping("/locations/{id}")
    @Guarded(Permission.INTELLIGENCE_READ)
    IntelligenceViews.Picture location(@PathVariable long id, @Purpose String purpose) {
        return picture.about(actors.require(), RecordType.LOCATION, id, purpose);
    }
}
