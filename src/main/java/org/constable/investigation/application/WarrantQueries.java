package org.constable.investigation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.evidence.ExhibitsOnFile;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.application.WarrantViews.ExhibitChoice;
import org.constable.investigation.application.WarrantViews.InvestigationWarrants;
import org.constable.investigation.application.WarrantViews.LinkedExhibit;
import org.constable.investigation.application.WarrantViews.WarrantPage;
import org.constable.investigation.application.WarrantViews.WarrantQueue;
import org.constable.investigation.application.WarrantViews.WarrantView;
import org.constable.investigation.domain.DueState;
import org.constable.investigation.domain.WarrantKinds;
import org.constable.investigation.domain.WarrantStatus;
import org.constable.investigation.domain.WarrantTerms;
import org.constable.investigation.persistence.InvestigationStore;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.investigation.persistence.WarrantStore;
import org.constable.investigation.persistence.WarrantStore.WarrantRow;
import org.constable.people.RestrictedParts;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of warrants, each for a purpose and audited as a consultation: one warrant, an
 * investigation's warrants, and the expiry and return queue of the warrants of the reader's
 * investigations. A warrant of an investigation the reader may not open is missing on its own page
 * and shows only its reference in the queue; premises at a restricted address show as such.
 */
@Service
public class WarrantQueries {

    static final int QUEUE_LIMIT = 200;

