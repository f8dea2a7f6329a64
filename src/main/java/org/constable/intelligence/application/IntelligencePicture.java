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
import org.constable.intelligence.IntelligenceWhereNeeded;
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
        return aboutEach(actor, List.of(RecordRef.of(subject, subjectId)), LATEST, purpose)
                .get(0);
    }

    /**
     * The pictures of several persons, places or vehicles (a page of search results, a call's place and
     * people, a job's), each with at most {@code latest} items, in the order asked: one audited
     * consultation naming every subject and every item shown.
     */
    @Transactional
    public List<IntelligenceViews.Picture> aboutEach(
            Actor actor, List<RecordRef> subjects, int latest, String purpose) {
        AuditRecord.requirePurpose(purpose);
        policy.require(actor, Permission.INTELLIGENCE_READ);
        List<IntelligenceViews.Picture> pictures = new ArrayList<>();
        List<RecordRef> read = new ArrayList<>();
        int graded = 0;
        int shown = 0;
        for (RecordRef subject : subjects) {
            IntelligenceViews.Picture p = picture(actor, subject.type(), subject.id(), Math.min(latest, LATEST));
            pictures.add(p);
            read.add(subject);
            p.latest().forEach(i -> read.add(IntelligenceReports.ref(i.reportId())));
            graded += p.count();
            shown += p.latest().size();
        }
        String about = subjects.size() == 1 ? "a " + subjects.get(0).type().words() : subjects.size() + " records";
        audit.record(new AuditRecord(
                Operation.CONSULTATION,
                actor.username(),
                actor.rolesText(),
                read,
                purpose,
                null,
                Outcome.SUCCEEDED,
                "intelligence on " + about + ": " + graded + " graded item(s), " + shown + " shown"));
        return pictures;
    }

    private IntelligenceViews.Picture picture(Actor actor, RecordType subject, long subjectId, int latestCount) {
        if (subject != RecordType.PERSON && subject != RecordType.LOCATION && subject != RecordType.VEHICLE) {
            throw new IllegalStateException("intelligence is shown on persons, places and vehicles, not " + subject);
        }
        List<Long> ids = store.gradedLinkedTo(subject, subjectId, WEIGHED);
        List<ReportRow> seen = views.visibleOnly(actor, store.findAll(ids));
        List<ReportRow> latest = seen.stream().limit(latestCount).toList();
        Map<Long, Evaluation> current =
                store.current(latest.stream().map(ReportRow::id).toList());
        List<IntelligenceWhereNeeded.Item> items = new ArrayList<>();
        for (ReportRow r : latest) {
            Evaluation e = current.get(r.id());
            if (e != null) {
                items.add(new IntelligenceWhereNeeded.Item(
                        r.id(),
                        e.grade().code(),
                        e.grade().words(),
                        e.handlingConditions(),
                        e.sanitisedText(),
                        ForceTime.dateTime(e.evaluatedAt())));
            }
        }
        return new IntelligenceViews.Picture(subject.code(), subjectId, seen.size(), items);
    }
}
