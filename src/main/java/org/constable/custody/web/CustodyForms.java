package org.constable.custody.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.constable.custody.application.CustodyDesk;
import org.constable.custody.application.CustodyQueries;
import org.constable.custody.domain.Arrival;
import org.constable.custody.domain.DisposalKind;
import org.constable.custody.domain.ObservationLevel;
import org.constable.custody.domain.Offence;
import org.constable.custody.domain.ReviewDecision;
import org.constable.custody.domain.RiskAssessment;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The custody forms: booking in on the desk, and each decision on a custody record; each answers with the record. */
@Controller
class CustodyForms {

    private final CustodyDesk desk;
    private final CustodyQueries queries;
    private final SuiteStore suites;
    private final CurrentActor actors;
    private final Clock clock;

    CustodyForms(CustodyDesk desk, CustodyQueries queries, SuiteStore suites, CurrentActor actors, Clock clock) {
        this.desk = desk;
        this.queries = queries;
        this.suites = suites;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/custody/suites/{suiteId}/book")
    @Guarded(Permission.CUSTODY_RECORD)
    String bookForm(@PathVariable long suiteId, Model model) {
        var suite = queries.suites(actors.require()).stream()
                .filter(s -> s.id() == suiteId)
                .findFirst()
                .orElseThrow(() -> new org.constable.shared.RecordNotFound(
                        org.constable.shared.RecordRef.of(org.constable.shared.RecordType.CUSTODY_SUITE, suiteId)));
        model.addAttribute("suite", suite);
        model.addAttribute("cells", suites.cells(suiteId));
        model.addAttribute("levels", ObservationLevel.values());
        model.addAttribute(
                "now",
                LocalDateTime.ofInstant(clock.instant(), ForceTime.ZONE)
                        .withSecond(0)
                        .withNano(0));
        return "custody/book";
    }

    @PostMapping("/custody/suites/{suiteId}/book")
    @Guarded(Permission.CUSTODY_RECORD)
    String bookIn(
            @PathVariable long suiteId,
            @RequestParam(required = false) @Nullable Long personId,
            @RequestParam(required = false) @Nullable Long cellId,
            @RequestParam(required = false) @Nullable String arrestingOfficer,
            @RequestParam(required = false) @Nullable String arrestGrounds,
            @RequestParam(required = false) @Nullable String offence,
            @RequestParam(defaultValue = "false") boolean indictable,
            @RequestParam(required = false) @Nullable String arrestedAt,
            @RequestParam(required = false) @Nullable String arrivedAt,
            @RequestParam(defaultValue = "false") boolean arrestedOutOfArea,
            @RequestParam(defaultValue = "false") boolean juvenile,
            @RequestParam(defaultValue = "false") boolean vulnerable,
            @RequestParam(required = false) @Nullable List<String> risks,
            @RequestParam(required = false) @Nullable Integer observationLevel) {
        desk.requireMayBookIn(actors.require());
        if (personId == null) {
            throw new InvalidInput("personId", "Choose the detainee from the person search.");
        }
        Instant now = clock.instant();
        Instant arrested = time(arrestedAt, "arrestedAt");
        if (arrested == null) {
            throw new InvalidInput("arrestedAt", "Give the time of the arrest.");
        }
        Instant arrived = time(arrivedAt, "arrivedAt");
        List<String> r = risks == null ? List.of() : risks;
        List<Offence> offences = new ArrayList<>();
        if (offence != null && !offence.isBlank()) {
            offences.add(new Offence(offence, indictable));
        }
        long id = desk.bookIn(
                actors.require(),
                suiteId,
                new Arrival(
                        personId,
                        cellId,
                        arrestingOfficer == null ? "" : arrestingOfficer,
                        arrestGrounds == null ? "" : arrestGrounds,
                        offences,
                        arrested,
                        arrived == null ? now : arrived,
                        arrestedOutOfArea,
                        juvenile,
                        vulnerable,
                        new RiskAssessment(
                                r.contains("selfHarm"),
                                r.contains("medical"),
                                r.contains("drugsOrAlcohol"),
                                r.contains("mentalHealth"),
                                r.contains("vulnerable")),
                        observationLevel == null ? null : ObservationLevel.ofNumber(observationLevel)));
        return "redirect:/custody/detentions/" + id;
    }

    @PostMapping("/custody/detentions/{id}/authorise")
    @Guarded(Permission.CUSTODY_RECORD)
    String authorise(@PathVariable long id, @RequestParam(required = false) @Nullable String grounds) {
        desk.authorise(actors.require(), id, grounds);
        return back(id);
    }

    @PostMapping("/custody/detentions/{id}/refuse")
    @Guarded(Permission.CUSTODY_RECORD)
    String refuse(@PathVariable long id, @RequestParam(required = false) @Nullable String grounds) {
        desk.refuse(actors.require(), id, grounds);
        return back(id);
    }

    /** A visit from the record or, with {@code suiteId}, from the phone's list, which it returns to. */
    @PostMapping("/custody/detentions/{id}/visit")
    @Guarded(Permission.CUSTODY_RECORD)
    String visit(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean roused,
            @RequestParam(required = false) @Nullable String seen,
            @RequestParam(required = false) @Nullable Long suiteId) {
        desk.visit(actors.require(), id, roused, seen);
        return suiteId == null ? back(id) : "redirect:/custody/suites/" + suiteId + "/visits";
    }

    @PostMapping("/custody/detentions/{id}/level")
    @Guarded(Permission.CUSTODY_RECORD)
    String level(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer observationLevel,
            @RequestParam(required = false) @Nullable String reason) {
        desk.setLevel(actors.require(), id, observationLevel, reason);
        return back(id);
    }

    @PostMapping("/custody/detentions/{id}/appropriate-adult")
    @Guarded(Permission.CUSTODY_RECORD)
    String adult(@PathVariable long id, @RequestParam(required = false) @Nullable String appropriateAdult) {
        desk.appropriateAdult(actors.require(), id, appropriateAdult);
        return back(id);
    }

    @PostMapping("/custody/detentions/{id}/review")
    @Guarded(Permission.CUSTODY_REVIEW)
    String review(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable ReviewDecision decision,
            @RequestParam(required = false) @Nullable String grounds,
            @RequestParam(required = false) @Nullable String representations) {
        desk.review(actors.require(), id, decision, grounds, representations);
        return back(id);
    }

    @PostMapping("/custody/detentions/{id}/postpone")
    @Guarded(Permission.CUSTODY_REVIEW)
    String postpone(@PathVariable long id, @RequestParam(required = false) @Nullable String reason) {
        desk.postponeReview(actors.require(), id, reason);
        return back(id);
    }

    @PostMapping("/custody/detentions/{id}/extend")
    @Guarded(Permission.CUSTODY_REVIEW)
    String extend(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(required = false) @Nullable String grounds) {
        desk.extend(actors.require(), id, time(until, "until"), null, grounds);
        return back(id);
    }

    @PostMapping("/custody/detentions/{id}/warrant")
    @Guarded(Permission.CUSTODY_RECORD)
    String warrant(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(required = false) @Nullable String issuedAt,
            @RequestParam(required = false) @Nullable String court,
            @RequestParam(required = false) @Nullable String reference) {
        desk.warrant(actors.require(), id, time(until, "until"), time(issuedAt, "issuedAt"), court, reference);
        return back(id);
    }

    @PostMapping("/custody/detentions/{id}/dispose")
    @Guarded(Permission.CUSTODY_RECORD)
    String dispose(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable DisposalKind kind,
            @RequestParam(required = false) @Nullable String details,
            @RequestParam(required = false) @Nullable String bailUntil,
            @RequestParam(required = false) @Nullable String bailConditions,
            @RequestParam(required = false) @Nullable String transferTo) {
        desk.dispose(actors.require(), id, kind, details, day(bailUntil), bailConditions, transferTo);
        return back(id);
    }

    private static String back(long id) {
        return "redirect:/custody/detentions/" + id;
    }

    private static @Nullable Instant time(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(ForceTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "Give the time as a date and time, e.g. 2026-11-20T14:30.");
        }
    }

    private static @Nullable LocalDate day(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("bailUntil", "Give the day bail ends, e.g. 2027-02-20.");
        }
    }
}
