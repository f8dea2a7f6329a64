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
import org.constable.identity.SignInThrottled;
import org.constable.shared.RecordRef;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes identity's security events into the trail. Sign-ins and privileged actions join the
 * caller's transaction; a failed sign-in is written durably by the audit writer on its own pool
 * before the refusal is answered; a refused read or throttled sign-in is queued on that writer
 * without waiting, so a refusal costs what a missing record costs (ADR 0042). None of them takes a
 * second connection of the application's pool.
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
        trail.recordRegardless(new AuditRecord(
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
        trail.recordLater(new AuditRecord(
                Operation.ACCESS_DENIED, e.username(), e.roles(), refs, null, null, Outcome.DENIED, e.what()));
    }

    @EventListener
    void on(SignInThrottled e) {
        trail.recordLater(new AuditRecord(
                Operation.SIGN_IN_FAILED,
                e.username() == null ? "" : e.username(),
                "",
                List.of(),
                null,
                null,
                Outcome.DENIED,
                "throttled: " + e.reason()));
    }

    @EventListener
    void on(PrivilegedActionTaken e) {
        List<RecordRef> refs = e.record().isEmpty() ? List.of() : List.of(parse(e.record()));
        trail.record(new AuditRecord(
                Operation.PRIVILEGED_ACTION, e.username(), e.roles(), refs, null, null, Outcome.SUCCEEDED, e.action()));
    }

    private static RecordRef parse(String ref) {
        return RecordRef.parse(ref);
    }
}
