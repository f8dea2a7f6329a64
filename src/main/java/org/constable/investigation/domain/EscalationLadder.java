package org.constable.investigation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who an overdue referral escalates to, and when (ADR 0089). The first level is the owner's
 * supervisor: a supervisor of the owner's team ranked above the owner, else the lowest-ranked
 * supervisor of the force ranked above the owner. Each further level is the lowest-ranked
 * supervisor ranked above the previous one (the team's first). Level {@code n} is due when the
 * referral is {@code (n - 1) * nextLevelAfter} past its due time. At the top of the ladder the
 * referral stays with the most senior supervisor.
 */
public final class EscalationLadder {

    /** A person an escalation can go to: an enabled supervisor with their team and rank order. */
    public record Supervisor(String username, @Nullable Long teamId, int rank) {}

    private final Duration nextLevelAfter;

    public EscalationLadder(Duration nextLevelAfter) {
        if (nextLevelAfter.isNegative() || nextLevelAfter.isZero()) {
            throw new IllegalStateException("the time to the next level of escalation is positive");
        }
        this.nextLevelAfter = nextLevelAfter;
    }

    public Duration nextLevelAfter() {
        return nextLevelAfter;
    }

    /** The level a referral due at {@code due} should have reached at {@code now}: 0 while it is not overdue. */
    public int levelDue(Instant due, Instant now) {
        if (!now.isAfter(due)) {
            return 0;
        }
        long steps = Duration.between(due, now).toNanos() / nextLevelAfter.toNanos();
        return (int) Math.min(100, 1 + steps);
    }

    /** When the level after {@code level} comes due. */
    public Instant nextLevelAt(Instant due, int level) {
        return due.plus(nextLevelAfter.multipliedBy(level));
    }

    /**
     * The next person up from {@code below} (the owner for level one, the last escalation's person
     * after): a supervisor ranked above them, the one on their team first, then the lowest rank, then
     * the username; empty at the top.
     */
    public Optional<Supervisor> above(
            String belowUsername, @Nullable Long belowTeam, int belowRank, List<Supervisor> supervisors) {
        Comparator<Supervisor> order = Comparator.<Supervisor>comparingInt(
                        s -> belowTeam != null && belowTeam.equals(s.teamId()) ? 0 : 1)
                .thenComparingInt(Supervisor::rank)
                .thenComparing(Supervisor::username);
        return supervisors.stream()
                .filter(s -> !Objects.equals(s.username(), belowUsername))
                .filter(s -> s.rank() > belowRank)
                .min(order);
    }
}
