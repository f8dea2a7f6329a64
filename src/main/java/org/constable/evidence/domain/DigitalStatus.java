package org.constable.evidence.domain;

/** Where a digital evidence item stands: still arriving, sealed and intact, or found changed on disk. */
public enum DigitalStatus {
    RECEIVING("Receiving"),
    INTACT("Sealed, intact"),
    TAMPERED("Tampered: the stored file no longer matches its hash");

    private final String label;

    DigitalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
