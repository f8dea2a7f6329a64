package org.constable.investigation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.crime.CrimesUnderInvestigation;
import org.constable.crime.CrimesUnderInvestigation.CrimeOnFile;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.application.InvestigationViews.ActionItem;
import org.constable.investigation.application.InvestigationViews.CrimeItem;
import org.constable.investigation.application.InvestigationViews.Day;
import org.constable.investigation.application.InvestigationViews.InvestigationSummary;
import org.constable.investigation.application.InvestigationViews.InvestigationView;
import org.constable.investigation.application.InvestigationViews.Line;
import org.constable.investigation.application.InvestigationViews.PlanVersion;
import org.constable.investigation.application.InvestigationViews.Reassignment;
import org.constable.investigation.application.InvestigationViews.Review;
import org.constable.investigation.application.InvestigationViews.ReviewQueue;
import org.constable.investigation.domain.Deadline;
import org.constable.investigation.domain.DueState;
import org.constable.investigation.persistence.ActionStore;
import org.constable.investigation.persistence.ActionStore.ActionRow;
import org.constable.investigation.persistence.InvestigationStore;
import org.constable.investigation.persistence.InvestigationStore.InvestigationRow;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of investigations, each for a purpose and audited as a consultation: one investigation, an
 * investigator's day, a team's actions, a supervisor's review queue. A restricted investigation the
 * reader may not open is missing from a page of its own and shows only its reference in a list.
 */
@Service
public class InvestigationQueries {

    static final int LIST_LIMIT = 200;
    static final int COMING_UP_DAYS = 7;

