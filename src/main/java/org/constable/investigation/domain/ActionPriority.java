package org.constable.investigation.domain;

/** How soon an action matters, in the words an investigator uses; the list orders by it after the due day. */
public enum ActionPriority {
    URGENT("Urgent"),
    HIGH("High"),
    NORMAL("Normal"),
    LOW("Low");

    private final String label;

    ActionPriority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
