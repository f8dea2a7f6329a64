package org.constable.crime.domain;

/** What a change request asks the crime registrar for; {@link #label()} as a verb, {@link #request()} as a noun. */
public enum ChangeKind {
    RECLASSIFY("Re-classify", "re-classification"),
    CANCEL("Cancel", "cancellation");

    private final String label;
    private final String request;

    ChangeKind(String label, String request) {
        this.label = label;
        this.request = request;
    }

    public String label() {
        return label;
    }

    /** The request in words: "re-classification" or "cancellation". */
    public String request() {
        return request;
    }
}
