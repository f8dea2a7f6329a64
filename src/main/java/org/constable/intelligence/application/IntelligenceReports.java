package org.constable.intelligence.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.intelligence.ReportCompartments;
import org.constable.intelligence.ReportSubmitted;
import org.constable.intelligence.domain.DisseminationRule;
import org.constable.intelligence.domain.Evaluation;
import org.constable.intelligence.domain.Submission;
import org.constable.intelligence.persistence.OriginalTexts;
import org.constable.intelligence.persistence.ReportStore;
import org.constable.intelligence.persistence.ReportStore.Link;
import org.constable.intelligence.persistence.ReportStore.ReportRow;
import org.constable.shared.Conflict;
import org.constable.shared.HistoryClock;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intelligence report's use cases: submission by any officer, the report as each reader may see
 * it, the original text for the unit, evaluation and sanitisation as new versions, dissemination.
 * Every one asks AccessPolicy, and leaves its audit entry in the same transaction.
 */
@Service
public class IntelligenceReports {

    /** What an officer submits; the lists are record numbers of the owning modules. */
    public record Submit(
            @Nullable String text,
            @Nullable Instant observedAt,
            @Nullable Long locationId,
            @Nullable String placeWords,
            @Nullable String sourceType,
            @Nullable List<Long> personIds,
            @Nullable List<Long> locationIds,
            @Nullable List<Long> vehicleIds,
            @Nullable List<Long> incidentIds,
            @Nullable List<Long> crimeIds,
            @Nullable Long operationId) {}

    /** What the unit decides: the 3x5x2 grade, conditions, risk, the sanitised text. */
    public record Evaluate(
            @Nullable Integer sourceEvaluation,
            @Nullable String assessment,
            @Nullable String handlingCode,
            @Nullable String handlingConditions,
            @Nullable String riskAssessment,
            @Nullable String sanitisedText) {}

    private final ReportStore store;
    private final OriginalTexts originals;
    private final ReportLinks linked;
    private final ReportViews views;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<ReportCompartments> compartments;
    private final ApplicationEventPublisher events;

    IntelligenceReports(
            ReportStore store,
            OriginalTexts originals,
            ReportLinks linked,
            ReportViews views,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock,
            ObjectProvider<ReportCompartments> compartments,
            ApplicationEventPublisher events) {
        this.store = store;
        this.originals = originals;
        this.linked = linked;
        this.views = views;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.compartments = compartments;
        this.events = events;
    }

    /** Any officer submits a report; its text is kept apart as the original (ADR 0077). */
    @Transactional
    public long submit(Actor actor, Submit s) {
        policy.require(actor, Permission.INTELLIGENCE_SUBMIT);
        Instant now = HistoryClock.real(clock).instant();
        Submission submission =
                Submission.of(s.text(), s.observedAt(), s.locationId(), s.placeWords(), s.sourceType(), now);
        List<Link> links = linked.check(
                actor,
                Map.of(
                        RecordType.PERSON, orEmpty(s.personIds()),
                        RecordType.LOCATION, orEmpty(s.locationIds()),
                        RecordType.VEHICLE, orEmpty(s.vehicleIds()),
                        RecordType.INCIDENT, orEmpty(s.incidentIds()),
                        RecordType.CRIME, orEmpty(s.crimeIds())),
                submission.locationId());
        long id = store.insert(submission, actor.username(), actor.userId(), clock.instant(), links);
        if (s.operationId() != null) {
            fileInCompartment(actor, s.operationId(), id);
        }
        List<RecordRef> refs = new ArrayList<>();
        refs.add(ref(id));
        links.forEach(l -> refs.add(RecordRef.of(l.type(), l.id())));
        audit.record(new AuditRecord(
                Operation.COLLECTION,
                actor.username(),
                actor.rolesText(),
                refs,
                null,
                null,
                Outcome.SUCCEEDED,
                "intelligence report submitted (" + submission.sourceType().label() + ")"));
        events.publishEvent(new ReportSubmitted(id));
        return id;
    }

