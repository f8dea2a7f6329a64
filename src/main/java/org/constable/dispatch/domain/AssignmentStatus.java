package org.constable.dispatch.domain;

import java.util.Set;

/** An assigned unit's progress to and at an incident; only forward moves are allowed. */
public enum AssignmentStatus {
    ASSIGNED("Assigned"),
    EN_ROUTE("En route"),
    AT_SCENE("At scene"),
    CLEARED("Cleared");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The unit has set off: standing it down is more than un-assigning it. */
    public boolean underWay() {
        return this == EN_ROUTE || this == AT_SCENE;
    }

    public boolean mayMoveTo(AssignmentStatus next) {
        return switch (this) {
            case ASSIGNED -> Set.of(EN_ROUTE, AT_SCENE, CLEARED).contains(next);
            case EN_ROUTE -> Set.of(AT_SCENE, CLEARED).contains(next);
            case AT_SCENE -> next == CLEARED;
            case CLEARED -> false;
        };
    }

    /** The unit status an assignment status implies. */
    public UnitStatus unitStatus() {
        return switch (this) {
            case ASSIGNED -> UnitStatus.COMMITTED;
            case EN_ROUTE -> UnitStatus.EN_ROUTE;
            case AT_SCENE -> UnitStatus.AT_SCENE;
            case CLEARED -> UnitStatus.AVAILABLE;
        };
    }
}
