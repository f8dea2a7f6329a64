package org.constable.covert.api;

import java.util.List;
import org.constable.audit.Purpose;
import org.constable.covert.application.Authorisations;
import org.constable.covert.application.CovertViews;
import org.constable.covert.application.Operations;
import org.constable.identity.CurrentActor;
import org.constable.identity.Guarded;
import org.constable.identity.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Covert operations and directed surveillance authorisations over REST (ADRs 0101, 0102). To anyone
 * who is not a member of an operation, it and everything in it answer exactly as a missing record.
 */
@RestController
@RequestMapping("/api/v1/covert")
class CovertApi {

    record Created(long id) {}

    record UserBody(@Nullable Long userId) {}

    record CancelBody(@Nullable String reason) {}

    record UseBody(@Nullable String activity) {}

    private final Operations operations;
    private final Authorisations authorisations;
    private final CurrentActor actors;

    CovertApi(Operations operations, Authorisations authorisations, CurrentActor actors) {
        this.operations = operations;
        this.authorisations = authorisations;
        this.actors = actors;
    }

    /** The operations the caller is a member of (none, for anyone else). */
    @GetMapping("/operations")
    @Guarded(Permission.COVERT_COMPARTMENT)
    List<CovertViews.OperationLine> mine(@Purpose String purpose) {
        return operations.mine(actors.require(), purpose);
    }

    /** A supervisor opens an operation and becomes its senior officer. */
    @PostMapping("/operations")
    @Guarded(Permission.COVERT_OPERATION_OPEN)
    @ResponseStatus(HttpStatus.CREATED)
    Created open(@RequestBody Operations.Open body) {
        return new Created(operations.open(actors.require(), body));
    }

    /** An operation with its members, membership history, authorisations and filed intelligence; members only. */
    @GetMapping("/operations/{id}")
    @Guarded(Permission.COVERT_COMPARTMENT)
    CovertViews.Operation operation(@PathVariable long id, @Purpose String purpose) {
        return operations.operation(actors.require(), id, purpose);
    }

    /** The senior officer adds a member (or restores one who lost access). */
    @PostMapping("/operations/{id}/members")
    @Guarded(Permission.COVERT_COMPARTMENT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addMember(@PathVariable long id, @RequestBody UserBody body) {
        operations.addMember(actors.require(), id, body.userId());
    }

    /** The senior officer removes a member. */
    @DeleteMapping("/operations/{id}/members/{userId}")
    @Guarded(Permission.COVERT_COMPARTMENT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable long id, @PathVariable long userId) {
        operations.removeMember(actors.require(), id, userId);
    }

    /** The senior officer hands the operation to another member who is a supervisor. */
    @PostMapping("/operations/{id}/senior-officer")
    @Guarded(Permission.COVERT_COMPARTMENT)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void handOver(@PathVariable long id, @RequestBody UserBody body) {
        operations.handOver(actors.require(), id, body.userId());
    }

    /** A member applies for directed surveillance, naming the authorising officer. */
    @PostMapping("/operations/{id}/authorisations")
    @Guarded(Permission.COVERT_COMPARTMENT)
    @ResponseStatus(HttpStatus.CREATED)
    Created apply(@PathVariable long id, @RequestBody Authorisations.Apply body) {
        return new Created(authorisations.apply(actors.require(), id, body));
    }

    /** An authorisation with its reviews, renewals and uses; members of its operation only. */
    @GetMapping("/authorisations/{id}")
    @Guarded(Permission.COVERT_COMPARTMENT)
    CovertViews.Authorisation authorisation(@PathVariable long id, @Purpose String purpose) {
        return authorisations.authorisation(actors.require(), id, purpose);
    }

    /** The named authorising officer grants it: in force for three months. */
    @PostMapping("/authorisations/{id}/grant")
    @Guarded(Permission.COVERT_COMPARTMENT)
    CovertViews.Authorisation grant(@PathVariable long id) {
        return authorisations.grant(actors.require(), id);
    }

    /** The authorising officer reviews it: CONTINUE or CANCEL, with notes. */
    @PostMapping("/authorisations/{id}/reviews")
    @Guarded(Permission.COVERT_COMPARTMENT)
    CovertViews.Authorisation review(@PathVariable long id, @RequestBody Authorisations.Review body) {
        return authorisations.review(actors.require(), id, body);
    }

    /** The authorising officer renews it before it expires: three months from the expiry. */
    @PostMapping("/authorisations/{id}/renewals")
    @Guarded(Permission.COVERT_COMPARTMENT)
    CovertViews.Authorisation renew(@PathVariable long id) {
        return authorisations.renew(actors.require(), id);
    }

    /** The authorising officer cancels it, with the reason: no further use after. */
    @PostMapping("/authorisations/{id}/cancellation")
    @Guarded(Permission.COVERT_COMPARTMENT)
    CovertViews.Authorisation cancel(@PathVariable long id, @RequestBody CancelBody body) {
        return authorisations.cancel(actors.require(), id, body.reason());
    }

    /** A member records surveillance carried out under it; refused unless it is in force. */
    @PostMapping("/authorisations/{id}/uses")
    @Guarded(Permission.COVERT_COMPARTMENT)
    CovertViews.Authorisation use(@PathVariable long id, @RequestBody UseBody body) {
        return authorisations.use(actors.require(), id, body.activity());
    }

    /** The caller's queue as authorising officer: decisions, reviews, renewals and cancellations due. */
    @GetMapping("/due")
    @Guarded(Permission.COVERT_COMPARTMENT)
    CovertViews.DueQueue due(@Purpose String purpose) {
        return authorisations.due(actors.require(), purpose);
    }
}