    /** The report as this actor may see it, or 404 exactly as for a report that does not exist. */
    @Transactional
    public IntelligenceViews.Report report(Actor actor, long id, String purpose) {
        AuditRecord.requirePurpose(purpose);
        ReportRow row = visible(actor, id);
        boolean unit = policy.allows(actor, Permission.INTELLIGENCE_EVALUATE);
        List<Evaluation> versions = store.evaluations(id);
        IntelligenceViews.Report view =
                views.report(actor, row, versions, unit ? store.disseminations(id) : List.of(), unit, purpose);
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, ref(id))
                .withDetail("intelligence report"
                        + (view.current() == null
                                ? " (awaiting evaluation)"
                                : " " + view.current().grade())));
        return view;
    }

    /** The original text, for the intelligence unit only; every read audited with its purpose. */
    @Transactional
    public IntelligenceViews.Original original(Actor actor, long id, String purpose) {
        AuditRecord.requirePurpose(purpose);
        policy.require(actor, Permission.INTELLIGENCE_EVALUATE);
        visible(actor, id);
        String text = originals.of(id).orElseThrow(() -> new RecordNotFound(ref(id)));
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, ref(id))
                .withDetail("original text of an intelligence report (may identify the source)"));
        return new IntelligenceViews.Original(id, text);
    }

    /** The unit grades and sanitises: a new version, the highest being current. */
    @Transactional
    public int evaluate(Actor actor, long id, Evaluate e) {
        policy.require(actor, Permission.INTELLIGENCE_EVALUATE);
        visible(actor, id);
        int version = store.evaluations(id).size() + 1;
        Evaluation decided = Evaluation.decide(
                version,
                e.sourceEvaluation(),
                e.assessment(),
                e.handlingCode(),
                e.handlingConditions(),
                e.riskAssessment(),
                e.sanitisedText(),
                actor.username(),
                clock.instant());
        try {
            store.addEvaluation(id, decided);
        } catch (DuplicateKeyException meanwhile) {
            throw new Conflict("Someone else evaluated this report meanwhile. Open it again to see their version.");
        }
        audit.record(new AuditRecord(
                Operation.ALTERATION,
                actor.username(),
                actor.rolesText(),
                List.of(ref(id)),
                null,
                null,
                Outcome.SUCCEEDED,
                "intelligence evaluated, version " + version + ": "
                        + decided.grade().code() + (decided.handlingConditions() == null ? "" : " with conditions")));
        return version;
    }

    /** Sharing outside the force: recipient, purpose, conditions (required for C); a DISCLOSURE entry. */
    @Transactional
    public long disseminate(
            Actor actor,
            long id,
            @Nullable String recipient,
            @Nullable String purpose,
            @Nullable String handlingConditions) {
        policy.require(actor, Permission.INTELLIGENCE_EVALUATE);
        visible(actor, id);
        Map<Long, Evaluation> current = store.current(List.of(id));
        Evaluation now = current.get(id);
        DisseminationRule.Decided d = DisseminationRule.check(now, recipient, purpose, handlingConditions);
        int version =
                java.util.Objects.requireNonNull(now, "checked by the rule").version();
        long sharing = store.addDissemination(
                id, version, d.recipient(), d.purpose(), d.handlingConditions(), actor.username(), clock.instant());
        audit.record(new AuditRecord(
                Operation.DISCLOSURE,
                actor.username(),
                actor.rolesText(),
                List.of(ref(id)),
                d.purpose(),
                d.recipient(),
                Outcome.SUCCEEDED,
                "intelligence disseminated outside the force: version " + version + ", "
                        + now.grade().code()
                        + (d.handlingConditions() == null ? "" : ", conditions: " + d.handlingConditions())));
        return sharing;
    }

    /** The reports this officer submitted, with where each stands; no text. */
    @Transactional
    public List<IntelligenceViews.ReportLine> mine(Actor actor, String purpose) {
        AuditRecord.requirePurpose(purpose);
        policy.require(actor, Permission.INTELLIGENCE_SUBMIT);
        List<IntelligenceViews.ReportLine> lines =
                views.lines(actor, views.visibleOnly(actor, store.byAuthor(actor.userId(), 50)));
        consulted(actor, purpose, lines, "one's own intelligence reports");
        return lines;
    }

    /** The unit's desk: awaiting evaluation and recently graded (reports naming what they may not open left out). */
    @Transactional
    public IntelligenceViews.Desk desk(Actor actor, String purpose) {
        AuditRecord.requirePurpose(purpose);
        policy.require(actor, Permission.INTELLIGENCE_EVALUATE);
        var desk = new IntelligenceViews.Desk(
                views.lines(actor, views.visibleOnly(actor, store.awaitingEvaluation(100))),
                views.lines(actor, views.visibleOnly(actor, store.graded(50))));
        List<IntelligenceViews.ReportLine> all = new ArrayList<>(desk.awaiting());
        all.addAll(desk.graded());
        consulted(actor, purpose, all, "the intelligence unit's desk");
        return desk;
    }

    private void consulted(Actor actor, String purpose, List<IntelligenceViews.ReportLine> lines, String what) {
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                lines.stream().map(l -> ref(l.id())).toList(),
                purpose,
                null,
                Outcome.SUCCEEDED,
                what + ": " + lines.size() + " report(s)"));
    }

    /**
     * The report, if this actor may see it; otherwise RecordNotFound by the same path a missing
     * report takes (AccessPolicy.requireFound), so neither answer nor cost tells them apart.
     */
    private ReportRow visible(Actor actor, long id) {
        RecordRef ref = ref(id);
        Optional<ReportRow> row = store.find(id);
        if (row.isEmpty()) {
            policy.requireFound(actor, Permission.INTELLIGENCE_SUBMIT, ref, null);
            throw new RecordNotFound(ref);
        }
        if (!views.sees(actor, row.get())) {
            policy.requireFound(actor, Permission.INTELLIGENCE_SUBMIT, ref, true);
            throw new RecordNotFound(ref);
        }
        return row.get();
    }

    /** A report submitted into a compartment is filed there before the transaction ends (ADR 0103). */
    private void fileInCompartment(Actor actor, long operationId, long reportId) {
        ReportCompartments hook = compartments.getIfAvailable();
        if (hook == null) {
            throw new RecordNotFound(RecordRef.of(RecordType.COVERT_OPERATION, operationId)).inField("operationId");
        }
        hook.file(actor, operationId, reportId);
    }

    static RecordRef ref(long id) {
        return RecordRef.of(RecordType.INTELLIGENCE_REPORT, id);
    }

    private static List<Long> orEmpty(@Nullable List<Long> ids) {
        return ids == null ? List.of() : ids;
    }
}
