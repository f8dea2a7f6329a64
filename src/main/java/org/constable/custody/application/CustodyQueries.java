package org.constable.custody.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.custody.domain.Breach;
import org.constable.custody.domain.Detention;
import org.constable.custody.domain.DetentionStatus;
import org.constable.custody.domain.PaceClock;
import org.constable.custody.persistence.DetentionStore;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.people.PoleDirectory;
import org.constable.people.RestrictedParts;
import org.constable.shared.ForceTime;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the suite board, the visiting officer's phone and a custody record show, read through the
 * PACE clock at one moment. Every read names detainees, so every read is audited with its purpose.
 */
@Service
public class CustodyQueries {

    public record Suite(long id, String name) {}

    /** One cell's line on the board. Times are instants; the {@code ...Text} fields are the words shown. */
    public record BoardLine(
            long detentionId,
            /** Withheld (null) where the detainee is a restricted person the reader has no need-to-know of. */
            @Nullable Long personId,
            String cell,
            String detainee,
            String status,
            boolean awaitingDecision,
            int level,
            String levelLabel,
            @Nullable Instant visitDue,
            String visitText,
            boolean visitOverdue,
            @Nullable Instant reviewDue,
            String reviewText,
            boolean reviewOverdue,
            Instant limit,
            String limitText,
            String limitAuthority,
            List<String> breaches) {}

    public record Board(long suiteId, String suite, Instant at, List<BoardLine> rows, List<String> freeCells) {

        /** The visits owed, most urgent first: what the phone lists. */
        public List<BoardLine> visitsDue() {
            return rows.stream()
                    .filter(r -> r.visitDue() != null)
                    .sorted(Comparator.comparing(BoardLine::visitDue))
                    .toList();
        }

        public long breaches() {
            return rows.stream().filter(r -> !r.breaches().isEmpty()).count();
        }
    }

    public record EntryLine(String kind, Instant at, String atText, String by, String text) {}

    public record Record(
            BoardLine row,
            String suite,
            String relevantTime,
            String arrestingOfficer,
            String arrestGrounds,
            String offences,
            boolean indictable,
            boolean needsAppropriateAdult,
            @Nullable String appropriateAdult,
            String risks,
            boolean open,
            List<EntryLine> entries) {}

