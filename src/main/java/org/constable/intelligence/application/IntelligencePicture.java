package org.constable.intelligence.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.intelligence.domain.Evaluation;
import org.constable.intelligence.persistence.ReportStore;
import org.constable.intelligence.persistence.ReportStore.ReportRow;
import org.constable.shared.ForceTime;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intelligence where it is needed (ADR 0075): for a person or a place, the graded reports that name
 * it and that this reader may see, counted, and the latest few with their sanitised text and grade
 * in words. Only for readers allowed intelligence: for anyone else there is no answer at all (the
 * pages do not even ask), never an empty one. An audited consultation with the page's purpose.
 */
@Service
public class IntelligencePicture {

    /** How many of the latest items are shown. */
    public static final int LATEST = 5;

    /** How many reports naming one record are weighed; more are counted as "at least". */
    static final int WEIGHED = 500;

    private final ReportStore store;
    private final ReportViews views;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    IntelligencePicture(ReportStore store, ReportViews views, AccessPolicy policy, AuditTrail audit) {
        this.store = store;
        this.views = views;
        this.policy = policy;
        this.audit = audit;
    }

    @Transactional
    public IntelligenceViews.Picture about(Actor actor, RecordType subject, long subjectId, String purpose) {
        AuditRecord.requirePurpose(purpose);
        policy.require(actor, Permission.INTELLIGENCE_READ);
        if (subject != RecordType.PERSON && subject != RecordType.LOCATION && subject != RecordType.VEHICLE) {
            throw new IllegalStateException("intelligence is shown on persons, places and vehicles, not " + subject);
        }
        List<Long> ids = store.gradedLinkedTo(subject, subjectId, WEIGHED);
        List<ReportRow> seen = views.visibleOnly(actor, store.findAll(ids));
        List<ReportRow> latest = seen.stream().limit(LATEST).toList();
        Map<Long, Evaluation> current =
                store.current(latest.stream().map(ReportRow::id).toList());
        List<IntelligenceViews.Item> items = new ArrayList<>();
        for (ReportRow r : latest) {
            Evaluation e = current.get(r.id());
            if (e != null) {
                items.add(new IntelligenceViews.Item(
                        r.id(),
                        e.grade().code(),
                        e.grade().words(),
                        e.handlingConditions(),
                        e.sanitisedText(),
                        ForceTime.dateTime(e.evaluatedAt())));
            }
        }
        List<RecordRef> read = new ArrayList<>();
        read.add(RecordRef.of(subject, subjectId));
        items.forEach(i -> read.add(IntelligenceReports.ref(i.reportId())));
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                read,
                purpose,
                null,
                Outcome.SUCCEEDED,
                "intelligence on a " + subject.words() + ": " + seen.size() + " graded item(s), " + items.size()
                        + " shown"));
        return new IntelligenceViews.Picture(subject.code(), subjectId, seen.size(), items);
    }
}
