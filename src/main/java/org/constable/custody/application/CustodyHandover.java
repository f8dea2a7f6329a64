package org.constable.custody.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.constable.audit.Outcome;
import org.constable.custody.domain.HandoverAcceptanceRule;
import org.constable.custody.domain.HandoverWindow;
import org.constable.custody.domain.PaceClock;
import org.constable.custody.domain.ShiftDue;
import org.constable.custody.persistence.DetentionStore;
import org.constable.custody.persistence.HandoverStore;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Permission;
import org.constable.people.PoleDirectory;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handover at shift change: what the incoming custody officer must do in the next shift, per
 * detainee and most pressing first, read from the PACE clock as the board is; and the handover
 * itself, given by the outgoing officer to a named incoming one and accepted by them, both
 * attributed on the suite. Reading it names detainees, so it is audited with its purpose.
 */
@Service
public class CustodyHandover {

    /** One detainee's part of the handover. */
    public record Line(CustodyQueries.BoardLine row, String risks, List<String> overdue, List<String> due) {}

    /** A handover given on the suite, and its acceptance if made. */
    public record Given(
            long id,
            String givenBy,
            String givenAt,
            String incoming,
            int detainees,
            int overdue,
            String notes,
            @Nullable String acceptedBy,
            @Nullable String acceptedAt) {

        public boolean accepted() {
            return acceptedBy != null;
        }
    }

    public record Handover(
            long suiteId,
            String suite,
            Instant at,
            String atText,
            int hours,
            Instant shiftEnds,
            String shiftEndsText,
            List<Line> lines,
            List<Given> handovers) {

        public List<Line> overdueNow() {
            return lines.stream().filter(l -> !l.overdue().isEmpty()).toList();
        }

        public long overdueCount() {
            return overdueNow().size();
        }
    }

    static final int RECENT = 5;
    static final int NOTES_MOST = 4000;

