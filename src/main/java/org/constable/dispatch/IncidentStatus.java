package org.constable.dispatch;

/**
 * Where an incident stands: open until the dispatcher closes it with a classification. Published
 * on dispatch's API (in {@link Incidents.IncidentSummary}), so no module reads a status string. The
 * database keeps the name as text; the label is the word people read.
 */
public enum IncidentStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == OPEN;
    }
}
