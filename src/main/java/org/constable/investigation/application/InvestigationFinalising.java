package org.constable.investigation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.crime.CrimesUnderInvestigation;
import org.constable.identity.Actor;
import org.constable.investigation.domain.CaseEventKind;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.persistence.ActionStore;
import org.constable.investigation.persistence.InvestigationStore;
import org.constable.investigation.persistence.InvestigationStore.CrimeLink;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.investigation.persistence.VictimCareStore;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finalising: every crime of the investigation gets its Home Office outcome through the crime
 * module's own outcome use case (CRIME_OUTCOME, a cancelled crime has none), in one transaction, so
 * one refused outcome changes nothing. A crime with victims then gets the Victims' Code case event
 * that outcome means (charged, or no further action), starting the update deadline as any case event
 * does. An investigation with open actions is not finalised: an action is never silently dropped.
 */
@Service
public class InvestigationFinalising {

    /** The outcome for one crime. */
    public record CrimeOutcome(
            @Nullable Long crimeId, @Nullable String outcomeType) {}

    /** The Home Office outcome type that means the suspect was charged or summonsed. */
    static final String CHARGED = "1";

    private final Investigations investigations;
    private final InvestigationStore store;
    private final ActionStore actions;
    private final CrimesUnderInvestigation crimes;
    private final VictimCare care;
    private final VictimCareStore victims;
    private final AuditTrail audit;
    private final Clock clock;

    InvestigationFinalising(
            Investigations investigations,
            InvestigationStore store,
            ActionStore actions,
            CrimesUnderInvestigation crimes,
            VictimCare care,
            VictimCareStore victims,
            AuditTrail audit,
            Clock clock) {
        this.investigations = investigations;
        this.store = store;
        this.actions = actions;
        this.crimes = crimes;
        this.care = care;
        this.victims = victims;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void finalise(Actor actor, long id, @Nullable List<CrimeOutcome> outcomes, @Nullable String note) {
        InvestigationRow inv = investigations.openForChange(actor, id);
        String text = Investigations.optionalText(note, "note", 2000);
        int open = actions.openCount(id);
        if (open > 0) {
            throw new Conflict(inv.reference() + " has " + open + " open action(s): complete or reassign them "
                    + "before finalising.");
        }
        List<CrimeLink> linked = store.crimes(id);
        Map<Long, String> byCrime = new LinkedHashMap<>();
        for (CrimeOutcome o : outcomes == null ? List.<CrimeOutcome>of() : outcomes) {
            if (o == null || o.crimeId() == null) {
                throw new InvalidInput("outcomes", "Each outcome names its crime (crimeId).");
            }
            if (linked.stream().noneMatch(c -> c.crimeId() == o.crimeId())) {
                throw new InvalidInput(
                        "outcomes", "Crime " + o.crimeId() + " is not one of " + inv.reference() + "'s.");
            }
            byCrime.put(
                    o.crimeId(),
                    o.outcomeType() == null ? null : o.outcomeType().strip());
        }
        for (CrimeLink c : linked) {
            if (!byCrime.containsKey(c.crimeId()) || byCrime.get(c.crimeId()) == null) {
                throw new InvalidInput("outcomes", "Give the Home Office outcome for " + c.crimeReference() + ".");
            }
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Deadline.ENGLAND_AND_WALES);
        for (CrimeLink c : linked) {
            String type = byCrime.get(c.crimeId());
            crimes.setOutcome(actor, c.crimeId(), type, today, "Investigation " + inv.reference() + " finalised");
        }
        store.finalise(id, actor.username(), now, text);
        for (CrimeLink c : linked) {
            if (!victims.ofCrime(c.crimeId()).isEmpty()) {
                CaseEventKind kind = CHARGED.equals(byCrime.get(c.crimeId()))
                        ? CaseEventKind.CHARGE
                        : CaseEventKind.NO_FURTHER_ACTION;
                care.recordEvent(actor, c.crimeId(), kind, now, "Investigation " + inv.reference() + " finalised");
            }
        }
        List<RecordRef> refs = new ArrayList<>();
        refs.add(RecordRef.of(RecordType.INVESTIGATION, id));
        linked.forEach(c -> refs.add(RecordRef.of(RecordType.CRIME, c.crimeId())));
        audit.record(AuditRecord.of(Operation.ALTERATION, actor, null, refs.toArray(RecordRef[]::new))
                .withDetail("investigation " + inv.reference() + " finalised with outcome(s) " + byCrime.values()));
    }
}
