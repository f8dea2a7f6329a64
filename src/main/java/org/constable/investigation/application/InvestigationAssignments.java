package org.constable.investigation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.investigation.persistence.OfficerInChargeStore;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing an investigation's officer in charge or supervisor (ADR 0091): a supervisor's decision,
 * to a real user of the right role (an investigator for the officer in charge, a supervisor for the
 * supervisor), with a reason; who held each before is kept, the change is audited, and the new
 * officer in charge finds the investigation on their day at once (the lists read the live columns).
 */
@Service
public class InvestigationAssignments {

    public record Change(
            @Nullable String officerInCharge,
            @Nullable String supervisor,
            @Nullable String reason) {}

    public record Assignment(
            String fromOfficerInCharge,
            String toOfficerInCharge,
            String fromSupervisor,
            String toSupervisor,
            String reason,
            String changedBy,
            Instant changedAt) {}

    private final OfficerInChargeStore store;
    private final InvestigationAccess access;
    private final InvestigationStaff staff;
    private final AuditTrail audit;
    private final Clock clock;

    InvestigationAssignments(
            OfficerInChargeStore store,
            InvestigationAccess access,
            InvestigationStaff staff,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void change(Actor actor, long investigationId, Change c) {
        InvestigationRow inv = access.open(actor, Permission.INVESTIGATION_REVIEW, investigationId, true);
        if (!inv.open()) {
            throw new Conflict(inv.reference() + " was finalised: its officer in charge no longer changes.");
        }
        String oic = blank(c.officerInCharge())
                ? inv.officerInCharge()
                : staff.worker(c.officerInCharge(), "officerInCharge").username();
        String supervisor = blank(c.supervisor())
                ? inv.supervisor()
                : staff.supervisor(c.supervisor(), "supervisor").username();
        if (oic.equals(inv.officerInCharge()) && supervisor.equals(inv.supervisor())) {
            throw new InvalidInput(
                    "officerInCharge",
                    "Name a new officer in charge or a new supervisor: " + inv.officerInCharge() + " and "
                            + inv.supervisor() + " hold them now.");
        }
        String reason = Investigations.text(c.reason(), "reason", "the reason for the change", 1000);
        store.change(
                investigationId,
                inv.officerInCharge(),
                oic,
                inv.supervisor(),
                supervisor,
                reason,
                actor.username(),
                clock.instant());
        audit.record(AuditRecord.of(
                        Operation.ALTERATION, actor, null, RecordRef.of(RecordType.INVESTIGATION, investigationId))
                .withDetail("officer in charge of " + inv.reference() + " " + inv.officerInCharge() + " -> " + oic
                        + ", supervisor " + inv.supervisor() + " -> " + supervisor));
    }

    /** Every change of officer in charge and supervisor, newest first, read for a purpose. */
    @Transactional(readOnly = true)
    public List<Assignment> history(Actor actor, long investigationId, String purpose) {
        AuditRecord.requirePurpose(purpose, Operation.CONSULTATION);
        InvestigationRow inv = access.open(actor, Permission.INVESTIGATION_READ, investigationId, false);
        audit.record(AuditRecord.of(
                        Operation.CONSULTATION, actor, purpose, RecordRef.of(RecordType.INVESTIGATION, investigationId))
                .withDetail("officer in charge history of " + inv.reference()));
        return store.history(investigationId).stream()
                .map(r -> new Assignment(
                        r.fromOic(),
                        r.toOic(),
                        r.fromSupervisor(),
                        r.toSupervisor(),
                        r.reason(),
                        r.changedBy(),
                        r.changedAt()))
                .toList();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
