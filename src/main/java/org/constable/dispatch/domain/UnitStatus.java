package org.constable.dispatch.domain;

/** What a unit is doing; only AVAILABLE units are recommended. */
public enum UnitStatus {
    AVAILABLE("Available"),
    EN_ROUTE("En route"),
    AT_SCENE("At scene"),
    COMMITTED("Committed"),
    REFRESHMENT("Refreshment"),
    OFF_DUTY("Off duty");

    private final String label;

    UnitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Statuses an officer or dispatcher may set directly; the others follow from assignments. */
    public boolean settableByHand() {
        return this == AVAILABLE || this == REFRESHMENT || this == OFF_DUTY;
    }
}