    private final WarrantStore store;
    private final InvestigationStore investigations;
    private final InvestigationAccess access;
    private final ExhibitsOnFile exhibits;
    private final RestrictedParts restricted;
    private final WarrantKinds kinds;
    private final WarrantTerms terms;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    WarrantQueries(
            WarrantStore store,
            InvestigationStore investigations,
            InvestigationAccess access,
            ExhibitsOnFile exhibits,
            RestrictedParts restricted,
            WarrantKinds kinds,
            WarrantTerms terms,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.investigations = investigations;
        this.access = access;
        this.exhibits = exhibits;
        this.restricted = restricted;
        this.kinds = kinds;
        this.terms = terms;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public WarrantPage warrant(Actor actor, long id, String purpose) {
        AuditRecord.requirePurpose(purpose, Operation.CONSULTATION);
        WarrantRow w = store.find(id).orElseThrow(() -> Warrants.notFound(id));
        try {
            access.open(actor, Permission.INVESTIGATION_READ, w.investigationId(), false);
        } catch (RecordNotFound hidden) {
            throw Warrants.notFound(id);
        }
        List<Long> crimeIds = investigations.crimes(w.investigationId()).stream()
                .map(InvestigationStore.CrimeLink::crimeId)
                .toList();
        List<ExhibitChoice> choices = w.status() == WarrantStatus.ISSUED
                ? exhibits.ofCrimes(actor, crimeIds).stream()
                        .map(x -> new ExhibitChoice(x.id(), x.reference(), x.description()))
                        .toList()
                : List.of();
        audit.record(AuditRecord.of(
                        Operation.CONSULTATION,
                        actor,
                        purpose,
                        RecordRef.of(RecordType.WARRANT, id),
                        RecordRef.of(RecordType.INVESTIGATION, w.investigationId()))
                .withDetail("warrant " + w.reference()));
        return new WarrantPage(view(actor, w, today(), false), choices);
    }

    @Transactional(readOnly = true)
    public InvestigationWarrants ofInvestigation(Actor actor, long investigationId, String purpose) {
        AuditRecord.requirePurpose(purpose, Operation.CONSULTATION);
        InvestigationRow inv = access.open(actor, Permission.INVESTIGATION_READ, investigationId, false);
        LocalDate today = today();
        List<WarrantRow> rows = store.ofInvestigation(investigationId);
        List<RecordRef> refs = new ArrayList<>();
        refs.add(RecordRef.of(RecordType.INVESTIGATION, investigationId));
        rows.forEach(w -> refs.add(RecordRef.of(RecordType.WARRANT, w.id())));
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, refs.toArray(RecordRef[]::new))
                .withDetail("warrants of " + inv.reference()));
        return new InvestigationWarrants(
                investigationId,
                inv.reference(),
                inv.open(),
                rows.stream().map(w -> view(actor, w, today, false)).toList(),
                kinds.all());
    }

    /** The outstanding warrants of investigations the reader is officer in charge, supervisor or team member of, or applied for. */
    @Transactional(readOnly = true)
    public WarrantQueue queue(Actor actor, String purpose) {
        policy.require(actor, Permission.INVESTIGATION_READ);
        AuditRecord.requirePurpose(purpose, Operation.CONSULTATION);
        LocalDate today = today();
        List<WarrantRow> rows = store.outstandingFor(actor.username(), QUEUE_LIMIT);
        Set<Long> closed = access.closedTo(
                actor, rows.stream().map(WarrantRow::investigationId).distinct().toList());
        List<WarrantView> views = rows.stream()
                .map(w -> view(actor, w, today, closed.contains(w.investigationId())))
                .toList();
        List<RecordRef> refs = new ArrayList<>();
        rows.forEach(w -> refs.add(RecordRef.of(RecordType.WARRANT, w.id())));
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, refs.toArray(RecordRef[]::new))
                .withDetail("warrant expiry and return queue"
                        + (closed.isEmpty() ? "" : ", restricted shown by reference only")));
        List<WarrantView> overdue = new ArrayList<>();
        List<WarrantView> toReturn = new ArrayList<>();
        List<WarrantView> inForce = new ArrayList<>();
        for (WarrantView v : views) {
            if (v.returnOverdue()) {
                overdue.add(v);
            } else if (v.status() == WarrantStatus.EXECUTED || !v.executable()) {
                toReturn.add(v);
            } else {
                inForce.add(v);
            }
        }
        inForce.sort(java.util.Comparator.comparing(WarrantView::expiresOn).thenComparing(WarrantView::id));
        return new WarrantQueue(today, overdue, toReturn, inForce);
    }

    private WarrantView view(Actor actor, WarrantRow w, LocalDate today, boolean withheld) {
        LocalDate expiresOn = w.expiresOn();
        LocalDate returnDueOn = w.returnDueOn();
        boolean executable =
                w.status() == WarrantStatus.ISSUED && expiresOn != null && terms.executable(expiresOn, today);
        String returnState = null;
        boolean overdue = false;
        if (w.status().outstanding() && returnDueOn != null) {
            DueState s = DueState.of(returnDueOn, today);
            overdue = s == DueState.OVERDUE;
            returnState = switch (s) {
                case OVERDUE -> "Return to court overdue";
                case DUE -> "Return to court due today";
                case NOT_YET -> "Return to court by " + w.returnDueOn();
            };
            if (w.status() == WarrantStatus.ISSUED && !executable) {
                returnState = "Expired unexecuted on " + w.expiresOn() + " · "
                        + returnState.toLowerCase(java.util.Locale.ROOT);
            }
        }
        List<LinkedExhibit> linked = withheld
                ? List.of()
                : store.exhibits(w.id()).stream()
                        .map(x -> new LinkedExhibit(x.exhibitId(), x.exhibitReference()))
                        .toList();
        String premises = withheld
                ? InvestigationViews.WITHHELD
                : RestrictedParts.placeText(restricted.place(actor, w.locationId()), w.premises(), null);
        return new WarrantView(
                w.id(),
                w.reference(),
                w.investigationId(),
                w.investigationReference(),
                w.kind(),
                kinds.label(w.kind()),
                withheld ? InvestigationViews.WITHHELD : w.grounds(),
                premises,
                w.court(),
                w.status(),
                w.status().label(),
                w.appliedBy(),
                w.appliedAt(),
                w.decidedOn(),
                withheld ? null : w.decisionNote(),
                w.expiresOn(),
                executable,
                w.executedAt(),
                w.executedBy(),
                withheld ? null : w.found(),
                linked,
                w.returnDueOn(),
                returnState,
                overdue,
                w.returnedOn(),
                w.returnedBy(),
                withheld ? null : w.returnNote(),
                withheld);
    }

    private LocalDate today() {
        return Warrants.day(clock.instant());
    }
}
