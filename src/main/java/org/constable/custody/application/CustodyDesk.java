package org.constable.custody.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.custody.DetentionChanged;
import org.constable.custody.domain.Arrival;
import org.constable.custody.domain.Detention;
import org.constable.custody.domain.Disposal;
import org.constable.custody.domain.DisposalKind;
import org.constable.custody.domain.ObservationLevel;
import org.constable.custody.domain.OneOpenDetentionPerPersonRule;
import org.constable.custody.domain.ReviewDecision;
import org.constable.custody.persistence.DetentionStore;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.identity.RankedDecision;
import org.constable.people.PoleDirectory;
import org.constable.shared.Conflict;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The custody record's use cases: booking in, the decision to detain, observation levels and
 * visits, the appropriate adult, reviews and their postponement, extensions and warrants, and the
 * disposal. Each asks AccessPolicy, decides in the Detention aggregate, appends to the record and
 * leaves an audit entry in one transaction; the board hears of it after the commit.
 */
@Service
public class CustodyDesk {

    private final DetentionStore detentions;
    private final SuiteStore suites;
    private final PoleDirectory people;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CustodyMoves moves;

    CustodyDesk(
            DetentionStore detentions,
            SuiteStore suites,
            PoleDirectory people,
            AccessPolicy policy,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            CustodyMoves moves) {
        this.moves = moves;
        this.detentions = detentions;
        this.suites = suites;
        this.people = people;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Refuses, before the arrival's fields are read, one who may not book in: booking in carries the
     * custody officer's risk assessment, so it needs a sergeant or above (ADR 0071).
     */
    public void requireMayBookIn(Actor actor) {
        policy.require(actor, Permission.CUSTODY_RECORD, RankedDecision.CUSTODY_OFFICER_DECISION);
    }

    /** Books a detainee into a suite (and a cell of it): the record opens awaiting the custody officer's decision. */
    @Transactional
    public long bookIn(Actor actor, long suiteId, Arrival arrival) {
        policy.require(actor, Permission.CUSTODY_RECORD, RankedDecision.CUSTODY_OFFICER_DECISION);
        if (suites.suite(suiteId).isEmpty()) {
            throw new RecordNotFound(RecordRef.of(RecordType.CUSTODY_SUITE, suiteId)).inField("suiteId");
        }
        Long cellId = arrival.cellId();
        if (cellId != null
                && suites.cell(cellId).filter(c -> c.suiteId() == suiteId).isEmpty()) {
            throw new InvalidInput("cellId", "Choose a cell of this custody suite.");
        }
        if (!people.personVisible(actor, arrival.personId())) {
            throw new RecordNotFound(RecordRef.of(RecordType.PERSON, arrival.personId())).inField("personId");
        }
        OneOpenDetentionPerPersonRule.check(arrival.personId(), detentions::openFor);
        Instant now = now();
        Detention d = Detention.arrive(kept(arrival), actor.username(), now);
        long id = detentions.insert(suiteId, d, actor.username(), now);
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        RecordRef.of(RecordType.PERSON, arrival.personId()),
                        RecordRef.of(RecordType.DETENTION, id))
                .withDetail("Booked into custody"));
        events.publishEvent(new DetentionChanged(id, suiteId, "booked in"));
        return id;
    }

    @Transactional
    public void authorise(Actor actor, long id, @Nullable String grounds) {
        change(
                actor,
                Permission.CUSTODY_RECORD,
                RankedDecision.CUSTODY_OFFICER_DECISION,
                id,
                "detention authorised",
                d -> d.authorise(actor.username(), text(grounds), now()));
    }

    @Transactional
    public void refuse(Actor actor, long id, @Nullable String reasons) {
        change(
                actor,
                Permission.CUSTODY_RECORD,
                RankedDecision.CUSTODY_OFFICER_DECISION,
                id,
                "detention refused",
                d -> {
                    d.refuse(actor.username(), text(reasons), now());
                    moves.ended(id, d, actor.username());
                });
    }

    @Transactional
    public void visit(Actor actor, long id, boolean roused, @Nullable String seen) {
        change(
                actor,
                Permission.CUSTODY_RECORD,
                null,
                id,
                "cell visit",
                d -> d.visit(actor.username(), roused, text(seen), now()));
    }

    @Transactional
    public void setLevel(Actor actor, long id, @Nullable Integer level, @Nullable String reason) {
        policy.require(actor, Permission.CUSTODY_RECORD, RankedDecision.CUSTODY_OFFICER_DECISION);
        if (level == null) {
            throw new InvalidInput("observationLevel", "Choose an observation level: 1, 2, 3 or 4.");
        }
        ObservationLevel l = ObservationLevel.ofNumber(level);
        change(
                actor,
                Permission.CUSTODY_RECORD,
                RankedDecision.CUSTODY_OFFICER_DECISION,
                id,
                "observation level",
                d -> d.setLevel(l, text(reason), actor.username(), now()));
    }

    @Transactional
    public void appropriateAdult(Actor actor, long id, @Nullable String name) {
        change(
                actor,
                Permission.CUSTODY_RECORD,
                null,
                id,
                "appropriate adult",
                d -> d.appropriateAdult(text(name), actor.username(), now()));
    }

    @Transactional
    public void review(
            Actor actor,
            long id,
            @Nullable ReviewDecision decision,
            @Nullable String grounds,
            @Nullable String representations) {
        policy.require(actor, Permission.CUSTODY_REVIEW, RankedDecision.DETENTION_REVIEW);
        if (decision == null) {
            throw new InvalidInput("decision", "Say whether detention continues or release is ordered.");
        }
        change(
                actor,
                Permission.CUSTODY_REVIEW,
                RankedDecision.DETENTION_REVIEW,
                id,
                "review",
                d -> d.review(actor.username(), decision, text(grounds), representations, now()));
    }

    @Transactional
    public void postponeReview(Actor actor, long id, @Nullable String reason) {
        change(
                actor,
                Permission.CUSTODY_REVIEW,
                RankedDecision.DETENTION_REVIEW,
                id,
                "review postponed",
                d -> d.postponeReview(actor.username(), text(reason), now()));
    }

    @Transactional
    public void extend(
            Actor actor, long id, @Nullable Instant until, @Nullable Instant authorisedAt, @Nullable String grounds) {
        policy.require(actor, Permission.CUSTODY_REVIEW, RankedDecision.DETENTION_EXTENSION);
        Instant to = required(until, "until", "Give the time the extension runs to.");
        change(actor, Permission.CUSTODY_REVIEW, RankedDecision.DETENTION_EXTENSION, id, "detention extended", d -> {
            Instant now = now();
            d.extend(to, authorisedAt == null ? now : authorisedAt, actor.username(), text(grounds), now);
        });
    }

    @Transactional
    public void warrant(
            Actor actor,
            long id,
            @Nullable Instant until,
            @Nullable Instant issuedAt,
            @Nullable String court,
            @Nullable String reference) {
        Instant to = required(until, "until", "Give the time the warrant runs to.");
        Instant issued = required(issuedAt, "issuedAt", "Give the time the court issued the warrant.");
        change(
                actor,
                Permission.CUSTODY_RECORD,
                null,
                id,
                "warrant of further detention",
                d -> d.warrant(to, issued, text(court), text(reference), actor.username(), now()));
    }

    @Transactional
    public void dispose(
            Actor actor,
            long id,
            @Nullable DisposalKind kind,
            @Nullable String details,
            @Nullable LocalDate bailUntil,
            @Nullable String bailConditions,
            @Nullable String transferTo) {
        policy.require(actor, Permission.CUSTODY_RECORD, RankedDecision.CUSTODY_OFFICER_DECISION);
        if (kind == null) {
            throw new InvalidInput(
                    "kind",
                    "Say how custody ends: charged, bailed, released under investigation, no further action or transferred.");
        }
        change(actor, Permission.CUSTODY_RECORD, RankedDecision.CUSTODY_OFFICER_DECISION, id, "left custody", d -> {
            d.dispose(
                    new Disposal(kind, now(), actor.username(), text(details), bailUntil, bailConditions, transferTo));
            moves.ended(id, d, actor.username());
        });
    }

    /**
     * One decision on a detention. {@code ranked}: the decision PACE gives to a rank (ADR 0071), or
     * null where any holder of the permission may record it (a cell visit, the appropriate adult, the
     * court's warrant).
     */
    private void change(
            Actor actor,
            Permission permission,
            @Nullable RankedDecision ranked,
            long id,
            String what,
            Consumer<Detention> decision) {
        if (ranked == null) {
            policy.require(actor, permission);
        } else {
            policy.require(actor, permission, ranked);
        }
        DetentionStore.Stored stored =
                detentions.lock(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.DETENTION, id)));
        Detention d = stored.detention();
        Detention.Snapshot before = d.snapshot();
        decision.accept(d);
        try {
            detentions.save(id, before, d);
        } catch (DataIntegrityViolationException e) {
            // the database's own guard: the application should have refused first
            if (String.valueOf(e.getMessage()).contains("detention limit")) {
                throw new Conflict(
                        "The detention limit has passed: record the release, or the authority for longer detention, first.");
            }
            throw e;
        }
        audit.record(AuditRecord.of(
                        Operation.ALTERATION,
                        actor,
                        null,
                        RecordRef.of(RecordType.PERSON, d.personId()),
                        RecordRef.of(RecordType.DETENTION, id))
                .withDetail("Custody record: " + what));
        events.publishEvent(new DetentionChanged(id, stored.suiteId(), what));
    }

    /**
     * Now, as PostgreSQL keeps it (microseconds): a time compared in this request with one read back
     * later must compare the same way, or a limit exactly 36 hours on would look a nanosecond past it.
     */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The arrival with its times as the database keeps them, so an arrest read back is never after the arrival. */
    private static Arrival kept(Arrival a) {
        java.time.temporal.ChronoUnit micros = java.time.temporal.ChronoUnit.MICROS;
        return new Arrival(
                a.personId(),
                a.cellId(),
                a.arrestingOfficer(),
                a.arrestGrounds(),
                a.offences(),
                a.arrestedAt().truncatedTo(micros),
                a.arrivedAt().truncatedTo(micros),
                a.arrestedOutOfArea(),
                a.juvenile(),
                a.vulnerable(),
                a.risk(),
                a.level());
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static Instant required(@Nullable Instant at, String field, String message) {
        if (at == null) {
            throw new InvalidInput(field, message);
        }
        return at;
    }
}
