package org.constable.covert.application;

import org.constable.covert.persistence.OperationStore;
import org.constable.covert.persistence.OperationStore.OperationRow;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.springframework.stereotype.Component;

/**
 * The one door into an operation (ADR 0101): the operation, if the actor is its member; otherwise
 * the refusal a missing record gets, by the same query and the same {@link AccessPolicy#requireFound}
 * path, so that neither the answer nor its cost tells a hidden operation from one that never was.
 */
@Component
class Compartment {

    private final OperationStore store;
    private final AccessPolicy policy;

    Compartment(OperationStore store, AccessPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    OperationRow enter(Actor actor, long operationId) {
        policy.require(actor, Permission.COVERT_COMPARTMENT);
        var row = store.asMember(operationId, actor.userId());
        if (row.isEmpty()) {
            policy.requireFound(actor, Permission.COVERT_COMPARTMENT, CovertAudit.operation(operationId), null);
        }
        return row.orElseThrow();
    }
}
