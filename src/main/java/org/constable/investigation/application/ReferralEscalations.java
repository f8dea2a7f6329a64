package org.constable.investigation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.constable.audit.AuditRecord;
import org.constable.audit.AuditTrail;
import org.constable.audit.Operation;
import org.constable.audit.Outcome;
import org.constable.identity.Actor;
import org.constable.identity.CurrentActor;
import org.constable.identity.Supervisors;
import org.constable.investigation.domain.EscalationLadder;
import org.constable.investigation.domain.EscalationLadder.Supervisor;
import org.constable.investigation.persistence.ReferralStore;
import org.constable.investigation.persistence.ReferralStore.ReferralRow;
import org.constable.shared.RecordRef;
import org.constable.shared.RecordType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation check (ADR 0089): every open referral past its due time is escalated to the
 * owner's supervisor, and every further step of {@code next-level-after} to the next level up, each
 * escalation kept as a step of the referral and audited. Run on a schedule ({@code
 * EscalationSchedule}) on the injected clock; safe to run at once from two places (rows are taken
 * with SKIP LOCKED).
 */
@Service
public class ReferralEscalations {

    /** Who the audit trail and the referral's steps name for the check. */
    public static final String CHECK = "escalation check";

    static final int BATCH = 500;

    private final ReferralStore store;
    private final Supervisors supervisors;
    private final CurrentActor actors;
    private final EscalationLadder ladder;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralEscalations(
            ReferralStore store,
            Supervisors supervisors,
            CurrentActor actors,
            EscalationLadder ladder,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.supervisors = supervisors;
        this.actors = actors;
        this.ladder = ladder;
        this.audit = audit;
        this.clock = clock;
    }

    /** Escalates what is due now; answers how many referrals were escalated. */
    @Transactional
    public int check() {
        // the database keeps microseconds and rounds a finer instant: compare at the stored precision
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<ReferralRow> due = store.lockEscalationsDue(now, BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        List<Supervisor> all = supervisors.enabled().stream()
                .map(s -> new Supervisor(
                        s.username(),
                        s.teamId(),
                        s.rank() == null ? 0 : s.rank().ordinal()))
                .toList();
        int escalated = 0;
        for (ReferralRow r : due) {
            int expected = ladder.levelDue(r.dueAt(), now);
            if (expected == 0) {
                store.escalate(r.id(), r.escalationLevel(), r.escalatedTo(), r.dueAt());
                continue;
            }
            List<Supervisor> chain = chain(r, all);
            int level = chain.isEmpty() ? expected : Math.min(expected, chain.size());
            @Nullable String to = chain.isEmpty() ? null : chain.get(level - 1).username();
            boolean top = !chain.isEmpty() && level >= chain.size();
            Instant next = top ? null : ladder.nextLevelAt(r.dueAt(), level);
            store.escalate(r.id(), Math.max(level, r.escalationLevel()), to, next);
            if (level > r.escalationLevel() || !Objects.equals(to, r.escalatedTo())) {
                // each level passed is its own step, so the history shows the supervisor, then the next level up
                for (int l = Math.min(r.escalationLevel() + 1, level); l <= level; l++) {
                    @Nullable String at = chain.isEmpty() ? null : chain.get(l - 1).username();
                    record(r, now, l, at);
                }
                escalated++;
            }
        }
        return escalated;
    }

    private void record(ReferralRow r, Instant now, int level, @Nullable String to) {
        String detail = to == null
                ? "overdue since " + SafeguardingViews.local(r.dueAt()) + ": escalation level " + level
                        + ", but no supervisor ranked above the owner is recorded"
                : "overdue since " + SafeguardingViews.local(r.dueAt()) + ": escalated to " + to + " (level " + level
                        + ")";
        store.event(r.id(), "ESCALATED", now, CHECK, detail, r.dueAt(), level, to);
        audit.record(new AuditRecord(
                Operation.ALTERATION,
                "system",
                "",
                List.of(RecordRef.of(RecordType.SAFEGUARDING_REFERRAL, r.id())),
                null,
                null,
                Outcome.SUCCEEDED,
                r.reference() + " " + detail));
    }

    /** The ladder above the owner: their supervisor, then each next level up. */
    private List<Supervisor> chain(ReferralRow r, List<Supervisor> all) {
        Optional<Actor> owner = actors.load(r.owner());
        int rank = owner.map(Actor::rank).map(Enum::ordinal).orElse(0);
        Long team = owner.map(Actor::teamId).orElse(r.ownerTeamId());
        List<Supervisor> chain = new ArrayList<>();
        String below = r.owner();
        Optional<Supervisor> next = ladder.above(below, team, rank, all);
        while (next.isPresent() && chain.size() < 10) {
            Supervisor s = next.get();
            chain.add(s);
            next = ladder.above(s.username(), s.teamId(), s.rank(), all);
        }
        return chain;
    }
}
