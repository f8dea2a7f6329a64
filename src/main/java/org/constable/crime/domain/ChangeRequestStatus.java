package org.constable.crime.domain;

/** Where a re-classification or cancellation request stands: awaiting a registrar, or decided. */
public enum ChangeRequestStatus {
    PENDING("Pending"),
    APPROVED("Approved"),
    REJECTED("Rejected");

    private final String label;

    ChangeRequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
