package org.constable.evidence.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The rule of continuity: each entry must take the exhibit from where the last one left it (holder
 * and place), no earlier than it, and with the seal number last seen. Anything else is recorded as
 * the officer wrote it and flagged in words, never hidden or refused: a chain with a gap is still
 * the truth of what happened. The chain ends with a disposal or a return to the owner (each with an
 * authority); after that a movement is refused unless it is recorded as an error, which is flagged.
 */
public final class ContinuityChain {

    private final Seizure seizure;
    private final List<Movement> movements;

    public ContinuityChain(Seizure seizure, List<Movement> movements) {
        this.seizure = Objects.requireNonNull(seizure);
        this.movements = List.copyOf(movements);
    }

    public List<Movement> movements() {
        return movements;
    }

    /** Where the chain left the exhibit: the seizing officer at the place of seizure, then each entry's receiver. */
    public Whereabouts whereabouts() {
        Whereabouts w = new Whereabouts(seizure.seizedBy(), seizure.seizedWhere(), null);
        for (Movement m : movements) {
            if (!m.inError()) {
                w = new Whereabouts(m.toHolder(), m.toPlace(), m.storeId());
            }
        }
        return w;
    }

    /** The seal number last seen (the one applied at seizure, then each entry's). */
    public String lastSeal() {
        String seal = seizure.seal();
        for (Movement m : movements) {
            if (!m.inError()) {
                seal = m.sealSeen();
            }
        }
        return seal;
    }

    /** The entry that ended the chain (disposal or return to the owner), if there is one. */
    public @Nullable Movement ending() {
        return movements.stream()
                .filter(m -> !m.inError() && m.kind().endsTheChain())
                .findFirst()
                .orElse(null);
    }

    public boolean ended() {
        return ending() != null;
    }

    /** Whether the exhibit is held in this property store now, by the chain. */
    public boolean heldIn(long storeId) {
        return !ended() && Long.valueOf(storeId).equals(whereabouts().storeId());
    }

    /** The next entry's number. */
    public int nextSeq() {
        return movements.size() + 1;
    }

    /**
     * Checks a movement before it is appended: a disposal or return names its authority, and after
     * the chain ended only an entry recorded as an error is accepted.
     */
    public void admit(MovementKind kind, @Nullable String authority, boolean inError) {
        if (kind.endsTheChain() && (authority == null || authority.isBlank())) {
            throw new InvalidInput(
                    "authority", kind.label() + " needs the authority: who authorised it, and under what power.");
        }
        if (ended() && !inError) {
            throw new InvalidInput(
                    "inError",
                    "This exhibit was "
                            + Objects.requireNonNull(ending()).kind().label().toLowerCase(java.util.Locale.ROOT)
                            + "; a further movement can only be recorded as an error, with a note saying why.");
        }
    }

    /** Every gap, backward time, changed seal and entry after the end, in the order of the chain. */
    public List<ContinuityFlag> flags() {
        List<ContinuityFlag> flags = new ArrayList<>();
        Whereabouts last = new Whereabouts(seizure.seizedBy(), seizure.seizedWhere(), null);
        java.time.Instant lastAt = seizure.seizedAt();
        String lastSeal = seizure.seal();
        boolean ended = false;
        for (Movement m : movements) {
            if (m.inError() || ended) {
                flags.add(new ContinuityFlag(
                        m.seq(),
                        ContinuityFlag.Kind.AFTER_THE_END,
                        "Entry " + m.seq() + " was recorded after the exhibit was disposed of or returned"
                                + (m.note() == null ? "" : ": " + m.note())
                                + ". It does not move the exhibit."));
                continue;
            }
            if (!last.sameAs(m.fromHolder(), m.fromPlace())) {
                flags.add(new ContinuityFlag(
                        m.seq(),
                        ContinuityFlag.Kind.GAP,
                        "Entry " + m.seq() + " takes the exhibit from " + m.fromHolder() + " at " + m.fromPlace()
                                + ", but the chain last left it with " + last.holder() + " at " + last.place()
                                + ": nothing records how it got there."));
            }
            if (m.at().isBefore(lastAt)) {
                flags.add(new ContinuityFlag(
                        m.seq(),
                        ContinuityFlag.Kind.TIME_BACKWARDS,
                        "Entry " + m.seq() + " is timed " + ForceTime.dateTime(m.at()) + ", before the previous "
                                + ForceTime.dateTime(lastAt) + "."));
            }
            if (!Whereabouts.norm(m.sealSeen()).equals(Whereabouts.norm(lastSeal))) {
                flags.add(new ContinuityFlag(
                        m.seq(),
                        ContinuityFlag.Kind.SEAL_CHANGED,
                        "Entry " + m.seq() + " saw seal " + m.sealSeen() + " where the seal last seen was " + lastSeal
                                + "."));
            }
            last = new Whereabouts(m.toHolder(), m.toPlace(), m.storeId());
            lastAt = m.at().isAfter(lastAt) ? m.at() : lastAt;
            lastSeal = m.sealSeen();
            ended = m.kind().endsTheChain();
        }
        return flags;
    }
}