    private final DetentionStore detentions;
    private final SuiteStore suites;
    private final PoleDirectory people;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    CustodyQueries(
            DetentionStore detentions,
            SuiteStore suites,
            PoleDirectory people,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.detentions = detentions;
        this.suites = suites;
        this.people = people;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Suite> suites(Actor actor) {
        policy.require(actor, Permission.CUSTODY_READ);
        return suites.suites().stream().map(s -> new Suite(s.id(), s.name())).toList();
    }

    @Transactional
    public Board board(Actor actor, long suiteId, String purpose) {
        policy.require(actor, Permission.CUSTODY_READ);
        AuditRecord.requirePurpose(purpose);
        SuiteStore.Suite suite = suites.suite(suiteId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.CUSTODY_SUITE, suiteId)));
        List<DetentionStore.Stored> open = detentions.openInSuite(suiteId);
        Map<Long, String> names =
                names(actor, open.stream().map(s -> s.detention().personId()).collect(Collectors.toSet()), purpose);
        PaceClock pace = new PaceClock(clock);
        List<BoardLine> rows = new ArrayList<>();
        for (DetentionStore.Stored s : open) {
            rows.add(row(s, names, pace));
        }
        Set<String> occupied = open.stream()
                .map(DetentionStore.Stored::cellName)
                .filter(c -> c != null)
                .collect(Collectors.toSet());
        List<String> free = suites.cells(suiteId).stream()
                .map(SuiteStore.Cell::name)
                .filter(c -> !occupied.contains(c))
                .toList();
        if (!open.isEmpty()) {
            List<RecordRef> refs = new ArrayList<>();
            open.forEach(s -> refs.add(RecordRef.of(RecordType.DETENTION, s.id())));
            audit.record(new AuditRecord(
                    Operation.CONSULTATION,
                    actor.username(),
                    actor.rolesText(),
                    refs,
                    purpose,
                    null,
                    org.constable.audit.Outcome.SUCCEEDED,
                    "custody suite board: " + suite.name()));
        }
        return new Board(suiteId, suite.name(), pace.now(), rows, free);
    }

    @Transactional
    public Record record(Actor actor, long id, String purpose) {
        policy.require(actor, Permission.CUSTODY_READ);
        AuditRecord.requirePurpose(purpose);
        DetentionStore.Stored s =
                detentions.find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.DETENTION, id)));
        Detention d = s.detention();
        Map<Long, String> names = names(actor, Set.of(d.personId()), purpose);
        audit.record(AuditRecord.of(
                        Operation.CONSULTATION,
                        actor,
                        purpose,
                        RecordRef.of(RecordType.PERSON, d.personId()),
                        RecordRef.of(RecordType.DETENTION, id))
                .withDetail("custody record"));
        Instant now = clock.instant();
        Detention.Snapshot snap = d.snapshot();
        String suite = suites.suite(s.suiteId()).map(SuiteStore.Suite::name).orElse("");
        return new Record(
                row(s, names, new PaceClock(clock)),
                suite,
                ForceTime.dateTime(snap.relevantTime()),
                snap.arrestingOfficer(),
                snap.arrestGrounds(),
                snap.offences().stream()
                        .map(o -> o.description() + (o.indictable() ? " (indictable)" : ""))
                        .collect(Collectors.joining(", ")),
                d.indictable(),
                d.needsAppropriateAdult(),
                snap.appropriateAdult(),
                snap.risk().words(),
                d.status().open(),
                detentions.entries(id).stream()
                        .map(e ->
                                new EntryLine(e.kind().label(), e.at(), ForceTime.clock(e.at(), now), e.by(), e.text()))
                        .toList());
    }

    private Map<Long, String> names(Actor actor, Set<Long> ids, String purpose) {
        Map<Long, String> names = new HashMap<>();
        people.people(actor, ids, purpose).forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    static BoardLine row(DetentionStore.Stored s, Map<Long, String> names, PaceClock pace) {
        Detention d = s.detention();
        PaceClock.Reading r = pace.read(d);
        Instant now = r.now();
        String visitText = r.visitDue() == null
                ? (d.status().open() ? d.level().label().replaceFirst("^Level \\d: ", "") : "")
                : due(r.visitDue(), now);
        String reviewText = r.reviewDue() == null
                ? (d.status() == DetentionStatus.AWAITING_DECISION ? "after detention is authorised" : "")
                : due(r.reviewDue(), now) + (r.reviewPostponed() ? " (postponed)" : "");
        return new BoardLine(
                s.id(),
                names.containsKey(d.personId()) ? d.personId() : null,
                s.cellName() == null ? "No cell" : s.cellName(),
                names.getOrDefault(d.personId(), RestrictedParts.RESTRICTED_PERSON),
                d.status().label(),
                d.status() == DetentionStatus.AWAITING_DECISION,
                d.level().number(),
                d.level().label(),
                r.visitDue(),
                visitText,
                r.breaches().contains(Breach.VISIT_OVERDUE),
                r.reviewDue(),
                reviewText,
                r.breaches().contains(Breach.REVIEW_OVERDUE),
                r.limit(),
                limitText(r.toLimit()) + " (" + ForceTime.clock(r.limit(), now) + ")",
                d.limit().authority().label(),
                r.breaches().stream().map(Breach::label).toList());
    }

    /** "14:32, in 12 min" or "14:32, overdue by 5 min". */
    static String due(Instant at, Instant now) {
        Duration left = Duration.between(now, at);
        return ForceTime.clock(at, now)
                + (left.isNegative() ? ", overdue by " + span(left.negated()) : ", in " + span(left));
    }

    static String limitText(Duration left) {
        return left.isNegative() ? "passed " + span(left.negated()) + " ago" : span(left) + " left";
    }

    static String span(Duration d) {
        long h = d.toHours();
        long m = d.toMinutesPart();
        return h > 0 ? h + " h " + m + " min" : m + " min";
    }
}
