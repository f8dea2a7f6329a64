package org.constable.custody.domain;

/** How a detention ends. */
public enum DisposalKind {
    CHARGED("Charged"),
    BAILED("Released on pre-charge bail"),
    RELEASED_UNDER_INVESTIGATION("Released under investigation"),
    NO_FURTHER_ACTION("No further action"),
    TRANSFERRED("Transferred");

    private final String label;

    DisposalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