    private final InvestigationStore store;
    private final ActionStore actions;
    private final InvestigationAccess access;
    private final CrimesUnderInvestigation crimes;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    InvestigationQueries(
            InvestigationStore store,
            ActionStore actions,
            InvestigationAccess access,
            CrimesUnderInvestigation crimes,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.actions = actions;
        this.access = access;
        this.crimes = crimes;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InvestigationView investigation(Actor actor, long id, String purpose) {
        AuditRecord.requirePurpose(purpose, Operation.CONSULTATION);
        InvestigationRow inv = access.open(actor, Permission.INVESTIGATION_READ, id, false);
        LocalDate today = today();
        List<InvestigationStore.CrimeLink> links = store.crimes(id);
        Map<Long, CrimeOnFile> found = crimes.found(
                links.stream().map(InvestigationStore.CrimeLink::crimeId).toList());
        List<CrimeItem> crimeItems = links.stream()
                .map(l -> {
                    CrimeOnFile c = found.get(l.crimeId());
                    return new CrimeItem(
                            l.crimeId(),
                            l.crimeReference(),
                            c == null ? "" : c.classificationCode(),
                            c == null ? "" : c.status().label(),
                            l.open() || !inv.open());
                })
                .toList();
        Map<Long, List<Reassignment>> moves = actions.reassignments(id).stream()
                .collect(Collectors.groupingBy(
                        ActionStore.ReassignmentRow::actionId,
                        Collectors.mapping(
                                r -> new Reassignment(r.fromOwner(), r.toOwner(), r.reason(), r.by(), r.at()),
                                Collectors.toList())));
        List<ActionItem> actionItems = actions.ofInvestigation(id).stream()
                .map(a -> item(a, today, false, moves.getOrDefault(a.id(), List.of())))
                .toList();
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, RecordRef.of(RecordType.INVESTIGATION, id))
                .withDetail("investigation " + inv.reference()));
        DueState reviewState = inv.nextReviewOn() == null ? null : DueState.of(inv.nextReviewOn(), today);
        return new InvestigationView(
                inv.id(),
                inv.reference(),
                inv.title(),
                inv.status(),
                inv.status().label(),
                inv.officerInCharge(),
                inv.supervisor(),
                store.members(id),
                inv.incidentId(),
                crimeItems,
                inv.plan(),
                inv.planVersion(),
                store.planVersions(id).stream()
                        .map(p -> new PlanVersion(p.version(), p.text(), p.writtenBy(), p.writtenAt()))
                        .toList(),
                store.lines(id).stream()
                        .map(l -> new Line(
                                l.id(),
                                l.description(),
                                l.addedBy(),
                                l.addedAt(),
                                l.closedAt() == null,
                                l.closedAt(),
                                l.closedBy(),
                                l.result()))
                        .toList(),
                actionItems,
                store.reviews(id).stream()
                        .map(r -> new Review(
                                r.id(), r.dueOn(), r.reviewedBy(), r.reviewedAt(), r.decisions(), r.nextReviewOn()))
                        .toList(),
                inv.nextReviewOn(),
                reviewState,
                reviewState == null ? null : reviewState.label(),
                inv.openedAt(),
                inv.openedBy(),
                inv.finalisedAt(),
                inv.finalisedBy(),
                inv.finalisationNote());
    }

    /** The actor's own actions (overdue, due today, coming up this week) and open investigations. */
    @Transactional(readOnly = true)
    public Day myDay(Actor actor, String purpose) {
        policy.require(actor, Permission.INVESTIGATION_READ);
        AuditRecord.requirePurpose(purpose, Operation.CONSULTATION);
        LocalDate today = today();
        List<ActionRow> owned = actions.openOwnedBy(actor.username(), today.plusDays(COMING_UP_DAYS), LIST_LIMIT);
        List<InvestigationRow> mine = store.openOf(actor.username(), LIST_LIMIT);
        return day(actor, "mine", today, owned, mine, purpose);
    }

    /** The open actions of the supervisor's team (by each owner's team), overdue and due this week. */
    @Transactional(readOnly = true)
    public Day teamDay(Actor actor, String purpose) {
        policy.require(actor, Permission.INVESTIGATION_REVIEW);
        AuditRecord.requirePurpose(purpose, Operation.CONSULTATION);
        LocalDate today = today();
        List<ActionRow> owned = actor.teamId() == null
                ? List.of()
                : actions.openOfTeam(actor.teamId(), today.plusDays(COMING_UP_DAYS), LIST_LIMIT);
        return day(actor, actor.teamId() == null ? "no team" : "team", today, owned, List.of(), purpose);
    }

    /** The supervisor's open investigations whose review is due today or overdue. */
    @Transactional(readOnly = true)
    public ReviewQueue reviewQueue(Actor actor, String purpose) {
        policy.require(actor, Permission.INVESTIGATION_REVIEW);
        AuditRecord.requirePurpose(purpose, Operation.CONSULTATION);
        LocalDate today = today();
        List<InvestigationRow> owing = store.reviewsOwing(actor.username(), today, LIST_LIMIT);
        Set<Long> closed = access.closedTo(actor, ids(owing));
        List<InvestigationSummary> items =
                owing.stream().map(i -> summary(i, today, closed)).toList();
        consulted(actor, purpose, owing.stream().map(InvestigationRow::id).toList(), closed, "review queue");
        return new ReviewQueue(
                actor.username(),
                today,
                items.stream().filter(i -> i.reviewState() == DueState.OVERDUE).toList(),
                items.stream().filter(i -> i.reviewState() == DueState.DUE).toList());
    }

    private Day day(
            Actor actor,
            String scope,
            LocalDate today,
            List<ActionRow> owned,
            List<InvestigationRow> investigations,
            String purpose) {
        Set<Long> all = new LinkedHashSet<>();
        owned.forEach(a -> all.add(a.investigationId()));
        all.addAll(ids(investigations));
        Set<Long> closed = access.closedTo(actor, all);
        List<ActionItem> items = owned.stream()
                .map(a -> item(a, today, closed.contains(a.investigationId()), List.of()))
                .toList();
        consulted(actor, purpose, all, closed, "investigator's day, scope=" + scope);
        return new Day(
                scope,
                today,
                items.stream().filter(i -> i.state() == DueState.OVERDUE).toList(),
                items.stream().filter(i -> i.state() == DueState.DUE).toList(),
                items.stream().filter(i -> i.state() == DueState.NOT_YET).toList(),
                investigations.stream().map(i -> summary(i, today, closed)).toList());
    }

    /** Every list read is recorded with its purpose, an empty one too: the consultation happened. */
    private void consulted(Actor actor, String purpose, Collection<Long> ids, Set<Long> closed, String what) {
        List<RecordRef> refs = new ArrayList<>();
        ids.forEach(i -> refs.add(RecordRef.of(RecordType.INVESTIGATION, i)));
        audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, refs.toArray(RecordRef[]::new))
                .withDetail(
                        what + (closed.isEmpty() ? "" : ", " + closed.size() + " restricted shown by reference only")));
    }

    private static ActionItem item(ActionRow a, LocalDate today, boolean withheld, List<Reassignment> moves) {
        DueState state = a.open() ? DueState.of(a.dueOn(), today) : DueState.NOT_YET;
        return new ActionItem(
                a.id(),
                a.investigationId(),
                a.investigationReference(),
                withheld ? InvestigationViews.WITHHELD : a.description(),
                a.owner(),
                a.priority(),
                a.priority().label(),
                a.dueOn(),
                state,
                a.open() ? state.label() : "Completed",
                a.open(),
                withheld ? null : a.result(),
                a.completedBy(),
                a.completedAt(),
                a.reviewId() != null,
                withheld,
                moves);
    }

    private static InvestigationSummary summary(InvestigationRow i, LocalDate today, Set<Long> closed) {
        boolean withheld = closed.contains(i.id());
        DueState state = i.nextReviewOn() == null ? null : DueState.of(i.nextReviewOn(), today);
        return new InvestigationSummary(
                i.id(),
                i.reference(),
                withheld ? InvestigationViews.WITHHELD : i.title(),
                i.officerInCharge(),
                i.supervisor(),
                i.nextReviewOn(),
                state,
                state == null ? null : state.label(),
                withheld);
    }

    private static List<Long> ids(List<InvestigationRow> rows) {
        return rows.stream().map(InvestigationRow::id).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Deadline.ENGLAND_AND_WALES);
    }
}
