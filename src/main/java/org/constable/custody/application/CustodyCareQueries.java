package org.constable.custody.application;

import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.custody.domain.CareFact;
import org.constable.custody.domain.CareOutstanding;
import org.constable.custody.domain.CustodyCare;
import org.constable.custody.domain.Detention;
import org.constable.custody.persistence.CareStore;
import org.constable.custody.persistence.DetentionStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.ForceTime;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The detainee's care at a glance: each right and entitlement with what was done about it, what is
 * still outstanding, the property held, and the interviews. Every read is audited with its purpose.
 */
@Service
public class CustodyCareQueries {

    /** One right or entitlement: its name, what was done, and whether it is settled. */
    public record Right(String name, String status, boolean settled) {}

    public record Item(int item, String description, String bag, String status, boolean held) {}

    public record Interview(
            int interview, String when, String officer, String status, boolean started, boolean ended) {}

    public record Care(
            long detentionId,
            List<Right> rights,
            List<String> outstanding,
            List<Item> property,
            /** The items still held, in words: what must be handed back or kept when the detainee leaves. */
            List<String> heldProperty,
            List<Interview> interviews,
            boolean legalAdviceRequested,
            boolean needsAppropriateAdult,
            /** When the appropriate adult now recorded arrived, in the force's time; null until they have. */
            @Nullable String appropriateAdultArrived,
            boolean interpreterRecorded) {}

    private final DetentionStore detentions;
    private final CareStore care;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    CustodyCareQueries(DetentionStore detentions, CareStore care, AccessPolicy policy, AuditTrail audit) {
        this.detentions = detentions;
        this.care = care;
        this.policy = policy;
        this.audit = audit;
    }

    @Transactional
    public Care care(Actor actor, long id, String purpose) {
        policy.require(actor, Permission.CUSTODY_READ);
        AuditRecord.requirePurpose(purpose);
        Detention d = detentions
                .find(id)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.DETENTION, id)))
                .detention();
        audit.record(AuditRecord.of(
                        Operation.CONSULTATION,
                        actor,
                        purpose,
                        RecordRef.of(RecordType.PERSON, d.personId()),
                        RecordRef.of(RecordType.DETENTION, id))
                .withDetail("custody record: rights and care"));
        CustodyCare c = new CustodyCare(d, care.facts(id));
        return new Care(
                id,
                CareSummary.rights(c, d),
                CareOutstanding.of(c, d),
                property(c),
                c.heldProperty().stream()
                        .map(p -> "Item " + p.item() + ": " + p.description()
                                + (p.bag() == null ? "" : " (sealed bag " + p.bag() + ")"))
                        .toList(),
                interviews(c),
                c.legalAdviceRequested(),
                d.needsAppropriateAdult(),
                c.appropriateAdultArrivedAt().map(ForceTime::dateTime).orElse(null),
                c.interpreterRecorded());
    }

    private static List<Item> property(CustodyCare c) {
        List<Item> items = new ArrayList<>();
        for (CareFact f : c.facts()) {
            if (f instanceof CareFact.PropertyTaken p) {
                String status = c.facts().stream()
                        .filter(g -> g instanceof CareFact.PropertyDealtWith x && x.item() == p.item())
                        .map(g -> {
                            CareFact.PropertyDealtWith x = (CareFact.PropertyDealtWith) g;
                            return (x.retained() ? "Retained as evidence " : "Returned ") + ForceTime.dateTime(x.at());
                        })
                        .findFirst()
                        .orElse("Held");
                items.add(new Item(
                        p.item(), p.description(), p.bag() == null ? "" : p.bag(), status, status.equals("Held")));
            }
        }
        return items;
    }

    private static List<Interview> interviews(CustodyCare c) {
        return c.interviews().stream()
                .map(i -> {
                    boolean started = c.started(i.interview());
                    boolean ended = c.ended(i.interview());
                    String status = ended
                            ? c.facts().stream()
                                    .filter(f ->
                                            f instanceof CareFact.InterviewEnded e && e.interview() == i.interview())
                                    .map(f -> "Ended " + ForceTime.dateTime(f.at()) + "; recording "
                                            + ((CareFact.InterviewEnded) f).recordingReference())
                                    .findFirst()
                                    .orElse("Ended")
                            : started ? "In progress" : "Scheduled";
                    return new Interview(
                            i.interview(), ForceTime.dateTime(i.scheduledFor()), i.officer(), status, started, ended);
                })
                .toList();
    }
}
