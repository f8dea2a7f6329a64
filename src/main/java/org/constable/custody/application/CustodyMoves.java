package org.constable.custody.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.custody.CustodyCaseEvent;
import org.constable.custody.DetentionChanged;
import org.constable.custody.domain.CustodyCaseEvents;
import org.constable.custody.domain.Detention;
import org.constable.custody.domain.DetentionStatus;
import org.constable.custody.domain.Disposal;
import org.constable.custody.domain.EntryKind;
import org.constable.custody.domain.SafeguardingReferral;
import org.constable.custody.domain.SuiteTransfer;
import org.constable.custody.domain.SuiteTransferRule;
import org.constable.custody.persistence.CustodyLinksStore;
import org.constable.custody.persistence.DetentionStore;
import org.constable.custody.persistence.SuiteStore;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.shared.Conflict;
import org.constable.shared.ForceTime;
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
 * What a custody record sets going beyond its own clocks: a move to another custody suite (the
 * clocks go with the detainee), the crimes it answers for and the Victims' Code case events its
 * arrest and disposal are for those crimes' victims, and safeguarding referrals raised from it.
 * Each asks AccessPolicy, is written on the record and audited in one transaction.
 */
@Service
public class CustodyMoves {

    public record ReferralLine(long id, String concern, String agency, String at, String by) {}

    /** A place a detainee can be moved to: another suite, a cell of it or none yet; value "suite:cell". */
    public record Destination(String value, String label) {}

    /** What the record page shows of these: the crimes linked, the referrals raised, where it may move. */
    public record Links(List<Long> crimes, List<ReferralLine> referrals, List<Destination> destinations) {}

    private final DetentionStore detentions;
    private final SuiteStore suites;
    private final CustodyLinksStore links;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustodyMoves(
            DetentionStore detentions,
            SuiteStore suites,
            CustodyLinksStore links,
            AccessPolicy policy,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.detentions = detentions;
        this.suites = suites;
        this.links = links;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Moves an authorised detention to another suite of the force (and a free cell of it). */
    @Transactional
    public void transfer(
            Actor actor, long id, @Nullable Long toSuiteId, @Nullable Long toCellId, @Nullable String reason) {
        policy.require(actor, Permission.CUSTODY_RECORD);
        if (toSuiteId == null) {
            throw new InvalidInput("toSuiteId", "Choose the custody suite the detainee moves to.");
        }
        SuiteStore.Suite to = suites.suite(toSuiteId)
                .orElseThrow(() ->
                        new RecordNotFound(RecordRef.of(RecordType.CUSTODY_SUITE, toSuiteId)).inField("toSuiteId"));
        String cellName = null;
        if (toCellId != null) {
            cellName = suites.cell(toCellId)
                    .filter(c -> c.suiteId() == toSuiteId)
                    .map(SuiteStore.Cell::name)
                    .orElseThrow(
                            () -> new InvalidInput("toCellId", "Choose a cell of the suite the detainee moves to."));
        }
        DetentionStore.Stored stored = locked(id);
        Detention d = stored.detention();
        Detention.Snapshot before = d.snapshot();
        Instant now = now();
        SuiteTransferRule.apply(
                d, new SuiteTransfer(stored.suiteId(), toSuiteId, to.name(), cellName, reason, actor.username(), now));
        try {
            links.move(id, stored.suiteId(), toSuiteId, toCellId, now, actor.username(), text(reason));
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("detention_one_per_cell")) {
                throw new Conflict("That cell is occupied: choose another.");
            }
            throw e;
        }
        detentions.save(id, before, d);
        audited(actor, d, id, "moved to " + to.name());
        events.publishEvent(new DetentionChanged(id, stored.suiteId(), "moved to another suite"));
        events.publishEvent(new DetentionChanged(id, toSuiteId, "moved from another suite"));
    }

