package org.constable.investigation.application;

import java.time.Clock;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.custody.CustodyCaseEvent;
import org.constable.investigation.domain.CaseEventKind;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.domain.VictimsCodeUpdateDeadline;
import org.constable.investigation.persistence.VictimCareStore;
import org.constable.investigation.persistence.VictimCareStore.VictimCareRow;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Custody's arrests and disposals for a linked crime are Victims' Code case events, exactly as an
 * officer's recorded arrest or charge: each starts the update deadline for every victim of the
 * crime. A crime with no victim care (no victim, or not a crime record) or a cancelled crime owes
 * nothing; a redelivered event (same crime, kind, time and custody record) adds nothing.
 */
@Component
class CustodyCaseEventsHeard {

    private static final Logger log = LoggerFactory.getLogger(CustodyCaseEventsHeard.class);

    private final VictimCareStore store;
    private final VictimsCodeUpdateDeadline update;
    private final AuditTrail audit;
    private final Clock clock;

    CustodyCaseEventsHeard(VictimCareStore store, VictimsCodeUpdateDeadline update, AuditTrail audit, Clock clock) {
        this.store = store;
        this.update = update;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CustodyCaseEvent e) {
        List<VictimCareRow> victims = store.ofCrime(e.crimeId());
        if (victims.isEmpty() || store.cancelledAt(e.crimeId()).isPresent()) {
            log.debug("custody case event for crime {} owes no Victims' Code update", e.crimeId());
            return;
        }
        CaseEventKind kind = CaseEventKind.valueOf(e.kind().name());
        String note = "From custody record " + e.detentionId();
        boolean heard = store.eventsOfCrime(e.crimeId()).stream()
                .anyMatch(r ->
                        r.kind().equals(kind.name()) && r.occurredAt().equals(e.occurredAt()) && note.equals(r.note()));
        if (heard) {
            return;
        }
        long eventId = store.addEvent(e.crimeId(), kind.name(), e.occurredAt(), note, e.by(), clock.instant());
        for (VictimCareRow v : victims) {
            Deadline due = update.dueFor(kind, e.occurredAt(), v.vulnerable());
            store.addDeadline(v.id(), due.obligation().name(), eventId, e.occurredAt(), due.lastDay(), due.dueBy());
        }
        audit.record(new AuditRecord(
                Operation.COLLECTION,
                e.by(),
                "",
                List.of(
                        RecordRef.of(RecordType.CRIME, e.crimeId()),
                        RecordRef.of(RecordType.CASE_EVENT, eventId),
                        RecordRef.of(RecordType.DETENTION, e.detentionId())),
                null,
                null,
                Outcome.SUCCEEDED,
                kind.label() + " recorded for " + victims.get(0).crimeReference() + " from custody"));
    }
}
