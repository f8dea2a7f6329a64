package org.constable.investigation.domain;

/** Whether an investigation is still being worked. A finalised one has its outcomes set and stays read-only. */
public enum InvestigationStatus {
    OPEN("Open"),
    FINALISED("Finalised");

    private final String label;

    InvestigationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
