package org.constable.custody.api;

import java.util.Map;
import org.constable.audit.Purpose;
import org.constable.custody.application.CustodyHandover;
import org.constable.custody.application.CustodyMoves;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
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
 * Custody operations over REST: a suite's handover at shift change and its acceptance, a move to
 * another suite, the crimes a detention answers for, and safeguarding referrals from the record.
 */
@RestController
@RequestMapping("/api/v1/custody")
class CustodyOperationsApi {

    record HandoverBody(
            @Nullable String incomingOfficer, @Nullable String notes) {}

    record TransferBody(
            @Nullable Long toSuiteId,
            @Nullable Long toCellId,
            @Nullable String reason) {}

    record CrimeBody(@Nullable Long crimeId) {}

    record ReferralBody(@Nullable String concern, @Nullable String agency) {}

    private final CustodyHandover handover;
    private final CustodyMoves moves;
    private final CurrentActor actors;

    CustodyOperationsApi(CustodyHandover handover, CustodyMoves moves, CurrentActor actors) {
        this.handover = handover;
        this.moves = moves;
        this.actors = actors;
    }

    @GetMapping("/suites/{suiteId}/handover")
    @Guarded(Permission.CUSTODY_READ)
    CustodyHandover.Handover handover(
            @PathVariable long suiteId,
            @RequestParam(required = false) @Nullable Integer hours,
            @Purpose String purpose) {
        return handover.handover(actors.require(), suiteId, hours, purpose);
    }

    @PostMapping("/suites/{suiteId}/handovers")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> give(@PathVariable long suiteId, @RequestBody HandoverBody body) {
        return Map.of("id", handover.give(actors.require(), suiteId, body.incomingOfficer(), body.notes()));
    }

    @PostMapping("/handovers/{id}/acceptance")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void accept(@PathVariable long id) {
        handover.accept(actors.require(), id);
    }

    @PostMapping("/detentions/{id}/suite-transfer")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void transfer(@PathVariable long id, @RequestBody TransferBody body) {
        moves.transfer(actors.require(), id, body.toSuiteId(), body.toCellId(), body.reason());
    }

    @PostMapping("/detentions/{id}/crimes")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void linkCrime(@PathVariable long id, @RequestBody CrimeBody body) {
        moves.linkCrime(actors.require(), id, body.crimeId());
    }

    @PostMapping("/detentions/{id}/safeguarding-referrals")
    @Guarded(Permission.CUSTODY_RECORD)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> refer(@PathVariable long id, @RequestBody ReferralBody body) {
        return Map.of("id", moves.refer(actors.require(), id, body.concern(), body.agency()));
    }

    @GetMapping("/detentions/{id}/links")
    @Guarded(Permission.CUSTODY_READ)
    CustodyMoves.Links links(@PathVariable long id, @Purpose String purpose) {
        return moves.links(actors.require(), id, purpose);
    }
}