    /** Links a crime the detainee was arrested for: its victims hear of the arrest, and later of the disposal. */
    @Transactional
    public void linkCrime(Actor actor, long id, @Nullable Long crimeId) {
        policy.require(actor, Permission.CUSTODY_RECORD);
        if (crimeId == null || crimeId <= 0) {
            throw new InvalidInput("crimeId", "Give the crime record's number.");
        }
        DetentionStore.Stored stored = locked(id);
        Detention d = stored.detention();
        Detention.Snapshot before = d.snapshot();
        Instant now = now();
        d.note(EntryKind.CRIME_LINKED, actor.username(), now, "Crime record " + crimeId);
        if (!links.linkCrime(id, crimeId, now, actor.username())) {
            throw new Conflict("Crime record " + crimeId + " is already linked to this custody record.");
        }
        detentions.save(id, before, d);
        audited(actor, d, id, "crime " + crimeId + " linked");
        events.publishEvent(new DetentionChanged(id, stored.suiteId(), "crime linked"));
        events.publishEvent(new CustodyCaseEvent(
                id, crimeId, CustodyCaseEvent.Kind.ARREST, d.snapshot().arrestedAt(), actor.username()));
    }

    /**
     * After a detention ends: for each crime linked, the Victims' Code case event of how it ended.
     * Called by the desk in the transaction that records the disposal or the refusal.
     */
    public void ended(long id, Detention d, String by) {
        Disposal disposal = d.snapshot().disposal();
        CustodyCaseEvent.Kind kind;
        Instant at;
        if (disposal != null) {
            kind = CustodyCaseEvents.of(disposal.kind()).orElse(null);
            at = disposal.at();
        } else if (d.status() == DetentionStatus.REFUSED) {
            kind = CustodyCaseEvent.Kind.RELEASE;
            at = now();
        } else {
            return;
        }
        if (kind == null) {
            return;
        }
        for (long crime : links.crimes(id)) {
            events.publishEvent(new CustodyCaseEvent(id, crime, kind, at, by));
        }
    }

    /** Raises a safeguarding referral from the record, open or closed: a concern seen at release counts too. */
    @Transactional
    public long refer(Actor actor, long id, @Nullable String concern, @Nullable String agency) {
        policy.require(actor, Permission.CUSTODY_RECORD);
        SafeguardingReferral r = SafeguardingReferral.of(concern, agency);
        DetentionStore.Stored stored = locked(id);
        long referral = links.refer(id, r.concern(), r.agency(), now(), actor.username());
        audit.record(AuditRecord.of(
                        Operation.COLLECTION,
                        actor,
                        null,
                        RecordRef.of(RecordType.PERSON, stored.detention().personId()),
                        RecordRef.of(RecordType.DETENTION, id))
                .withDetail("Safeguarding referral " + referral + " to " + r.agency()));
        events.publishEvent(new DetentionChanged(id, stored.suiteId(), "safeguarding referral"));
        return referral;
    }

    /** The crimes and referrals of a record; reading the referrals' concerns is audited with its purpose. */
    @Transactional
    public Links links(Actor actor, long id, String purpose) {
        policy.require(actor, Permission.CUSTODY_READ);
        AuditRecord.requirePurpose(purpose);
        DetentionStore.Stored stored =
                detentions.find(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.DETENTION, id)));
        audit.record(AuditRecord.of(
                        Operation.CONSULTATION,
                        actor,
                        purpose,
                        RecordRef.of(RecordType.PERSON, stored.detention().personId()),
                        RecordRef.of(RecordType.DETENTION, id))
                .withDetail("custody record: crimes and safeguarding referrals"));
        Instant now = clock.instant();
        List<Destination> destinations = new ArrayList<>();
        for (SuiteStore.Suite suite : suites.suites()) {
            if (suite.id() == stored.suiteId()) {
                continue;
            }
            destinations.add(new Destination(suite.id() + ":", suite.name() + ", no cell yet"));
            for (SuiteStore.Cell cell : suites.cells(suite.id())) {
                destinations.add(new Destination(suite.id() + ":" + cell.id(), suite.name() + ", cell " + cell.name()));
            }
        }
        return new Links(
                links.crimes(id),
                links.referrals(id).stream()
                        .map(r ->
                                new ReferralLine(r.id(), r.concern(), r.agency(), ForceTime.clock(r.at(), now), r.by()))
                        .toList(),
                List.copyOf(destinations));
    }

    private DetentionStore.Stored locked(long id) {
        return detentions.lock(id).orElseThrow(() -> new RecordNotFound(RecordRef.of(RecordType.DETENTION, id)));
    }

    private void audited(Actor actor, Detention d, long id, String what) {
        audit.record(AuditRecord.of(
                        Operation.ALTERATION,
                        actor,
                        null,
                        RecordRef.of(RecordType.PERSON, d.personId()),
                        RecordRef.of(RecordType.DETENTION, id))
                .withDetail("Custody record: " + what));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
