package org.constable.investigation.domain;

/**
 * Where a safeguarding referral stands. Each open stage has a due time (ADR 0088): to be sent, sent
 * and awaiting the agency's acknowledgement, acknowledged and awaiting the agency's outcome. A
 * closed referral has its outcome recorded and no longer escalates.
 */
public enum ReferralStage {
    TO_SEND("To be sent", "send it"),
    SENT("Sent, awaiting acknowledgement", "have it acknowledged"),
    ACKNOWLEDGED("Acknowledged, awaiting the outcome", "record the agency's outcome"),
    CLOSED("Outcome recorded", "nothing");

    private final String label;
    private final String next;

    ReferralStage(String label, String next) {
        this.label = label;
        this.next = next;
    }

    public String label() {
        return label;
    }

    /** What the owner has to do next, in words. */
    public String next() {
        return next;
    }

    public boolean open() {
        return this != CLOSED;
    }
}
