package org.constable.investigation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.identity.AccessPolicy;
import org.constable.identity.Actor;
import org.constable.identity.Permission;
import org.constable.investigation.application.ReferralSources.Source;
import org.constable.investigation.application.SafeguardingViews.Queue;
import org.constable.investigation.application.SafeguardingViews.ReferralItem;
import org.constable.investigation.application.SafeguardingViews.ReferralView;
import org.constable.investigation.application.SafeguardingViews.Step;
import org.constable.investigation.domain.SafeguardingAgencies;
import org.constable.investigation.domain.SafeguardingAgency;
import org.constable.investigation.persistence.ReferralStore;
import org.constable.investigation.persistence.ReferralStore.ReferralRow;
import org.constable.shared.InvalidInput;
import org.constable.shared.RecordNotFound;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral queues and one referral, each read for a purpose and audited (ADR 0088): one's own
 * (owned or escalated to one), the team's (the whole force for a supervisor without a team), and an
 * agency's. A referral whose source is restricted for the reader is listed with its details
 * withheld, unless a need-to-know grant on the referral opens it.
 */
@Service
public class ReferralQueries {

    static final int LIMIT = 500;

    private final ReferralStore store;
    private final ReferralSources sources;
    private final SafeguardingAgencies agencies;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralQueries(
            ReferralStore store,
            ReferralSources sources,
            SafeguardingAgencies agencies,
            AccessPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.sources = sources;
        this.agencies = agencies;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SafeguardingAgency> agencies() {
        return agencies.all();
    }

    @Transactional(readOnly = true)
    public Queue mine(Actor actor, String purpose) {
        policy.require(actor, Permission.SAFEGUARDING_REFER);
        requirePurpose(purpose);
        return queue(actor, "mine", store.openFor(actor.username(), LIMIT), purpose);
    }

    @Transactional(readOnly = true)
    public Queue team(Actor actor, String purpose) {
        policy.require(actor, Permission.SAFEGUARDING_OVERSIGHT);
        requirePurpose(purpose);
        return actor.teamId() == null
                ? queue(actor, "force", store.openOfForce(LIMIT), purpose)
                : queue(actor, "team", store.openOfTeam(actor.teamId(), LIMIT), purpose);
    }

    @Transactional(readOnly = true)
    public Queue agency(Actor actor, String agencyCode, String purpose) {
        policy.require(actor, Permission.SAFEGUARDING_OVERSIGHT);
        requirePurpose(purpose);
        SafeguardingAgency agency = agencies.of(agencyCode)
                .orElseThrow(
                        () -> new InvalidInput("agency", "There is no partner agency " + agencyCode + " configured."));
        return queue(actor, "agency " + agency.name(), store.openOfAgency(agency.code(), LIMIT), purpose);
    }

    @Transactional(readOnly = true)
    public ReferralView referral(Actor actor, long id, String purpose) {
        Permission permission = policy.allows(actor, Permission.SAFEGUARDING_REFER)
                ? Permission.SAFEGUARDING_REFER
                : Permission.SAFEGUARDING_OVERSIGHT;
        policy.require(actor, permission);
        requirePurpose(purpose);
        ReferralRow r = store.find(id).orElse(null);
        Boolean restricted = r == null ? null : sources.restrictedFor(actor, r.sourceType(), r.sourceId());
        policy.requireFound(actor, permission, RecordRef.of(RecordType.SAFEGUARDING_REFERRAL, id), restricted);
        if (r == null) {
            throw new RecordNotFound(RecordRef.of(RecordType.SAFEGUARDING_REFERRAL, id));
        }
        audit.record(AuditRecord.of(
                        Operation.CONSULTATION,
                        actor,
                        purpose,
                        RecordRef.of(RecordType.SAFEGUARDING_REFERRAL, id),
                        ReferralSources.ref(r.sourceType(), r.sourceId()))
                .withDetail("safeguarding referral " + r.reference()));
        List<Step> steps = store.events(id).stream()
                .map(e -> new Step(
                        e.kind(),
                        e.at(),
                        SafeguardingViews.local(e.at()),
                        e.byWhom(),
                        e.detail(),
                        e.escalationLevel(),
                        e.escalatedTo()))
                .toList();
        return new ReferralView(
                item(r, false, now()),
                r.concerns(),
                r.agencyReference(),
                r.outcome(),
                r.createdBy(),
                SafeguardingViews.local(r.createdAt()),
                r.riskAssessmentId(),
                steps);
    }

    private Queue queue(Actor actor, String scope, List<ReferralRow> rows, String purpose) {
        Instant now = now();
        Set<Source> restricted = sources.restrictedFor(
                actor,
                rows.stream().map(r -> new Source(r.sourceType(), r.sourceId())).toList());
        List<ReferralItem> items = rows.stream()
                .map(r -> item(r, withheld(actor, r, restricted), now))
                .toList();
        List<RecordRef> read = items.stream()
                .filter(i -> !i.withheld())
                .map(i -> RecordRef.of(RecordType.SAFEGUARDING_REFERRAL, i.id()))
                .toList();
        if (!read.isEmpty()) {
            audit.record(AuditRecord.of(Operation.CONSULTATION, actor, purpose, read.toArray(RecordRef[]::new))
                    .withDetail("safeguarding referral queue, scope=" + scope));
        }
        return new Queue(
                scope,
                now,
                items.stream().filter(ReferralItem::overdue).collect(Collectors.toList()),
                items.stream().filter(i -> !i.overdue()).collect(Collectors.toList()));
    }

    private boolean withheld(Actor actor, ReferralRow r, Set<Source> restricted) {
        return restricted.contains(new Source(r.sourceType(), r.sourceId()))
                && !policy.mayOpen(
                        actor,
                        Permission.SAFEGUARDING_OVERSIGHT,
                        RecordRef.of(RecordType.SAFEGUARDING_REFERRAL, r.id()),
                        true)
                && !policy.mayOpen(
                        actor,
                        Permission.SAFEGUARDING_REFER,
                        RecordRef.of(RecordType.SAFEGUARDING_REFERRAL, r.id()),
                        true);
    }

    /** Now at the precision due times are stored in (microseconds), so "due at" is not yet overdue. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    ReferralItem item(ReferralRow r, boolean withheld, Instant now) {
        return new ReferralItem(
                r.id(),
                r.reference(),
                r.agency(),
                agencies.nameOf(r.agency()),
                r.sourceType(),
                r.sourceId(),
                withheld ? null : r.subject(),
                withheld,
                r.owner(),
                r.stage(),
                r.stage().label(),
                r.stage().next(),
                r.dueAt(),
                SafeguardingViews.local(r.dueAt()),
                r.stage().open() && now.isAfter(r.dueAt()),
                r.escalationLevel(),
                r.escalatedTo());
    }

    private static void requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new AuditRecord.MissingPurpose(Operation.CONSULTATION);
        }
    }
}
