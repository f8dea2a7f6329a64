package org.constable.custody.domain;

/** Where a detention stands. Only a detention awaiting a decision or detained is open. */
public enum DetentionStatus {
    AWAITING_DECISION("Awaiting the custody officer's decision"),
    DETAINED("Detained"),
    REFUSED("Detention refused"),
    LEFT_CUSTODY("Left custody");

    private final String label;

    DetentionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == AWAITING_DECISION || this == DETAINED;
    }
}
