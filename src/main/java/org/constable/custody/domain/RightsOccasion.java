package org.constable.custody.domain;

/** When the rights were given: at booking in, and again when Code C says they are re-offered. */
public enum RightsOccasion {
    BOOKING_IN("at booking in"),
    BEFORE_INTERVIEW("before an interview"),
    AT_REVIEW("at a review"),
    ON_REQUEST("on the detainee's request");

    private final String label;

    RightsOccasion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
