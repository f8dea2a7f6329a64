package org.constable.investigation.domain;

/** What the Victims' Code obliges the police to do for a victim, each with its own deadline. */
public enum Obligation {
    /** Pass the victim's details to victim support services. */
    REFERRAL("Refer to victim support"),
    /** Tell the victim what happened in the case (arrest, charge, bail, release, no further action). */
    UPDATE("Update the victim"),
    /** Tell the victim the crime will not be investigated. */
    NOT_INVESTIGATED("Tell the victim it will not be investigated");

    private final String label;

    Obligation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
