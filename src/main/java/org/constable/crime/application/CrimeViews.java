package org.constable.crime.application;

import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.crime.domain.Classification;
import org.constable.crime.persistence.ChangeRequestStore;
import org.constable.crime.persistence.ClassificationStore;
import org.constable.crime.persistence.CrimeRow;
import org.constable.crime.persistence.CrimeStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading crimes: a crime names victims, suspects and witnesses, so every opening is audited with its purpose. */
@Service
public class CrimeViews {

    public record CrimeView(
            CrimeRow crime,
            Classification classification,
            List<CrimeStore.Party> parties,
            List<Long> incidents,
            List<CrimeStore.HistoryEntry> history,
            List<ChangeRequestStore.ChangeRequest> requests,
            List<ChangeRequestStore.Outcome> outcomes) {}

    public record CrimeLine(
            long id,
            String reference,
            String classificationCode,
            String status,
            java.time.Instant recordedAt,
            String officerInCharge) {}

    private final CrimeStore crimes;
    private final ChangeRequestStore requests;
    private final ClassificationStore classifications;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    public CrimeViews(
            CrimeStore crimes,
            ChangeRequestStore requests,
            ClassificationStore classifications,
            AccessPolicy policy,
            AuditTrail audit) {
        this.crimes = crimes;
        this.requests = requests;
        this.classifications = classifications;
        this.policy = policy;
        this.audit = audit;
    }

    @Transactional
    public CrimeView open(Actor actor, long id, String purpose) {
        policy.require(actor, Permission.CRIME_READ);
        CrimeRow c = crimes.find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of("crime", id)));
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, RecordRef.of("crime", id)));
        return new CrimeView(
                c,
                classifications
                        .version(c.classificationCode(), c.classificationVersion())
                        .orElseThrow(),
                crimes.parties(id),
                crimes.incidents(id),
                crimes.history(id),
                requests.of(id),
                requests.outcomes(id));
    }

    /** Recent crimes by reference and classification only (no one is named). */
    @Transactional(readOnly = true)
    public List<CrimeLine> recent(Actor actor, int limit) {
        policy.require(actor, Permission.CRIME_READ);
        return crimes.recent(limit).stream()
                .map(c -> new CrimeLine(
                        c.id(), c.reference(), c.classificationCode(), c.status(), c.recordedAt(), c.officerInCharge()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ChangeRequestStore.ChangeRequest> pendingRequests(Actor actor) {
        policy.require(actor, Permission.CRIME_REGISTRAR_DECIDE);
        return requests.pending();
    }

    @Transactional(readOnly = true)
    public List<Classification> classifications(Actor actor, String query) {
        policy.require(actor, Permission.CRIME_READ);
        return query == null || query.isBlank() ? classifications.current() : classifications.search(query);
    }

    @Transactional(readOnly = true)
    public List<ClassificationStore.OutcomeType> outcomeTypes(Actor actor) {
        policy.require(actor, Permission.CRIME_READ);
        return classifications.outcomeTypes();
    }
}
