package org.constable.crime.domain;

/** The registrar's recorded decision that a crime-indicative incident needs no crime record of its own. */
public enum NcrsDecision {
    NO_CRIME_ADDITIONAL_VERIFIABLE_INFORMATION(
            "No crime: additional verifiable information shows no notifiable crime was committed"),
    NOT_A_NOTIFIABLE_OFFENCE("Not a notifiable offence"),
    RECORDED_ON_ANOTHER_CRIME("Already recorded on another crime record"),
    TRANSFERRED_TO_ANOTHER_FORCE("Transferred to another force (outside this force's area)"),
    THIRD_PARTY_REPORT_NOT_CONFIRMED("Third-party report: the victim was traced and does not confirm a crime");

    private final String label;

    NcrsDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
