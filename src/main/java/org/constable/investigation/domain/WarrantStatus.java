package org.constable.investigation.domain;

/** Where a warrant stands: applied for, refused or issued by the court, executed, returned to the court. */
public enum WarrantStatus {
    APPLIED("Applied for"),
    REFUSED("Refused by the court"),
    ISSUED("Issued"),
    EXECUTED("Executed"),
    RETURNED("Returned to court");

    private final String label;

    WarrantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Issued or executed and not yet back at the court: it belongs on the expiry and return queue. */
    public boolean outstanding() {
        return this == ISSUED || this == EXECUTED;
    }
}
