package org.constable.audit.application;

import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.AccessDenied;
import org.constable.identity.PrivilegedActionTaken;
import org.constable.identity.SignInFailed;
import org.constable.identity.SignInSucceeded;
import org.constable.shared.RecordRef;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes identity's security events into the trail, synchronously: if the entry cannot be
 * written, the exception reaches the sign-in or the refused request and it fails too.
 */
@Component
class IdentityEventsAuditor {

    private final AuditTrail trail;

    IdentityEventsAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(SignInSucceeded e) {
        trail.record(new AuditRecord(
                Operation.SIGN_IN,
                e.username(),
                e.roles(),
                List.of(),
                null,
                null,
                Outcome.SUCCEEDED,
                "channel=" + e.channel()));
    }

    @EventListener
    void on(SignInFailed e) {
        regardless(new AuditRecord(
                Operation.SIGN_IN_FAILED,
                e.username(),
                "",
                List.of(),
                null,
                null,
                Outcome.FAILED,
                e.reason() + (e.lockedOut() ? "; account locked" : "")));
    }

    @EventListener
    void on(AccessDenied e) {
        List<RecordRef> refs = e.record().isEmpty() ? List.of() : List.of(parse(e.record()));
        regardless(new AuditRecord(
                Operation.ACCESS_DENIED, e.username(), e.roles(), refs, null, null, Outcome.DENIED, e.what()));
    }

    @EventListener
    void on(PrivilegedActionTaken e) {
        List<RecordRef> refs = e.record().isEmpty() ? List.of() : List.of(parse(e.record()));
        trail.record(new AuditRecord(
                Operation.PRIVILEGED_ACTION, e.username(), e.roles(), refs, null, null, Outcome.SUCCEEDED, e.action()));
    }

    private void regardless(AuditRecord record) {
        if (AuditTrail.holdsChainLock()) {
            // This transaction already appended to the chain; a new one would wait for our own lock.
            trail.record(record);
        } else {
            trail.recordRegardless(record);
        }
    }

    private static RecordRef parse(String ref) {
        return RecordRef.parse(ref);
    }
}
