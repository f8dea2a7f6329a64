package org.constable.custody.domain;

/** What the reviewing inspector decided. */
public enum ReviewDecision {
    DETENTION_CONTINUES("Detention continues"),
    RELEASE_ORDERED("Release ordered");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
