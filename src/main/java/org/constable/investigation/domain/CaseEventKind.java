package org.constable.investigation.domain;

/** The case events the Victims' Code says a victim must be told about. */
public enum CaseEventKind {
    ARREST("Suspect arrested", Obligation.UPDATE),
    CHARGE("Suspect charged", Obligation.UPDATE),
    BAIL("Suspect bailed", Obligation.UPDATE),
    RELEASE("Suspect released", Obligation.UPDATE),
    NO_FURTHER_ACTION("No further action", Obligation.UPDATE),
    NOT_TO_BE_INVESTIGATED("Decision not to investigate", Obligation.NOT_INVESTIGATED);

    private final String label;
    private final Obligation obligation;

    CaseEventKind(String label, Obligation obligation) {
        this.label = label;
        this.obligation = obligation;
    }

    public String label() {
        return label;
    }

    /** What the event obliges the officer to do for each victim. */
    public Obligation obligation() {
        return obligation;
    }
}
