package org.constable.sources.application;

import java.util.Optional;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.constable.sources.persistence.SourceStore;
import org.constable.sources.persistence.SourceStore.SourceRow;
import org.springframework.stereotype.Component;

/**
 * Who may see a source (ADR 0104): its handler, its controller and the source registrars; nobody
 * else, whatever their role. A source one may not see takes the same path as one that does not
 * exist (AccessPolicy.requireNamedOn), so no answer tells them apart.
 */
@Component
class SourceAccess {

    private final SourceStore store;
    private final AccessPolicy policy;

    SourceAccess(SourceStore store, AccessPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    boolean registrar(Actor actor) {
        return policy.allows(actor, Permission.SOURCE_REGISTER);
    }

    boolean named(Actor actor, SourceRow row) {
        return registrar(actor) || actor.userId() == row.handlerUserId() || actor.userId() == row.controllerUserId();
    }

    /** The source, if this actor is named on it or a registrar; otherwise 404 as for a missing one. */
    SourceRow visible(Actor actor, long id) {
        Optional<SourceRow> row = store.find(id);
        policy.requireNamedOn(actor, Permission.SOURCE_WORK, ref(id), row.isPresent() && named(actor, row.get()));
        return row.orElseThrow();
    }

    static RecordRef ref(long id) {
        return RecordRef.of(RecordType.SOURCE, id);
    }
}
