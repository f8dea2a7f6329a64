package org.constable.custody.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.constable.custody.application.CustodyMoves;
import org.constable.custody.application.CustodyQueries;
import org.constable.custody.domain.ObservationLevel;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.identity.RankedDecision;
import org.constable.identity.SessionKeys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The custody pages people read: the suites, a suite's live board, the visiting officer's phone and a custody record. */
@Controller
class CustodyPages {

    /** The purposes the pages' functions fix: a suite is read to keep its detainees safe and lawfully held. */
    static final String SUITE_BOARD = "Custody suite board";

    static final String CUSTODY_RECORD = "Custody record";

    private final CustodyQueries queries;
    private final org.constable.custody.application.CustodyCareQueries care;
    private final CurrentActor actors;
    private final AccessPolicy policy;
    private final SuiteStream stream;
    private final Clock clock;
    private final CustodyMoves moves;

    CustodyPages(
            CustodyQueries queries,
            org.constable.custody.application.CustodyCareQueries care,
            CurrentActor actors,
            AccessPolicy policy,
            SuiteStream stream,
            Clock clock,
            CustodyMoves moves) {
        this.moves = moves;
        this.queries = queries;
        this.care = care;
        this.actors = actors;
        this.policy = policy;
        this.stream = stream;
        this.clock = clock;
    }

    @GetMapping("/custody")
    @Guarded(Permission.CUSTODY_READ)
    String suites(Model model) {
        List<CustodyQueries.Suite> suites = queries.suites(actors.require());
        if (suites.size() == 1) {
            return "redirect:/custody/suites/" + suites.get(0).id();
        }
        model.addAttribute("suites", suites);
        return "custody/suites";
    }

    @GetMapping("/custody/suites/{suiteId}")
    @Guarded(Permission.CUSTODY_READ)
    String board(@PathVariable long suiteId, Model model) {
        live(suiteId, model);
        return "custody/board";
    }

    @GetMapping("/custody/suites/{suiteId}/live")
    @Guarded(Permission.CUSTODY_READ)
    String live(@PathVariable long suiteId, Model model) {
        var actor = actors.require();
        model.addAttribute("board", queries.board(actor, suiteId, SUITE_BOARD));
        model.addAttribute("mayRecord", policy.allows(actor, Permission.CUSTODY_RECORD));
        return "custody/board :: live";
    }

    @GetMapping("/custody/suites/{suiteId}/visits")
    @Guarded(Permission.CUSTODY_READ)
    String visits(@PathVariable long suiteId, Model model) {
        visitsLive(suiteId, model);
        return "custody/visits";
    }

    @GetMapping("/custody/suites/{suiteId}/visits/live")
    @Guarded(Permission.CUSTODY_READ)
    String visitsLive(@PathVariable long suiteId, Model model) {
        var actor = actors.require();
        model.addAttribute("board", queries.board(actor, suiteId, SUITE_BOARD));
        model.addAttribute("mayRecord", policy.allows(actor, Permission.CUSTODY_RECORD));
        return "custody/visits :: live";
    }

    @GetMapping(path = "/custody/suites/{suiteId}/stream", produces = "text/event-stream")
    @Guarded(Permission.CUSTODY_READ)
    SseEmitter stream(@PathVariable long suiteId, HttpServletRequest request) {
        return stream.subscribe(suiteId, actors.require().username(), SessionKeys.of(request));
    }

    @GetMapping("/custody/detentions/{id}")
    @Guarded(Permission.CUSTODY_READ)
    String record(@PathVariable long id, Model model) {
        var actor = actors.require();
        model.addAttribute("record", queries.record(actor, id, CUSTODY_RECORD));
        model.addAttribute("care", care.care(actor, id, CUSTODY_RECORD));
        model.addAttribute("occasions", org.constable.custody.domain.RightsOccasion.values());
        model.addAttribute("links", moves.links(actor, id, CUSTODY_RECORD));
        model.addAttribute("mayRecord", policy.allows(actor, Permission.CUSTODY_RECORD));
        // each decision PACE gives to a rank is offered only to those of that rank or above (ADR 0071)
        model.addAttribute(
                "mayDecide", policy.allows(actor, Permission.CUSTODY_RECORD, RankedDecision.CUSTODY_OFFICER_DECISION));
        model.addAttribute(
                "mayReview", policy.allows(actor, Permission.CUSTODY_REVIEW, RankedDecision.DETENTION_REVIEW));
        model.addAttribute(
                "mayDelayInforming",
                policy.allows(actor, Permission.CUSTODY_REVIEW, RankedDecision.DELAY_IN_INFORMING));
        model.addAttribute(
                "mayExtend", policy.allows(actor, Permission.CUSTODY_REVIEW, RankedDecision.DETENTION_EXTENSION));
        model.addAttribute("rankNote", rankNote(actor));
        model.addAttribute("levels", ObservationLevel.values());
        model.addAttribute("now", clock.instant());
        return "custody/record";
    }

    /** Says, to one who holds a custody permission, which decisions their recorded rank keeps from them. */
    private String rankNote(Actor actor) {
        List<String> not = new java.util.ArrayList<>();
        if (policy.allows(actor, Permission.CUSTODY_RECORD)
                && !policy.allows(actor, Permission.CUSTODY_RECORD, RankedDecision.CUSTODY_OFFICER_DECISION)) {
            not.add("the custody officer's decisions (a sergeant or above)");
        }
        if (policy.allows(actor, Permission.CUSTODY_REVIEW)) {
            if (!policy.allows(actor, Permission.CUSTODY_REVIEW, RankedDecision.DETENTION_REVIEW)) {
                not.add("reviews and delays in informing (an inspector or above)");
            }
            if (!policy.allows(actor, Permission.CUSTODY_REVIEW, RankedDecision.DETENTION_EXTENSION)) {
                not.add("the 36-hour extension (a superintendent or above)");
            }
        }
        if (not.isEmpty()) {
            return "";
        }
        return "Your recorded rank is "
                + (actor.rank() == null ? "not recorded" : actor.rank().label()) + ", so these are not offered to you: "
                + String.join("; ", not) + ".";
    }
}
