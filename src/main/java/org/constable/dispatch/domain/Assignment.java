package org.constable.dispatch.domain;

import java.util.Locale;
import java.util.Objects;
import org.constable.shared.Conflict;
import org.jspecify.annotations.Nullable;

/**
 * A unit's assignment to an incident, where its rules live: only an available unit is assigned; it
 * then moves only forward (assigned, en route, at scene, cleared: {@link AssignmentStatus#mayMoveTo});
 * each step sets the unit's own status ({@link AssignmentStatus#unitStatus}); the dispatcher may
 * stand it down (un-assign it, if it had not set off) or clear it when closing the incident. A
 * cleared assignment is over. Plain Java; that a unit holds one active assignment at a time is also
 * the database's.
 */
public final class Assignment {

    /** A step forward: the new status, the unit's status that follows, and the log's words. */
    public record Step(AssignmentStatus status, UnitStatus unitStatus, boolean arrived, String logText) {}

    private final long id;
    private final long incidentId;
    private final long unitId;
    private final String callsign;
    private AssignmentStatus status;

    public Assignment(long id, long incidentId, long unitId, String callsign, AssignmentStatus status) {
        this.id = id;
        this.incidentId = incidentId;
        this.unitId = unitId;
        this.callsign = Objects.requireNonNull(callsign, "callsign");
        this.status = Objects.requireNonNull(status, "status");
    }

    /**
     * A unit may be assigned only when it is available; the unit it becomes is committed. Refused
     * with the unit's status in words.
     */
    public static UnitStatus assign(String callsign, UnitStatus unitStatus) {
        if (unitStatus != UnitStatus.AVAILABLE) {
            throw new Conflict("Unit " + callsign + " is not available (" + lower(unitStatus.label()) + ").");
        }
        return AssignmentStatus.ASSIGNED.unitStatus();
    }

    /** Moves on to {@code next}: en route, at scene or cleared, never back. */
    public Step progress(AssignmentStatus next) {
        if (!status.mayMoveTo(next)) {
            throw new Conflict("Unit " + callsign + " cannot go from " + lower(status.label()) + " to "
                    + lower(next.label()) + ".");
        }
        status = next;
        return new Step(
                next, next.unitStatus(), next == AssignmentStatus.AT_SCENE, callsign + " " + lower(next.label()) + ".");
    }

    /**
     * The dispatcher takes the unit off: an assignment not yet under way is un-assigned, one under
     * way is stood down. The unit becomes available. The log's words follow, with the reason if given.
     */
    public Step standDown(@Nullable String reason) {
        requireActive();
        String done = status.underWay() ? " stood down" : " un-assigned";
        status = AssignmentStatus.CLEARED;
        return new Step(
                AssignmentStatus.CLEARED,
                AssignmentStatus.CLEARED.unitStatus(),
                false,
                callsign + done + (reason == null ? "." : ": " + reason));
    }

    /** The dispatcher clears a unit still on the incident while closing it. */
    public Step clearOnClosing() {
        requireActive();
        status = AssignmentStatus.CLEARED;
        return new Step(
                AssignmentStatus.CLEARED,
                AssignmentStatus.CLEARED.unitStatus(),
                false,
                callsign + " cleared by the dispatcher on closing the incident.");
    }

    public boolean active() {
        return status != AssignmentStatus.CLEARED;
    }

    private void requireActive() {
        if (!active()) {
            throw new Conflict("Unit " + callsign + " is not on the incident any more.");
        }
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    public long id() {
        return id;
    }

    public long incidentId() {
        return incidentId;
    }

    public long unitId() {
        return unitId;
    }

    public String callsign() {
        return callsign;
    }

    public AssignmentStatus status() {
        return status;
    }
}
