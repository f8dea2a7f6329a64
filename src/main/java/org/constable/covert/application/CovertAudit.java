package org.constable.covert.application;

import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.Actor;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The audit entries of covert work (ADR 0101): who, when, with what purpose, and the operation by its
 * opaque id only. The detail is one of a few fixed phrases chosen here, never a name, a text or a
 * field of the operation, so an auditor who is not a member reads that an access happened, and by
 * whom, and nothing of what was read.
 */
@Component
class CovertAudit {

    private final AuditTrail audit;

    CovertAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void record(Operation operation, Actor actor, @Nullable String purpose, long operationId, String fixedPhrase) {
        record(operation, actor, purpose, operationId, null, fixedPhrase);
    }

    void record(
            Operation operation,
            Actor actor,
            @Nullable String purpose,
            long operationId,
            @Nullable Long authorisationId,
            String fixedPhrase) {
        List<RecordRef> refs = new ArrayList<>();
        refs.add(operation(operationId));
        if (authorisationId != null) {
            refs.add(RecordRef.of(RecordType.DIRECTED_SURVEILLANCE, authorisationId));
        }
        audit.record(new AuditRecord(
                operation, actor.username(), actor.rolesText(), refs, purpose, null, Outcome.SUCCEEDED, fixedPhrase));
    }

    /** A read of several operations (one's own list, the due queue): each named by its id. */
    void consulted(Actor actor, String purpose, List<Long> operationIds, String fixedPhrase) {
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                operationIds.stream().distinct().map(CovertAudit::operation).toList(),
                purpose,
                null,
                Outcome.SUCCEEDED,
                fixedPhrase));
    }

    static RecordRef operation(long id) {
        return RecordRef.of(RecordType.COVERT_OPERATION, id);
    }
}
