package org.constable.custody.web;

import org.constable.custody.application.CustodyHandover;
import org.constable.custody.application.CustodyMoves;
import org.constable.identity.AccessPolicy;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The handover page of a suite (desk and phone) with its give and accept forms, and the forms on a
 * custody record for a move to another suite, a crime linked and a safeguarding referral.
 */
@Controller
class CustodyOperationsPages {

    /** The purpose the handover page's function fixes. */
    static final String HANDOVER = "Custody handover";

    private final CustodyHandover handover;
    private final CustodyMoves moves;
    private final CurrentActor actors;
    private final AccessPolicy policy;

    CustodyOperationsPages(CustodyHandover handover, CustodyMoves moves, CurrentActor actors, AccessPolicy policy) {
        this.handover = handover;
        this.moves = moves;
        this.actors = actors;
        this.policy = policy;
    }

    @GetMapping("/custody/suites/{suiteId}/handover")
    @Guarded(Permission.CUSTODY_READ)
    String handover(@PathVariable long suiteId, @RequestParam(required = false) @Nullable Integer hours, Model model) {
        var actor = actors.require();
        model.addAttribute("handover", handover.handover(actor, suiteId, hours, HANDOVER));
        model.addAttribute("me", actor.username());
        model.addAttribute("mayRecord", policy.allows(actor, Permission.CUSTODY_RECORD));
        return "custody/handover";
    }

    @PostMapping("/custody/suites/{suiteId}/handover")
    @Guarded(Permission.CUSTODY_RECORD)
    String give(
            @PathVariable long suiteId,
            @RequestParam(required = false) @Nullable String incomingOfficer,
            @RequestParam(required = false) @Nullable String notes) {
        handover.give(actors.require(), suiteId, incomingOfficer, notes);
        return "redirect:/custody/suites/" + suiteId + "/handover";
    }

    @PostMapping("/custody/suites/{suiteId}/handovers/{id}/accept")
    @Guarded(Permission.CUSTODY_RECORD)
    String accept(@PathVariable long suiteId, @PathVariable long id) {
        handover.accept(actors.require(), id);
        return "redirect:/custody/suites/" + suiteId + "/handover";
    }

    @PostMapping("/custody/detentions/{id}/move")
    @Guarded(Permission.CUSTODY_RECORD)
    String move(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String reason) {
        Long suite = null;
        Long cell = null;
        if (to != null && !to.isBlank()) {
            String[] parts = to.split(":", -1);
            try {
                suite = Long.parseLong(parts[0]);
                cell = parts.length > 1 && !parts[1].isEmpty() ? Long.parseLong(parts[1]) : null;
            } catch (NumberFormatException e) {
                throw new InvalidInput("toSuiteId", "Choose the custody suite the detainee moves to.");
            }
        }
        moves.transfer(actors.require(), id, suite, cell, reason);
        return "redirect:/custody/detentions/" + id;
    }

    @PostMapping("/custody/detentions/{id}/crime")
    @Guarded(Permission.CUSTODY_RECORD)
    String crime(@PathVariable long id, @RequestParam(required = false) @Nullable String crimeId) {
        Long crime;
        try {
            crime = crimeId == null || crimeId.isBlank() ? null : Long.parseLong(crimeId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("crimeId", "Give the crime record's number (digits only).");
        }
        moves.linkCrime(actors.require(), id, crime);
        return "redirect:/custody/detentions/" + id;
    }

    @PostMapping("/custody/detentions/{id}/safeguarding")
    @Guarded(Permission.CUSTODY_RECORD)
    String refer(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String concern,
            @RequestParam(required = false) @Nullable String agency) {
        moves.refer(actors.require(), id, concern, agency);
        return "redirect:/custody/detentions/" + id;
    }
}
