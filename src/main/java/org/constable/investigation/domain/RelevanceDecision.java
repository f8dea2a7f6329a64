package org.constable.investigation.domain;

/** The disclosure officer's decision on an item of unused material, against the disclosure test (CPIA 1996 s.3). */
public enum RelevanceDecision {
    MEETS_TEST("Might undermine the prosecution case or assist the defence: disclose"),
    DOES_NOT_MEET_TEST("Relevant, but does not meet the disclosure test"),
    FOR_PROSECUTOR_TO_DECIDE("For the prosecutor to decide");

    private final String label;

    RelevanceDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