    private final DetentionStore detentions;
    private final SuiteStore suites;
    private final HandoverStore handovers;
    private final PoleDirectory people;
    private final AccessPolicy policy;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    CustodyHandover(
            DetentionStore detentions,
            SuiteStore suites,
            HandoverStore handovers,
            PoleDirectory people,
            AccessPolicy policy,
            CurrentActor actors,
            AuditTrail audit,
            Clock clock) {
        this.detentions = detentions;
        this.suites = suites;
        this.handovers = handovers;
        this.people = people;
        this.policy = policy;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Handover handover(Actor actor, long suiteId, @Nullable Integer hours, String purpose) {
        policy.require(actor, Permission.CUSTODY_READ);
        AuditRecord.requirePurpose(purpose);
        SuiteStore.Suite suite = suite(suiteId);
        PaceClock pace = new PaceClock(clock);
        HandoverWindow window = HandoverWindow.of(pace.now(), hours);
        List<DetentionStore.Stored> open = detentions.openInSuite(suiteId);
        Set<Long> ids = open.stream().map(s -> s.detention().personId()).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        people.people(actor, ids, purpose).forEach(p -> names.put(p.id(), p.name()));
        List<Line> lines = new ArrayList<>();
        for (DetentionStore.Stored s : open) {
            PaceClock.Reading reading = pace.read(s.detention());
            ShiftDue.Items items = ShiftDue.of(s.detention(), reading, window);
            lines.add(new Line(
                    CustodyQueries.row(s, names, pace),
                    s.detention().snapshot().risk().words(),
                    items.overdue(),
                    items.due()));
        }
        lines.sort(Comparator.comparing((Line l) -> l.overdue().isEmpty()).thenComparing(l -> soonest(l.row())));
        if (!open.isEmpty()) {
            List<RecordRef> refs = new ArrayList<>();
            refs.add(RecordRef.of(RecordType.CUSTODY_SUITE, suiteId));
            open.forEach(s -> refs.add(RecordRef.of(RecordType.DETENTION, s.id())));
            audit.record(new AuditRecord(
                    Operation.CONSULTATION,
                    actor.username(),
                    actor.rolesText(),
                    refs,
                    purpose,
                    null,
                    Outcome.SUCCEEDED,
                    "custody handover: " + suite.name()));
        }
        Instant now = window.from();
        return new Handover(
                suiteId,
                suite.name(),
                now,
                ForceTime.dateTime(now),
                window.hours(),
                window.until(),
                ForceTime.dateTime(window.until()),
                List.copyOf(lines),
                handovers.recent(suiteId, RECENT).stream()
                        .map(h -> given(h, now))
                        .toList());
    }

    /** The outgoing custody officer hands the suite over to the named incoming officer. */
    @Transactional
    public long give(Actor actor, long suiteId, @Nullable String incoming, @Nullable String notes) {
        policy.require(actor, Permission.CUSTODY_RECORD);
        SuiteStore.Suite suite = suite(suiteId);
        String to = incoming == null ? "" : incoming.strip();
        if (to.isEmpty()) {
            throw new InvalidInput("incomingOfficer", "Name the incoming custody officer (their user name).");
        }
        if (to.equals(actor.username())) {
            throw new InvalidInput("incomingOfficer", "Hand over to another custody officer, not to yourself.");
        }
        Actor next = actors.load(to)
                .filter(a -> policy.allows(a, Permission.CUSTODY_RECORD))
                .orElseThrow(() -> new InvalidInput(
                        "incomingOfficer", "Name a custody officer who can keep custody records (their user name)."));
        String text = notes == null ? "" : notes.strip();
        if (text.length() > NOTES_MOST) {
            throw new InvalidInput("notes", "At most " + NOTES_MOST + " characters.");
        }
        PaceClock pace = new PaceClock(clock);
        List<DetentionStore.Stored> open = detentions.openInSuite(suiteId);
        int overdue = (int)
                open.stream().filter(s -> pace.read(s.detention()).inBreach()).count();
        Instant now = pace.now().truncatedTo(ChronoUnit.MICROS);
        long id = handovers.give(suiteId, now, actor.username(), next.username(), open.size(), overdue, text);
        audit.record(AuditRecord.of(Operation.COLLECTION, actor, null, RecordRef.of(RecordType.CUSTODY_SUITE, suiteId))
                .withDetail("Custody handover of " + suite.name() + " given to " + next.username()));
        return id;
    }

    /** The incoming custody officer accepts the handover made to them. */
    @Transactional
    public void accept(Actor actor, long handoverId) {
        policy.require(actor, Permission.CUSTODY_RECORD);
        HandoverStore.Handover h =
                handovers.lock(handoverId).orElseThrow(() -> new RecordNotFound("custody handover", handoverId));
        HandoverAcceptanceRule.check(actor.username(), h.givenBy(), h.incoming(), h.acceptedBy());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (now.isBefore(h.givenAt())) {
            now = h.givenAt();
        }
        handovers.accept(handoverId, now, actor.username());
        audit.record(
                AuditRecord.of(Operation.ALTERATION, actor, null, RecordRef.of(RecordType.CUSTODY_SUITE, h.suiteId()))
                        .withDetail("Custody handover from " + h.givenBy() + " accepted"));
    }

    private SuiteStore.Suite suite(long suiteId) {
        return suites.suite(suiteId)
                .orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.CUSTODY_SUITE, suiteId)));
    }

    private static Instant soonest(CustodyQueries.BoardLine r) {
        Instant best = r.limit();
        Instant visit = r.visitDue();
        Instant review = r.reviewDue();
        if (visit != null && visit.isBefore(best)) {
            best = visit;
        }
        if (review != null && review.isBefore(best)) {
            best = review;
        }
        return best;
    }

    private static Given given(HandoverStore.Handover h, Instant now) {
        Instant acceptedAt = h.acceptedAt();
        return new Given(
                h.id(),
                h.givenBy(),
                ForceTime.clock(h.givenAt(), now),
                h.incoming(),
                h.detainees(),
                h.overdue(),
                h.notes(),
                h.acceptedBy(),
                acceptedAt == null ? null : ForceTime.clock(acceptedAt, now));
    }
}
