package org.constable.evidence.domain;

/** What happened to an exhibit in one continuity entry, in the words an exhibits officer uses. */
public enum MovementKind {
    HANDED_TO("Handed to"),
    STORED_AT("Stored at"),
    SENT_TO_LABORATORY("Sent to a laboratory"),
    RETURNED("Returned"),
    PRODUCED_AT_COURT("Produced at court"),
    DISPOSED("Disposed of"),
    RETURNED_TO_OWNER("Returned to its owner");

    private final String label;

    MovementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Disposal and return to the owner end the chain: they need an authority, and nothing moves after them. */
    public boolean endsTheChain() {
        return this == DISPOSED || this == RETURNED_TO_OWNER;
    }
}
